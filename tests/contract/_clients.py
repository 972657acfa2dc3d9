"""The generated clients under test, and how to call them with arguments built from a spec.

The generated resource modules describe each operation with a module-level `Op`; those are
introspected only to map wire names to Python argument names and are themselves checked
against the spec (`descriptor_problems`).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import importlib
import importlib.util
import re
import sys
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._spec import Spec, SpecOperation

ROOT = Path(__file__).resolve().parents[2]

# The status -> error class mapping the generated READMEs document.
STATUS_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def error_class_name(status: int) -> str:
    if status >= 500:
        return "InternalServerError"
    return STATUS_ERRORS.get(status, "APIStatusError")


def snake(name: str) -> str:
    """`getServiceIdByOrderNumber` -> `get_service_id_by_order_number`; tags too."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


@dataclass(frozen=True)
class ClientInfo:
    """One generated client package, as configured in pyproject.toml."""

    name: str
    package: str
    class_name: str
    spec_path: Path

    @functools.cached_property
    def spec(self) -> Spec:
        return Spec(self.spec_path)

    @property
    def source_dir(self) -> Path:
        """Where the package's generated code lives in this repository."""
        return ROOT / "generated" / self.name

    @property
    def module(self) -> types.ModuleType:
        """The generated package: the installed (editable) one, else from generated/."""
        if importlib.util.find_spec(self.package) is None:
            sys.path.insert(0, str(self.source_dir))
        return importlib.import_module(self.package)

    @property
    def sync_class(self) -> Any:
        return getattr(self.module, self.class_name)

    @property
    def async_class(self) -> Any:
        return getattr(self.module, "Async" + self.class_name)

    def error(self, name: str) -> type[BaseException]:
        cls = getattr(self.module, name)
        assert isinstance(cls, type) and issubclass(cls, BaseException)
        return cls

    @property
    def schemes(self) -> Mapping[str, Any]:
        """The client's security schemes: name -> Scheme(kind, location, wire, args)."""
        schemes: Mapping[str, Any] = self.sync_class._schemes
        return schemes

    def credentials(self, alternative: tuple[str, ...] | None = None) -> dict[str, str]:
        """Constructor arguments with (dummy but well-formed) credentials.

        All schemes by default; only those of one security alternative when given.
        """
        names = self.schemes if alternative is None else alternative
        out: dict[str, str] = {}
        for scheme_name in names:
            for arg in self.schemes[scheme_name].args:
                out[arg] = "user@example.com" if arg == "username" else f"test-{arg}"
        return out

    def credential_env_vars(self) -> list[str]:
        """Environment variables the client would read credentials or a base URL from."""
        args = {a for s in self.schemes.values() for a in s.args}
        return [f"{self.package.upper()}_{a.upper()}" for a in sorted(args)] + [
            f"{self.package.upper()}_BASE_URL"
        ]

    # -- operations ----------------------------------------------------------------
    def resource_attr(self, op: SpecOperation) -> str:
        return snake(op.tag)

    def method_name(self, op: SpecOperation) -> str:
        return snake(op.operation_id)

    def resource_module(self, op: SpecOperation) -> types.ModuleType:
        package = self.module.__name__
        return importlib.import_module(f"{package}.resources.{self.resource_attr(op)}")

    def descriptor(self, op: SpecOperation) -> Any:
        """The generated `Op` constant for a spec operation."""
        wanted = f"{self.resource_attr(op)}.{self.method_name(op)}"
        module = self.resource_module(op)
        found = [v for v in vars(module).values() if _is_op(v) and v.name == wanted]
        if len(found) != 1:
            raise LookupError(
                f"{self.package}: {len(found)} Op constants named {wanted!r} in {module.__name__}"
            )
        return found[0]

    def all_descriptors(self) -> dict[str, Any]:
        """Every `Op` constant of every resource module: name -> Op."""
        out: dict[str, Any] = {}
        for attr in self.sync_class._resource_attrs:
            module = importlib.import_module(f"{self.module.__name__}.resources.{attr}")
            for value in vars(module).values():
                if _is_op(value):
                    out[value.name] = value
        return out

    @functools.cached_property
    def resource_classes(self) -> dict[str, type]:
        """The class of each `client.<resource>` (looked up on a real client instance)."""
        client = self.sync_class(base_url="http://127.0.0.1:9")
        try:
            return {
                attr: type(getattr(client, attr))
                for attr in self.sync_class._resource_attrs
            }
        finally:
            client.close()

    def resource_class(self, op: SpecOperation) -> type:
        attr = self.resource_attr(op)
        if attr not in self.resource_classes:
            raise LookupError(f"{self.class_name} has no resource {attr!r}")
        return self.resource_classes[attr]

    @functools.cached_property
    def models_namespace(self) -> dict[str, Any]:
        models = importlib.import_module(f"{self.module.__name__}.models")
        return {name: getattr(models, name) for name in models.__all__}

    def type_hints(self, function: Any) -> dict[str, Any]:
        return typing.get_type_hints(function, localns=self.models_namespace)

    def model_hints(self, cls: type) -> dict[str, Any]:
        return typing.get_type_hints(cls, localns=self.models_namespace)


