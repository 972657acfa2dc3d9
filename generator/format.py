"""Black as the judge: rendered modules are already in black's format (the templates lay
code out with generator.layout); a module goes through black only where the layout says it
could not lay something out: a line of code longer than black allows.

`tests/test_black_stable.py` holds everything else to that: black must change nothing of
what the templates emit for the goldens, the vendor clients, the corpus slice and random
names and descriptions.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import version
from typing import Any, Protocol

from generator import progress
from generator.layout import needs_black

# black's version: part of the keys of what is cached of formatted modules.
NAMESPACE = f"black-{version('black')}-py311"


@lru_cache(maxsize=1)
def _mode() -> Any:
    import black  # slow to import: only when some module needs it

    return black.Mode(target_versions={black.mode.TargetVersion.PY311})


class FormatError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: the generated code cannot be formatted: {self.message}"


# black's syntax trees are cyclic (parents and children point at each other): only the
# cycle collector frees them. After a large module, collect at once rather than letting
# several large trees pile up.
_LARGE_SOURCE = 200_000  # characters


def black_format(path: str, source: str) -> str:
    """`source` as black formats it (FormatError if black refuses it)."""
    import black

    try:
        result: str = black.format_str(source, mode=_mode())
        return result
    except Exception as exc:  # black raises several types; all mean the same to us
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FormatError(path, first) from None
    finally:
        if len(source) > _LARGE_SOURCE:
            gc.collect()


class Share(Protocol):
    """A batch of modules triaged in another process (generator.helper)."""

    def result(self) -> list[str]:
        """Wait for the paths that need black (FormatError on an invalid module)."""
        ...


# Hands a batch of modules to the helper (None: it is busy, or gone).
Offload = Callable[[dict[str, str]], Share | None]

# Modules go to the helper in batches of about this many characters: small enough that a
# small spec's modules (Time4VPS: 0.74 MB) are shared between the helper and this process
# at the end, large enough that sending one costs little (GitHub's 16.9 MB: 170 batches).
_BATCH = 100_000


class Formatter:
    """Triages modules as rendering hands them over (`add`), and finishes them (`finish`):
    a module the layout could not finish goes through black; every other one is compiled
    to check that it is valid Python. With `offload`, modules are gathered in batches and
    the oldest batch waiting goes to the helper whenever it is idle, while rendering goes
    on; when rendering ends, this process triages the newest batches while the helper
    goes on taking the oldest."""

    def __init__(self, offload: Offload | None = None) -> None:
        self._offload = offload
        self._batch: dict[str, str] = {}
        self._size = 0
        self._waiting: deque[dict[str, str]] = deque()
        self._shares: list[Share] = []
        self._batched: set[str] = set()

    def add(self, path: str, text: str) -> None:
        if self._offload is None or not path.endswith(".py"):
            return
        self._batch[path] = text
        self._batched.add(path)
        self._size += len(text)
        if self._size >= _BATCH:
            self._waiting.append(self._batch)
            self._batch, self._size = {}, 0
        if self._waiting:
            self._hand_over()

    def _hand_over(self) -> None:
        """The oldest batch waiting to the helper, if it is idle."""
        assert self._offload is not None
        share = self._offload(self._waiting[0])
        if share is not None:
            self._shares.append(share)
            self._waiting.popleft()

    def finish(self, files: dict[str, str]) -> dict[str, str]:
        """`files` (every module rendered, added or not) with the modules black must lay
        out formatted by it; FormatError if one is not valid Python."""
        shown = progress.current()
        shown.stage("formatting")
        modules = [p for p in files if p.endswith(".py")]
        if self._batch:
            self._waiting.append(self._batch)
            self._batch = {}
        todo: list[str] = []
        while self._waiting:
            self._hand_over()
            if self._waiting:
                # the newest batch here, module by module, handing the oldest over
                # as soon as the helper is idle
                for path, source in self._waiting.pop().items():
                    if _needs_black(path, source):
                        todo.append(path)
                    if self._waiting:
                        self._hand_over()
        todo += triage({p: files[p] for p in modules if p not in self._batched})
        for share in self._shares:
            todo += share.result()
        if modules:
            shown.note(
                f"formatting: black ran on {len(todo)} of {len(modules)} modules "
                "(the others are laid out as black would)"
            )
        out = dict(files)
        for path in sorted(todo):
            out[path] = black_format(path, files[path])
            shown.advance()
        return out


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The files, each .py module the layout could not finish formatted by black (and
    every other one checked to be valid Python)."""
    return Formatter().finish(files)


def triage(sources: dict[str, str]) -> list[str]:
    """The modules of `sources` that black must lay out; every other one is compiled
    (FormatError on the first that is not valid Python)."""
    return [path for path, source in sources.items() if _needs_black(path, source)]


def _needs_black(path: str, source: str) -> bool:
    """Whether black must lay the module out; if not, it is compiled (FormatError if it
    is not valid Python)."""
    if needs_black(source):
        return True
    check_syntax(path, source)
    return False


def check_syntax(path: str, source: str) -> None:
    """FormatError unless `source` is valid Python (black checked that too, where it
    ran). Compiled, not parsed into an AST: twice as fast (GitHub's 16.9 MB in 0.9 s)."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        reason = getattr(exc, "msg", None) or str(exc)
        where = f"line {line}: " if line else ""
        raise FormatError(path, f"not valid Python ({where}{reason})") from None
