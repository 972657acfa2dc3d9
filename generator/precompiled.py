"""The bundled templates compiled to Python ahead of time, as `pip install` byte-compiles a
package's modules: a run loads them rather than compiling them (Jinja compiling the eleven
templates was 60-70 ms of a 0.5 s cold Time4VPS run, every run with an empty cache).

`write` puts them in generator/_compiled/: one module per template, which `pip install`
byte-compiles like any other, and an index of what each was compiled from. The wheel gets
them when it is built (hatch_build.py); a checkout gets them from `make setup` (they are not
committed: they belong to the Jinja version installed).

A template is loaded from here (`code_for`) only if its source is the very text it was
compiled from, by the same Jinja version, with the same environment settings. Any other,
such as a project's own templates or one edited since, is compiled as before (and kept in
the cache, generator.templating).

    python -m generator.precompiled     # (re)write generator/_compiled/ from templates/
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from functools import lru_cache
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2

STORE = Path(__file__).parent / "_compiled"
_INDEX = "index.json"


def is_template(name: str) -> bool:
    return name.endswith(".j2")


def settings(env: jinja2.Environment) -> str:
    """What of an environment shapes the code Jinja compiles a template to."""
    return json.dumps(
        [
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.optimized,
            str(env.autoescape),
            sorted(env.extensions),
            env.is_async,
        ]
    )


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


def write(directory: Path, store: Path | None = None) -> int:
    """Compile every template of `directory` into `store` (by default STORE; replaced
    whole); how many there are."""
    from generator.templating import environment  # it loads through this module

    store = store or STORE
    env = environment(directory.resolve())
    staging = Path(tempfile.mkdtemp(prefix=f".{store.name}-", dir=store.parent))
    try:
        templates: dict[str, dict[str, str]] = {}
        for name in env.list_templates(filter_func=is_template):
            source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
            module = "t_" + hashlib.sha256(name.encode()).hexdigest()[:16]
            code = env.compile(source, name, name, raw=True)
            (staging / f"{module}.py").write_text(code, encoding="utf-8")
            templates[name] = {"module": module, "source": _digest(source)}
        index = {
            "jinja": jinja2.__version__,
            "settings": settings(env),
            "templates": templates,
        }
        (staging / _INDEX).write_text(
            json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        os.chmod(staging, 0o755)
        if store.exists():
            shutil.rmtree(store)
        staging.rename(store)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _index.cache_clear()
    return len(templates)


@lru_cache(maxsize=4)
def _index(store: Path) -> dict[str, Any] | None:
    """The store's index, if it was written by this Jinja version."""
    try:
        index = json.loads((store / _INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(index, dict) or index.get("jinja") != jinja2.__version__:
        return None
    return index


def code_for(
    env: jinja2.Environment, name: str, source: str, store: Path | None = None
) -> CodeType | None:
    """The code template `name` compiles to, if `store` (by default STORE) has it compiled
    from `source` in an environment like `env`; else None (compile it)."""
    store = store or STORE
    index = _index(store)
    if index is None or index.get("settings") != settings(env):
        return None
    entry = index.get("templates", {}).get(name)
    if not isinstance(entry, dict) or entry.get("source") != _digest(source):
        return None
    module = str(entry.get("module", ""))
    path = store / f"{module}.py"
    try:
        # the module's byte-compiled form when there is one, as for an import
        return SourceFileLoader(module, str(path)).get_code(module)
    except (OSError, ImportError, SyntaxError, ValueError):
        return None


if __name__ == "__main__":
    from generator.templating import templates_dir

    count = write(templates_dir())
    print(f"{count} templates compiled into {STORE}")
