"""Where the templates are, and the Jinja environment they render in: the bundled templates
as compiled ahead of time (generator.precompiled), others compiled once and kept across
runs (each checked against its source), and the helpers the templates call, as
globals (generator.layout, generator.snippets, generator.signatures.returns, and
`local_url`, the one address of the examples' local server) and filters
(generator.filters)."""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from generator import cache, layout, precompiled
from generator.error_examples import LOCAL
from generator.filters import (
    all_sorted,
    doc_end,
    doc_line,
    doc_text,
    error_class,
    first_line,
    py_literal,
    py_tuple,
    toml_string,
)
from generator.signatures import or_not_given, returns
from generator.snippets import (
    call_arguments,
    client_exports,
    keyword_arguments,
    login_hint,
    method_signature,
    name_items,
    package_exports,
    paging_call,
    param_calls,
)

_PACKAGE_TEMPLATES = Path(__file__).parent / "_templates"  # in an installed wheel
_REPO_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def templates_dir() -> Path:
    """The templates: the wheel's copy when installed, else the repository's."""
    return _PACKAGE_TEMPLATES if _PACKAGE_TEMPLATES.is_dir() else _REPO_TEMPLATES


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, kept across runs. Jinja checks each against its source; the
    folder is per generator version, as the environment's settings shape the compiled code."""
    if not cache.enabled():
        return None
    folder = cache.root() / "jinja" / cache.generator_fingerprint()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


class _Loader(jinja2.FileSystemLoader):
    """The templates of a folder, each from generator.precompiled when it has the template
    compiled from the same source, else compiled (or from the bytecode cache)."""

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = precompiled.code_for(environment, name, source)
        if code is None:
            return super().load(environment, name, globals)
        template = environment.template_class.from_code(
            environment, code, {} if globals is None else globals, uptodate
        )
        template.filename = filename  # not the compiled module's: errors name the .j2
        return template


@lru_cache(maxsize=4)
def environment(directory: Path) -> jinja2.Environment:
    """The environment of the templates in `directory`, with the helpers they call."""
    env = jinja2.Environment(
        loader=_Loader(str(directory)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
    )
    # the templates call each of these by its own name
    env.globals.update(
        (helper.__name__, helper)
        for helper in (
            layout.bracket,
            layout.import_from,
            layout.field,
            layout.assign,
            layout.constant,
            layout.tuple_arg,
            layout.tuple_display,
            client_exports,
            package_exports,
            method_signature,
            returns,
            call_arguments,
            name_items,
            param_calls,
            paging_call,
            keyword_arguments,
            login_hint,
        )
    )
    # where the examples point a client without a server in its spec
    env.globals["local_url"] = LOCAL
    env.filters.update(
        py=py_literal,
        double_quoted=layout.double_quoted,
        pytuple=py_tuple,
        doc=doc_text,
        doc_end=doc_end,
        doc_line=doc_line,
        all_sorted=all_sorted,
        or_not_given=or_not_given,
        toml=toml_string,
        first_line=first_line,
        error_class=error_class,
    )
    return env