def _is_op(value: object) -> bool:
    return type(value).__name__ == "Op" and hasattr(value, "results")


def load_clients() -> list[ClientInfo]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        config = tomllib.load(fh)["tool"]["clientgen"]["clients"]
    return [
        ClientInfo(name, cfg["package"], cfg["client_class"], ROOT / cfg["spec"])
        for name, cfg in config.items()
    ]


CLIENTS = load_clients()


# -- cross-check of the generated Op against the spec ----------------------------------
def descriptor_problems(client: ClientInfo, op: SpecOperation) -> list[str]:
    """How the generated `Op` differs from the spec's operation (empty: they agree)."""
    try:
        d = client.descriptor(op)
    except LookupError as exc:
        return [str(exc)]
    problems: list[str] = []
    if d.method != op.method:
        problems.append(f"method {d.method} != spec {op.method}")
    if d.path != op.path:
        problems.append(f"path {d.path} != spec {op.path}")
    ours = {(p.wire, p.location) for p in d.params}
    theirs = {(p.name, p.location) for p in op.parameters}
    if ours != theirs:
        problems.append(f"parameters {sorted(ours)} != spec {sorted(theirs)}")
    if (d.body is None) != (op.body is None):
        problems.append(f"body {d.body} but spec body {op.body}")
    elif d.body is not None and op.body is not None:
        if d.body.content_type != op.body.content_type:
            problems.append(
                f"body content type {d.body.content_type} != spec {op.body.content_type}"
            )
        if d.body.required != op.body.required:
            problems.append(
                f"body required={d.body.required} != spec required={op.body.required}"
            )
        schema = client.spec.resolve(op.body.schema)
        if d.body.fields:
            props = set((schema.get("properties") or {}).keys())
            wires = {wire for _, wire in d.body.fields}
            if wires != props:
                problems.append(f"body fields {sorted(wires)} != spec {sorted(props)}")
    security = {tuple(sorted(alt)) for alt in d.security}
    spec_security = {tuple(sorted(alt)) for alt in op.security}
    if security != spec_security:
        problems.append(f"security {sorted(security)} != spec {sorted(spec_security)}")
    success = {s for s in op.responses if s.startswith("2")}
    missing = success - set(d.results)
    if missing:
        problems.append(f"no result for documented success statuses {sorted(missing)}")
    return problems


# -- arguments -------------------------------------------------------------------------
@dataclass(frozen=True)
class Call:
    """One call: the method to look up and its keyword arguments."""

    resource: str
    method: str
    kwargs: Mapping[str, Any]


