"""Python text for the intermediate model's values: type annotations, runtime converters and
literals. The builder describes types as data (generator.model.TypeRef); this module, and
only it, spells them as the code the templates write (with generator.layout laying the code
out and generator.signatures writing signatures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.filters import py_literal

if TYPE_CHECKING:
    from generator.model import TypeRef

#: The named types: annotation and converter (`_c` is the runtime's converters module).
BUILTINS: dict[str, tuple[str, str]] = {
    "any": ("Any", "_c.ANY"),
    "none": ("None", "_c.ANY"),
    "str": ("str", "_c.STR"),
    "bytes": ("bytes", "_c.BYTES"),
    "int": ("int", "_c.INT"),
    "float": ("float", "_c.FLOAT"),
    "bool": ("bool", "_c.BOOL"),
    "datetime": ("datetime.datetime", "_c.DATETIME"),
    "date": ("datetime.date", "_c.DATE"),
    "object": ("dict[str, Any]", "_c.DICT"),
    # arguments only: what a caller may pass, sent as given
    "upload": ("bytes | IO[bytes]", "_c.ANY"),
    "form": ("Mapping[str, Any]", "_c.ANY"),
    "mapping": ("Mapping[str, object]", "_c.ANY"),
    "local-datetime": ("datetime.datetime | datetime.date | str", "_c.STR"),
    "file": ("_t.FileTypes", "_c.ANY"),
    "files": ("list[_t.FileTypes]", "_c.ANY"),
}


#: A type of one other type: annotation and converter, `{}` standing for the other's.
WRAPPERS: dict[str, tuple[str, str]] = {
    "list": ("list[{}]", "_c.list_({})"),
    "map": ("dict[str, {}]", "_c.dict_({})"),
    "nullable": ("{} | None", "_c.nullable({})"),
}


def annotation(t: TypeRef) -> str:
    """The type as an annotation in a generated module."""
    kind = t.kind
    if kind in WRAPPERS:
        return WRAPPERS[kind][0].format(annotation(t.args[0]))
    if kind == "builtin":
        return BUILTINS[t.name][0]
    if kind == "model":
        return t.name
    if kind == "enum":
        return f"{t.name} | {t.base}"
    if kind == "literal":
        return f"Literal[{py_literal(t.value)}]"
    # a union, or the alternative answers of an operation
    return " | ".join(annotation(a) for a in t.args)


def converter(t: TypeRef) -> str:
    """The runtime converter loading wire data into the type."""
    kind = t.kind
    if kind in WRAPPERS:
        return WRAPPERS[kind][1].format(converter(t.args[0]))
    if kind == "builtin":
        return BUILTINS[t.name][1]
    if kind in ("model", "enum"):
        return f"_c.{kind}(_MODELS, {py_literal(t.name)})"
    if kind == "literal":
        return f"_c.literal({py_literal(t.value)})"
    if kind == "union":
        members = ", ".join(converter(a) for a in t.args)
        d = t.discriminator
        if d is None:
            return f"_c.union({members})"
        pairs = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in d.mapping)
        return f"_c.union({members}, discriminator=({py_literal(d.property)}, {{{pairs}}}))"
    return "_c.ANY"  # the alternative answers of an operation: parsed by status
