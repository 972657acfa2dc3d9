"""Values for the example calls in a package's README and docstrings.

Every example must run as written against the package's fake, so an argument gets a value
the API accepts: the spec's example, one of an enum's values, a model built from its
required fields, an empty list, or a literal of the right type; never `...`.
"""

from __future__ import annotations

import ast

from generator import layout
from generator.model import Api, Field, Parameter, TypeRef

_LITERALS = (("int", "1"), ("float", "1.0"), ("bool", "True"), ("str", '"..."'))
_MAX_DEPTH = 3


class Values:
    """Example values for one API; `imports` collects the model classes they name."""

    def __init__(self, api: Api) -> None:
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.imports: set[str] = set()

    def argument(self, arg: Parameter | Field, depth: int = 0) -> str:
        if arg.example_repr is not None:
            return arg.example_repr
        if isinstance(arg, Parameter) and arg.local_datetime:
            return '"2025-01-01T00:00:00"'
        return self.of_type(arg.type, depth)

    def of_type(self, t: TypeRef, depth: int = 0) -> str:
        members = [m.strip() for m in t.annotation.split("|")]
        for name in members:
            enum = self.enums.get(name)
            if enum is not None and enum.members:  # a value the API accepts
                value = ast.literal_eval(enum.members[0].value_repr)
                return (
                    layout.double_quoted(repr(value))
                    if isinstance(value, str)
                    else repr(value)
                )
        first = members[0]
        if first.startswith("list["):
            return "[]"
        if first.startswith(("dict[", "Mapping[")):
            return "{}"
        model = self.models.get(first)
        if model is not None and depth < _MAX_DEPTH:
            self.imports.add(model.name)
            args = ", ".join(
                f"{f.py_name}={self.argument(f, depth + 1)}"
                for f in model.fields
                if f.required
            )
            return f"{model.name}({args})"
        for candidate, value in _LITERALS:
            if candidate in members:
                return value
        if (
            first in ("bytes", "bytes | IO[bytes]", "_t.FileTypes")
            or "bytes" in members
        ):
            return 'b"..."'
        return "None" if "None" in members else '"..."'

    def import_line(self, package: str) -> str:
        """`from PKG.models import ...` for the models the values named ("" if none)."""
        if not self.imports:
            return ""
        return f"from {package}.models import {', '.join(sorted(self.imports))}\n"


def complexity(arg: Parameter | Field) -> int:
    """How hard an argument is to give in an example (the simplest operation is shown)."""
    if arg.example_repr is not None:
        return 0
    return 2 if arg.type.is_model or arg.type.refs else 0
