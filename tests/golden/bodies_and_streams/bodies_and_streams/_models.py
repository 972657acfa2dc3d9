"""Models and converters: lenient loading of wire data into typed Python values.

Real APIs drift, so loading never fails on what a server adds: unknown fields are kept in
`additional_properties`, unknown enum values stay plain strings, values of an unexpected type
and date-times that do not parse are kept as received. Only a missing required field, which
leaves a model unusable, raises `ModelValidationError`.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar, TypeVar

from ._types import NOT_GIVEN

__all__ = ["BaseModel", "ModelValidationError", "dump", "opt", "req"]

_M = TypeVar("_M", bound="BaseModel")


class ModelValidationError(ValueError):
    """Wire data lacks what a model cannot do without (a required field)."""


class Converter:
    """Loads one wire value; `score` tells how well a value fits (for unions)."""

    __slots__ = ()

    def load(self, value: Any) -> Any:
        return value

    def score(self, value: Any) -> int:
        return 1


class _Typed(Converter):
    __slots__ = ("types",)

    def __init__(self, *types: type) -> None:
        self.types = types

    def score(self, value: Any) -> int:
        if isinstance(value, bool) and bool not in self.types:
            return 0
        return 2 if isinstance(value, self.types) else 0


class _Float(_Typed):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        return (
            float(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
        )


class _DateTime(Converter):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                return value
        return value

    def score(self, value: Any) -> int:
        return 2 if isinstance(value, str) and self.load(value) is not value else 0


class _Date(_DateTime):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                return value
        return value


class list_(Converter):
    __slots__ = ("item",)

    def __init__(self, item: Converter) -> None:
        self.item = item

    def load(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.item.load(v) for v in value]
        return value

    def score(self, value: Any) -> int:
        return 2 if isinstance(value, list) else 0


class dict_(Converter):
    __slots__ = ("item",)

    def __init__(self, item: Converter) -> None:
        self.item = item

    def load(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self.item.load(v) for k, v in value.items()}
        return value

    def score(self, value: Any) -> int:
        return 2 if isinstance(value, dict) else 0


class nullable(Converter):
    __slots__ = ("inner",)

    def __init__(self, inner: Converter) -> None:
        self.inner = inner

    def load(self, value: Any) -> Any:
        return None if value is None else self.inner.load(value)

    def score(self, value: Any) -> int:
        return 2 if value is None else self.inner.score(value)


class _Lazy(Converter):
    """Refers to a generated class by name, imported on first use (no import cycles)."""

    __slots__ = ("_cls", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._cls: Any = None

    @property
    def cls(self) -> Any:
        if self._cls is None:
            self._cls = getattr(importlib.import_module(self.module), self.name)
        return self._cls


class model(_Lazy):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            return self.cls.from_dict(value)
        return value

    def score(self, value: Any) -> int:
        if not isinstance(value, Mapping):
            return 0
        specs = self.cls._specs()
        if any(s.required and s.wire not in value for s in specs):
            return 0
        known = sum(1 for s in specs if s.wire in value)
        return 2 + known - sum(1 for k in value if k not in {s.wire for s in specs})


class enum_(_Lazy):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        try:
            return self.cls(value)
        except (ValueError, TypeError):
            return value

    def score(self, value: Any) -> int:
        return 3 if self.load(value) is not value else 0


def enum(module: str, name: str) -> enum_:
    return enum_(module, name)


class union(Converter):
    """One of several types: by discriminator when declared, else by best fit."""

    __slots__ = ("discriminator", "members")

    def __init__(
        self,
        *members: Converter,
        discriminator: tuple[str, dict[str, str]] | None = None,
    ) -> None:
        self.members = members
        self.discriminator = discriminator

    def load(self, value: Any) -> Any:
        if self.discriminator and isinstance(value, Mapping):
            prop, mapping = self.discriminator
            target = mapping.get(str(value.get(prop)))
            for m in self.members:
                if isinstance(m, model) and m.name == target:
                    return m.load(value)
        best, best_score = None, 0
        for m in self.members:
            s = m.score(value)
            if s > best_score:
                best, best_score = m, s
        return best.load(value) if best is not None else value

    def score(self, value: Any) -> int:
        return max((m.score(value) for m in self.members), default=0)


ANY = Converter()
STR = _Typed(str)
INT = _Typed(int)
FLOAT = _Float(int, float)
BOOL = _Typed(bool)
BYTES = _Typed(bytes, str)
DICT = dict_(ANY)
DATETIME = _DateTime()
DATE = _Date()


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    name: str
    wire: str
    converter: Converter
    required: bool


def req(wire: str, converter: Converter) -> Any:
    """A required model field."""
    return dataclasses.field(metadata={"wire": wire, "converter": converter})


def opt(wire: str, converter: Converter) -> Any:
    """An optional model field: `NOT_GIVEN` when absent from the wire data."""
    return dataclasses.field(
        default=NOT_GIVEN, metadata={"wire": wire, "converter": converter}
    )


_SPECS: dict[type, tuple[FieldSpec, ...]] = {}
# per model class: (wire name, attribute, loader or None for as-is, required) of each field,
# and the set of wire names; built on first load
_Plan = tuple[
    tuple[tuple[str, str, Callable[[Any], Any] | None, bool], ...], frozenset[str]
]
_PLANS: dict[type, _Plan] = {}


@dataclasses.dataclass(kw_only=True)
class BaseModel:
    """Base of generated models: `from_dict`/`to_dict`, unknown fields kept."""

    additional_properties: dict[str, Any] = dataclasses.field(
        default_factory=dict, repr=False
    )

    _fields_: ClassVar[tuple[FieldSpec, ...]] = ()

    def __repr__(self) -> str:
        """The fields that are set (not NOT_GIVEN), and any unknown ones."""
        shown = [
            f"{s.name}={value!r}"
            for s in self._specs()
            if (value := getattr(self, s.name)) is not NOT_GIVEN
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @classmethod
    def _specs(cls) -> tuple[FieldSpec, ...]:
        specs = _SPECS.get(cls)
        if specs is None:
            specs = tuple(
                FieldSpec(
                    f.name,
                    f.metadata["wire"],
                    f.metadata["converter"],
                    f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING,
                )
                for f in dataclasses.fields(cls)
                if "wire" in f.metadata
            )
            _SPECS[cls] = specs
        return specs

    @classmethod
    def _plan(cls) -> _Plan:
        plan = _PLANS.get(cls)
        if plan is None:
            specs = cls._specs()
            plan = _PLANS[cls] = (
                tuple(
                    (
                        s.wire,
                        s.name,
                        (
                            None
                            if type(s.converter).load is Converter.load
                            else s.converter.load
                        ),
                        s.required,
                    )
                    for s in specs
                ),
                frozenset(s.wire for s in specs),
            )
        return plan

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Load wire data (a JSON object) into this model."""
        fields, wires = cls._plan()
        kwargs: dict[str, Any] = {}
        for wire, name, load, required in fields:
            if wire in data:
                kwargs[name] = data[wire] if load is None else load(data[wire])
            elif required:
                raise ModelValidationError(
                    f"{cls.__name__}: required field {wire!r} is missing"
                )
        extra = (
            {k: v for k, v in data.items() if k not in wires}
            if len(kwargs) != len(data)
            else {}
        )
        return cls(**kwargs, additional_properties=extra)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this model (a JSON-ready dict); fields never set are left out."""
        out: dict[str, Any] = {
            k: dump(v) for k, v in self.additional_properties.items()
        }
        for spec in self._specs():
            value = getattr(self, spec.name)
            if value is not NOT_GIVEN:
                out[spec.wire] = dump(value)
        return out


def dump(value: Any) -> Any:
    """Turn models, enums, dates and containers into JSON-ready values."""
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): dump(v) for k, v in value.items() if v is not NOT_GIVEN}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        return [dump(v) for v in value]
    return value


def loader(converter: Converter) -> Callable[[Any], Any]:
    return converter.load