def build_call(client: ClientInfo, op: SpecOperation, *, full: bool) -> Call:
    """Arguments for `op` built from the spec: required ones, and every optional one if `full`."""
    spec = client.spec
    d = client.descriptor(op)
    where = f"{client.name}:{op.operation_id}"
    resource_cls = client.resource_class(op)
    method = getattr(resource_cls, client.method_name(op))
    hints = client.type_hints(method)
    python_name = {(p.wire, p.location): p.name for p in d.params}
    missing = [
        f"{p.location} parameter {p.name!r}"
        for p in op.parameters
        if (p.name, p.location) not in python_name
    ]
    if op.body is not None and d.body is not None and d.body.fields:
        schema = spec.resolve(op.body.schema)
        wires = {w for _, w in d.body.fields}
        missing += [
            f"body property {name!r}"
            for name in (schema.get("properties") or {})
            if name not in wires
        ]
    if missing or (op.body is None) != (d.body is None):
        raise AssertionError(
            f"{where}: the client's {d.name} cannot send {', '.join(missing) or 'the body'} "
            "the spec declares"
        )
    kwargs: dict[str, Any] = {}
    for param in op.parameters:
        if not (param.required or full):
            continue
        value = spec.parameter_sample(param, full=full, where=where)
        name = python_name[(param.name, param.location)]
        kwargs[name] = to_python(client, value, hints[name])
    if op.body is not None and (op.body.required or full or _has_required(spec, op)):
        body = spec.body_sample(op.body, full=full, where=where)
        if d.body.fields:
            by_wire = {w: n for n, w in d.body.fields}
            assert isinstance(body, Mapping), f"{where}: object body expected"
            for key, value in body.items():
                name = by_wire[key]
                kwargs[name] = to_python(client, value, hints[name])
        else:
            kwargs["body"] = to_python(client, body, hints["body"])
    return Call(client.resource_attr(op), client.method_name(op), kwargs)


def _has_required(spec: Spec, op: SpecOperation) -> bool:
    assert op.body is not None
    schema = spec.resolve(op.body.schema)
    return bool(isinstance(schema, Mapping) and schema.get("required"))


def to_python(client: ClientInfo, value: Any, annotation: Any) -> Any:
    """Turn a wire (JSON) value into the Python value the method's annotation asks for."""
    members = _union_members(annotation)
    if value is None and type(None) in members:
        return None
    candidates = [m for m in members if m not in (type(None),) and not _is_not_given(m)]
    for member in candidates:
        converted = _convert(client, value, member)
        if converted is not _NO_FIT:
            return converted
    raise TypeError(f"cannot pass {value!r} as {annotation}")


_NO_FIT: Any = object()


def _convert(client: ClientInfo, value: Any, annotation: Any) -> Any:
    if annotation is Any:
        return value
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        try:
            return to_python(client, value, annotation)
        except TypeError:
            return _NO_FIT
    if origin is list:
        if not isinstance(value, list):
            return _NO_FIT
        (item,) = typing.get_args(annotation) or (Any,)
        items = [to_python(client, v, item) for v in value]
        return items
    if origin is dict:
        if not isinstance(value, dict):
            return _NO_FIT
        _, item = typing.get_args(annotation) or (str, Any)
        return {k: to_python(client, v, item) for k, v in value.items()}
    if origin is typing.Literal:
        return value if value in typing.get_args(annotation) else _NO_FIT
    if isinstance(annotation, type):
        if _is_model(annotation):
            return annotation.from_dict(value) if isinstance(value, dict) else _NO_FIT  # type: ignore[attr-defined]
        if issubclass(annotation, enum.Enum):
            try:
                return annotation(value)
            except ValueError:
                return _NO_FIT
        if annotation is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if annotation is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if (
            annotation is float
            and isinstance(value, int)
            and not isinstance(value, bool)
        ):
            return float(value)
        if isinstance(value, annotation) and not (
            isinstance(value, bool) and annotation is not bool
        ):
            return value
        return _NO_FIT
    return value


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return typing.get_args(annotation)
    return (annotation,)


