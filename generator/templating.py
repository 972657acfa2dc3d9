"""Where the templates are, and the Jinja environment they render in: compiled templates
kept across runs (checked against their sources), and the helpers the templates call, as
globals (generator.layout, generator.snippets) and filters (generator.filters)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from generator import cache, filters, layout, snippets
from generator.signatures import or_not_given

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


@lru_cache(maxsize=4)
def environment(directory: Path) -> jinja2.Environment:
    """The environment of the templates in `directory`, with the helpers they call."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
    )
    env.globals.update(
        bracket=layout.bracket,
        import_from=layout.import_from,
        annotated=layout.annotated,
        field=layout.field,
        assign=layout.assign,
        constant=layout.constant,
        returns=layout.returns,
        package_exports=snippets.package_exports,
        method_signature=snippets.method_signature,
        call_arguments=snippets.call_arguments,
        name_items=snippets.name_items,
        param_calls=snippets.param_calls,
        keyword_arguments=snippets.keyword_arguments,
        tuple_arg=layout.tuple_arg,
        tuple_display=layout.tuple_display,
    )
    env.filters.update(
        py=filters.py_literal,
        double_quoted=layout.double_quoted,
        pytuple=filters.py_tuple,
        doc=filters.doc_text,
        doc_end=filters.doc_end,
        doc_line=filters.doc_line,
        all_sorted=filters.all_sorted,
        or_not_given=or_not_given,
        toml=filters.toml_string,
        first_line=filters.first_line,
        error_class=filters.error_class,
    )
    return env
