"""Models and converters: lenient loading of wire data into typed Python values.

Real APIs drift, so loading never fails on what a server adds: unknown fields are kept in
`additional_properties`, unknown enum values stay plain strings, values of an unexpected type
and date-times that do not parse are kept as received. Only a missing required field, which
leaves a model unusable, raises `ModelValidationError`.

Strict loading (`Converter.strict`, used by clients built with
`strict_response_validation=True`) raises `TypeMismatch` instead on any value that is not of
the declared type: a wrong primitive, a null where none is allowed, an enum value the spec
does not list, a date-time that does not parse, or a value no member of a union accepts.
Unknown fields are still kept: they are additions, not mismatches.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar, TypeVar

from ._types import NOT_GIVEN

__all__ = ["BaseModel", "ModelValidationError", "TypeMismatch", "dump", "opt", "req"]

_M = TypeVar("_M", bound="BaseModel")


class ModelValidationError(ValueError):
    """Wire data lacks what a model cannot do without (a required field)."""


class TypeMismatch(ModelValidationError):
    """A wire value that is not of the declared type (strict loading only).

    `location` is where it is below the loaded value, as Python reaches it (`[0].ip`,
    `.servers[2]`); `model` and `field` name the innermost model field holding it.
    """

    def __init__(self, expected: str, value: Any) -> None:
        super().__init__()
        self.expected = expected
        self.got = _type_name(value)
        self.value = value
        self.location = ""
        self.model: str | None = None
        self.field: str | None = None

    def inside(
        self, step: str, model: str | None = None, field: str | None = None
    ) -> None:
        """Prepend one step of the location (raised on the way out of a container)."""
        self.location = step + self.location
        if self.model is None and model is not None:
            self.model, self.field = model, field

    def shown(self) -> str:
        """What was received: its type, and the value unless it is None (shortened)."""
        if self.value is None:
            return "None"
        shown = repr(self.value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        return f"{self.got} {shown}"

    def __str__(self) -> str:
        where = f"{self.model}.{self.field}" if self.model else "value"
        at = f" at {self.location}" if self.location else ""
        return f"{where}{at}: expected {self.expected}, got {self.shown()}"


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


class Converter:
    """Loads one wire value; `score` tells how well a value fits (for unions);
    `strict` loads it or raises `TypeMismatch`; `expected` names the declared type."""

    __slots__ = ()

    def load(self, value: Any) -> Any:
        return value

    def score(self, value: Any) -> int:
        return 1

    def strict(self, value: Any) -> Any:
        return self.load(value)

    def expected(self) -> str:
        return "Any"


class _Typed(Converter):
    __slots__ = ("name", "types")

    def __init__(self, *types: type, name: str = "") -> None:
        self.types = types
        self.name = name or " | ".join(t.__name__ for t in types)

    def score(self, value: Any) -> int:
        if isinstance(value, bool) and bool not in self.types:
            return 0
        return 2 if isinstance(value, self.types) else 0

    def strict(self, value: Any) -> Any:
        if self.score(value) == 2:
            return self.load(value)
        if (
            int in self.types
            and float not in self.types
            and type(value) is float
            and value.is_integer()
        ):
            return int(value)  # 1.0 is an integer in JSON Schema
        raise TypeMismatch(self.name, value)

    def expected(self) -> str:
        return self.name


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

    def strict(self, value: Any) -> Any:
        loaded = self.load(value)
        if loaded is value:  # not a string, or one that does not parse
            raise TypeMismatch(self.expected(), value)
        return loaded

    def expected(self) -> str:
        return "datetime (an ISO 8601 string)"


class _Date(_DateTime):
    __slots__ = ()

    def load(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                return value
        return value

    def expected(self) -> str:
        return "date (an ISO 8601 string)"


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

    def strict(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise TypeMismatch(self.expected(), value)
        out = []
        for i, v in enumerate(value):
            try:
                out.append(self.item.strict(v))
            except TypeMismatch as exc:
                exc.inside(f"[{i}]")
                raise
        return out

    def expected(self) -> str:
        return f"list[{self.item.expected()}]"


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

    def strict(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeMismatch(self.expected(), value)
        out = {}
        for k, v in value.items():
            try:
                out[k] = self.item.strict(v)
            except TypeMismatch as exc:
                exc.inside(f"[{k!r}]")
                raise
        return out

    def expected(self) -> str:
        return f"dict[str, {self.item.expected()}]"


class nullable(Converter):
    __slots__ = ("inner",)

    def __init__(self, inner: Converter) -> None:
        self.inner = inner

    def load(self, value: Any) -> Any:
        return None if value is None else self.inner.load(value)

    def score(self, value: Any) -> int:
        return 2 if value is None else self.inner.score(value)

    def strict(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self.inner.strict(value)
        except TypeMismatch as exc:
            if not exc.location:  # the value itself: null was allowed too
                exc.expected = self.expected()
            raise

    def expected(self) -> str:
        return f"{self.inner.expected()} | None"


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

    def strict(self, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeMismatch(self.expected(), value)
        return self.cls._strict_from_dict(value)

    def expected(self) -> str:
        return f"{self.name} (an object)"

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

    def strict(self, value: Any) -> Any:
        # bool is an int to IntEnum (True == 1), and 1.0 == 1: neither is a member
        if type(value) in (str, int):
            loaded = self.load(value)
            if loaded is not value:
                return loaded
        raise TypeMismatch(self.expected(), value)

    def expected(self) -> str:
        values = [repr(m.value) for m in self.cls]
        shown = ", ".join(values[:8]) + (", ..." if len(values) > 8 else "")
        return f"{self.name} (one of {shown})"


def enum(module: str, name: str) -> enum_:
    return enum_(module, name)


class literal(Converter):
    """One constant value (a schema's `const`): kept as it comes; strict loading refuses
    any other value (True is not 1, 1.0 is not 1)."""

    __slots__ = ("value",)

    def __init__(self, value: str | int | bool) -> None:
        self.value = value

    def _is(self, value: Any) -> bool:
        return type(value) is type(self.value) and value == self.value

    def score(self, value: Any) -> int:
        return 3 if self._is(value) else 0

    def strict(self, value: Any) -> Any:
        if self._is(value):
            return value
        raise TypeMismatch(self.expected(), value)

    def expected(self) -> str:
        return f"Literal[{self.value!r}]"


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

    def _discriminated(self, value: Any) -> model | None:
        """The member model the discriminator names for `value`, if any."""
        if self.discriminator and isinstance(value, Mapping):
            prop, mapping = self.discriminator
            target = mapping.get(str(value.get(prop)))
            for m in self.members:
                if isinstance(m, model) and m.name == target:
                    return m
        return None

    def load(self, value: Any) -> Any:
        named = self._discriminated(value)
        if named is not None:
            return named.load(value)
        best, best_score = None, 0
        for m in self.members:
            s = m.score(value)
            if s > best_score:
                best, best_score = m, s
        return best.load(value) if best is not None else value

    def score(self, value: Any) -> int:
        return max((m.score(value) for m in self.members), default=0)

    def strict(self, value: Any) -> Any:
        """The member `load` picks (the discriminator's, else the best fit), checked; of
        members that fit equally well, the first that accepts the value. A mismatch
        inside the picked member's value is reported where it is."""
        named = self._discriminated(value)
        if named is not None:
            return named.strict(value)
        scores = [m.score(value) for m in self.members]
        best = max(scores, default=0)
        first: TypeMismatch | None = None
        for m, score in zip(self.members, scores, strict=True):
            if best == 0 or score != best:
                continue
            try:
                return m.strict(value)
            except TypeMismatch as exc:
                first = first or exc
        if first is not None and first.location:
            raise first
        raise TypeMismatch(self.expected(), value)

    def expected(self) -> str:
        return " | ".join(m.expected() for m in self.members)


ANY = Converter()
STR = _Typed(str)
INT = _Typed(int)
FLOAT = _Float(int, float, name="float")
BOOL = _Typed(bool)
BYTES = _Typed(bytes, str, name="str")
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
# per model class: (wire name, attribute, loader or None for as-is, required, converter) of
# each field, and the set of wire names; built on first load
_Plan = tuple[
    tuple[tuple[str, str, Callable[[Any], Any] | None, bool, Converter], ...],
    frozenset[str],
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
                        s.converter,
                    )
                    for s in specs
                ),
                frozenset(s.wire for s in specs),
            )
        return plan

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Load wire data (a JSON object) into this model."""
        return cls._load(data, False)

    @classmethod
    def _strict_from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Load wire data checking every declared field's type (`TypeMismatch`)."""
        return cls._load(data, True)

    @classmethod
    def _load(cls: type[_M], data: Mapping[str, Any], strict: bool) -> _M:
        """`from_dict`, or with `strict` `_strict_from_dict`: the fields (a missing
        required one is an error), and the unknown ones kept aside."""
        fields, wires = cls._plan()
        kwargs: dict[str, Any] = {}
        for wire, name, load, required, converter in fields:
            if wire in data:
                if strict:
                    try:
                        kwargs[name] = converter.strict(data[wire])
                    except TypeMismatch as exc:
                        exc.inside(f".{name}", cls.__name__, name)
                        raise
                else:
                    kwargs[name] = data[wire] if load is None else load(data[wire])
            elif required:
                raise ModelValidationError(
                    f"{cls.__name__}: required field {wire!r} is missing"
                )
        extra = (
            {k: v for k, v in data.items() if k not in wires}
            if strict or len(kwargs) != len(data)
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
