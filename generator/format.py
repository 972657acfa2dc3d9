"""Black as the judge: rendered modules are already in black's format (the templates lay
code out with generator.layout); a module goes through black only where the layout says it
could not lay something out: a line of code longer than black allows.

`tests/test_black_stable.py` holds everything else to that: black must change nothing of
what the templates emit for the goldens, the vendor clients, the corpus slice and random
names and descriptions.
"""

from __future__ import annotations

import gc
from functools import lru_cache
from importlib.metadata import version
from typing import Any

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


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The files, each .py module the layout could not finish formatted by black."""
    modules = [p for p in files if p.endswith(".py")]
    todo = [p for p in modules if needs_black(files[p])]
    shown = progress.current()
    shown.stage("formatting", total=len(todo))
    if modules:
        shown.note(
            f"formatting: black ran on {len(todo)} of {len(modules)} modules "
            "(the others are laid out as black would)"
        )
    out = dict(files)
    for path in todo:
        out[path] = black_format(path, files[path])
        shown.advance()
    formatted = set(todo)
    for path in modules:
        if path not in formatted:
            check_syntax(path, files[path])
    return out


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