def _is_not_given(annotation: Any) -> bool:
    return isinstance(annotation, type) and annotation.__name__ == "NotGiven"


def _is_model(cls: type) -> bool:
    return dataclasses.is_dataclass(cls) and any(
        base.__name__ == "BaseModel" for base in cls.__mro__
    )


# -- result conformance -----------------------------------------------------------------
def conformance_problems(
    client: ClientInfo,
    value: Any,
    annotation: Any,
    schema: Any,
    where: str = "result",
) -> list[str]:
    """Where `value` is not of the declared type (recursively, models field by field).

    Loading is lenient by design (wrong types are kept as received, unknown fields go to
    `additional_properties`), so a successful parse alone proves little: this checks that
    Prism's example landed in the declared fields with the declared types. `schema` is the
    spec's schema for the value (None where unknown): fields a model keeps in
    `additional_properties` are only allowed where the schema allows additional properties.
    """
    schema = client.spec.resolve(schema) if schema is not None else None
    if annotation is Any:
        return []
    members = _union_members(annotation)
    if len(members) > 1:
        enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
        if enums and isinstance(value, str) and not isinstance(value, enum.Enum):
            return [f"{where}: {value!r} is not a value of {enums[0].__name__}"]
        sub = (
            None
            if schema is not None and ("oneOf" in schema or "anyOf" in schema)
            else schema
        )
        results = [conformance_problems(client, value, m, sub, where) for m in members]
        if any(not r for r in results):
            return []
        detail = min(results, key=len)
        return [f"{where}: {value!r} matches none of {annotation}", *detail]
    if annotation is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if _is_not_given(annotation):
        return (
            []
            if _is_not_given(type(value))
            else [f"{where}: {value!r} is not NOT_GIVEN"]
        )
    origin = typing.get_origin(annotation)
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} is not a list"]
        (item,) = typing.get_args(annotation) or (Any,)
        item_schema = schema.get("items") if schema is not None else None
        return [
            p
            for i, v in enumerate(value)
            for p in conformance_problems(client, v, item, item_schema, f"{where}[{i}]")
        ]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} is not a dict"]
        _, item = typing.get_args(annotation) or (str, Any)
        extra = schema.get("additionalProperties") if schema is not None else None
        item_schema = extra if isinstance(extra, Mapping) else None
        return [
            p
            for k, v in value.items()
            for p in conformance_problems(
                client, v, item, item_schema, f"{where}[{k!r}]"
            )
        ]
    if origin is typing.Literal:
        ok = value in typing.get_args(annotation)
        return [] if ok else [f"{where}: {value!r} not in {annotation}"]
    if not isinstance(annotation, type):
        return []
    if _is_model(annotation):
        return _model_problems(client, value, annotation, schema, where)
    if annotation is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, annotation)
    return [] if ok else [f"{where}: {value!r} is not {annotation.__name__}"]


def _model_problems(
    client: ClientInfo, value: Any, cls: type, schema: Any, where: str
) -> list[str]:
    if not isinstance(value, cls):
        return [f"{where}: {type(value).__name__} is not {cls.__name__}"]
    problems: list[str] = []
    properties: Mapping[str, Any] = (schema or {}).get("properties") or {}
    extra = getattr(value, "additional_properties", {})
    allowed = schema is None or schema.get("additionalProperties", False) not in (
        False,
        None,
    )
    if extra and not allowed:
        problems.append(
            f"{where}: {sorted(extra)} not loaded into fields of {cls.__name__} "
            "(the spec declares no such properties, or the model's wire names differ)"
        )
    hints = client.model_hints(cls)
    model: Any = value
    for f in dataclasses.fields(model):
        if f.name == "additional_properties":
            continue
        wire = f.metadata.get("wire", f.name)
        problems += conformance_problems(
            client,
            getattr(model, f.name),
            hints[f.name],
            properties.get(wire),
            f"{where}.{f.name}",
        )
    return problems
