"""The generated Python surface of a client, as plain data: what user code can call.

Computed from the intermediate model, saved next to each generated package
(`clientgen-surface.json`), and compared by generator.diff to report what a spec change does
to code that uses the client.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from generator.model import Api, EnumDef, ModelDef, Operation
from generator.signatures import Method, Param, companions, returns
from generator.tokens import Remembered

SURFACE_FILE = "clientgen-surface.json"
FORMAT_VERSION = 2


@dataclass(frozen=True)
class Arg:
    name: str
    wire: str
    location: str  # path | query | header | cookie | body
    annotation: str
    required: bool


@dataclass(frozen=True)
class OpSurface:
    resource: str
    method: str
    http: str  # "POST /server/{server_id}/reboot"
    operation_id: str
    args: tuple[Arg, ...]
    returns: str
    errors: tuple[str, ...]
    security: tuple[tuple[str, ...], ...]
    # the type of `body=` where the body's arguments (location "body") can be replaced by
    # the body given whole (two overloads: generator.signatures.whole_body); else ""
    body: str = ""

    @property
    def qualified(self) -> str:
        return f"{self.resource}.{self.method}"

    def signature(self) -> str:
        parts = []
        for a in sorted(self.args, key=lambda a: not a.required):
            parts.append(
                f"{a.name}: {a.annotation}" + ("" if a.required else " = NOT_GIVEN")
            )
        inner = ", ".join(parts)
        sig = f"{self.qualified}({'*, ' + inner if inner else ''}) -> {self.returns}"
        return f"{sig} (or body: {self.body})" if self.body else sig


@dataclass(frozen=True)
class FieldSurface:
    name: str
    wire: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class Surface:
    package: str
    client_class: str
    api_version: str
    operations: tuple[OpSurface, ...]
    models: dict[str, tuple[FieldSurface, ...]] = field(default_factory=dict)
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    credentials: tuple[str, ...] = ()
    schemes: dict[str, str] = field(default_factory=dict)  # scheme -> kind
    # the public methods besides the operations' own (workflow companions, login:
    # generator.signatures); not known in a file saved before they were
    methods: tuple[Method, ...] = ()
    methods_known: bool = True

    def to_json(self, revision: int) -> str:
        """Deterministic JSON, one operation/model per line (readable diffs, fast to write)."""
        return Summary.of(self).to_json(revision)

    @property
    def body(self) -> str:
        """The operations, models and enums as saved: the bulk of the JSON."""
        return _body(
            self.operations,
            {
                k: _model_line([[f.name, f.wire, f.annotation, f.required] for f in v])
                for k, v in self.models.items()
            },
            {k: _enum_line(list(v)) for k, v in self.enums.items()},
            self.methods if self.methods_known else None,
        )


def _method(m: Method) -> str:
    data: dict[str, Any] = {
        "owner": m.owner,
        "name": m.name,
        "kind": m.kind,
        "returns": m.returns,
        "params": [[p.name, p.annotation, p.default] for p in m.params],
    }
    if m.overloads:
        data["overloads"] = [
            [[p.name, p.annotation, p.default] for p in params]
            for params in m.overloads
        ]
    return json.dumps(data, sort_keys=True)


def _read_method(data: dict[str, Any]) -> Method:
    return Method(
        data["owner"],
        data["name"],
        tuple(Param(*p) for p in data["params"]),
        data["returns"],
        data["kind"],
        tuple(tuple(Param(*p) for p in ps) for ps in data.get("overloads") or ()),
    )


def _model_line(fields: list[list[Any]]) -> str:
    """A model's fields as its line of the body says them (after its name)."""
    return json.dumps(fields)


def _enum_line(values: list[str]) -> str:
    """An enum's values as its line of the body says them (after its name)."""
    return json.dumps(values)


def _body(
    operations: Iterable[OpSurface],
    models: dict[str, str],
    enums: dict[str, str],
    methods: Iterable[Method] | None = (),
) -> str:
    """The body; `models` and `enums` by name, each as _model_line and _enum_line say it."""
    dumps = json.dumps

    def op(o: OpSurface) -> str:
        data: dict[str, Any] = {
            "resource": o.resource,
            "method": o.method,
            "http": o.http,
            "operation_id": o.operation_id,
            "returns": o.returns,
            "errors": list(o.errors),
            "security": [list(alt) for alt in o.security],
            "args": [
                [a.name, a.wire, a.location, a.annotation, a.required] for a in o.args
            ],
        }
        if o.body:
            data["body"] = o.body
        return dumps(data, sort_keys=True)

    lines = ['\n"operations": [']
    lines.append(",\n".join(op(o) for o in operations))
    lines.append('],\n"models": {')
    lines.append(",\n".join(f"{dumps(k)}: {models[k]}" for k in sorted(models)))
    lines.append('},\n"enums": {')
    lines.append(",\n".join(f"{dumps(k)}: {enums[k]}" for k in sorted(enums)))
    if methods is None:
        lines.append("}}")
    else:
        lines.append('},\n"methods": [')
        lines.append(",\n".join(_method(m) for m in methods))
        lines.append("]}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Summary:
    """A surface as it is saved: the head's values and the rest as JSON text (the body).
    What generator.pipeline keeps with the model: cheaper to make and to keep than the
    Surface of thousands of fields, which is read from it only when compared."""

    package: str
    client_class: str
    api_version: str
    credentials: tuple[str, ...]
    schemes: dict[str, str]
    body: str
    spec: str = (
        ""  # a digest of the spec's text (set by generator.pipeline), or unknown
    )

    @staticmethod
    def of(surface: Surface) -> Summary:
        return Summary(
            surface.package,
            surface.client_class,
            surface.api_version,
            surface.credentials,
            surface.schemes,
            surface.body,
        )

    def to_json(self, revision: int, version: str = "") -> str:
        """A line of head, then the body. The head keeps the package's `version` and the
        spec's digest when known (generator.versioning reads them)."""
        fields: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "revision": revision,
            "package": self.package,
            "client_class": self.client_class,
            "api_version": self.api_version,
            "credentials": list(self.credentials),
            "schemes": self.schemes,
        }
        if version:
            fields["version"] = version
        if self.spec:
            fields["spec"] = self.spec
        head = json.dumps(fields, sort_keys=True)
        return head[:-1] + "," + self.body

    def surface(self) -> Surface:
        return surface_from_json(self.to_json(0))[0]

    def head(self) -> Surface:
        """The Surface of the head alone: no operations, models or enums."""
        return Surface(
            self.package,
            self.client_class,
            self.api_version,
            (),
            credentials=self.credentials,
            schemes=self.schemes,
        )


def summary_of(api: Api, lines: Remembered[str] | None = None) -> Summary:
    """Summary.of(surface_of(api)), without making the Surface's objects; with the
    `lines` of classes the previous run had (generator.tokens) taken as they were."""
    lines = lines or Remembered({}, {})

    def model(m: ModelDef) -> str:
        fields = [
            [f.py_name, f.wire_name, f.type.annotation, f.required] for f in m.fields
        ]
        return _model_line(fields)

    def enum(e: EnumDef) -> str:
        return _enum_line([m.value_repr for m in e.members])

    body = _body(
        (_op(r.attr, op) for r in api.resources for op in r.operations),
        {m.name: lines.get(m, partial(model, m)) for m in api.models},
        {e.name: lines.get(e, partial(enum, e)) for e in api.enums},
        companions(api),
    )
    return Summary(
        api.package,
        api.client_class,
        api.version,
        api.credential_args,
        {s.name: s.kind for s in api.security_schemes},
        body,
    )


def _op(resource: str, op: Operation) -> OpSurface:
    args = [
        Arg(p.py_name, p.wire_name, p.location, p.type.annotation, p.required)
        for p in op.params
    ]
    if op.body is not None:
        if op.body.flattened:
            args += [
                Arg(f.py_name, f.wire_name, "body", f.type.annotation, f.required)
                for f in op.body.fields
            ]
        elif op.body.body_type is not None:
            args.append(
                Arg("body", "", "body", op.body.body_type.annotation, op.body.required)
            )
    return OpSurface(
        resource=resource,
        method=op.method_name,
        http=f"{op.http_method} {op.path}",
        operation_id=op.operation_id,
        args=tuple(args),
        returns=returns(op),
        errors=tuple(sorted(r.status for r in op.error_responses)),
        security=op.security,
        body=op.body.whole.annotation if op.body and op.body.whole else "",
    )


def surface_of(api: Api) -> Surface:
    return Surface(
        package=api.package,
        client_class=api.client_class,
        api_version=api.version,
        operations=tuple(_op(r.attr, op) for r in api.resources for op in r.operations),
        models={
            m.name: tuple(
                FieldSurface(f.py_name, f.wire_name, f.type.annotation, f.required)
                for f in m.fields
            )
            for m in api.models
        },
        enums={e.name: tuple(m.value_repr for m in e.members) for e in api.enums},
        credentials=api.credential_args,
        schemes={s.name: s.kind for s in api.security_schemes},
        methods=companions(api),
    )


def surface_from_json(text: str) -> tuple[Surface, int]:
    """A saved surface and its revision; ValueError if it cannot be read."""
    data: dict[str, Any] = json.loads(text)
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown surface format {data.get('format')!r}")
    ops = tuple(
        OpSurface(
            o["resource"],
            o["method"],
            o["http"],
            o["operation_id"],
            tuple(Arg(*a) for a in o["args"]),
            o["returns"],
            tuple(o["errors"]),
            tuple(tuple(alt) for alt in o["security"]),
            o.get("body", ""),
        )
        for o in data["operations"]
    )
    surface = Surface(
        package=data["package"],
        client_class=data["client_class"],
        api_version=data["api_version"],
        operations=ops,
        models={
            k: tuple(FieldSurface(*f) for f in v) for k, v in data["models"].items()
        },
        enums={k: tuple(v) for k, v in data["enums"].items()},
        credentials=tuple(data["credentials"]),
        schemes=dict(data["schemes"]),
        methods=tuple(_read_method(m) for m in data.get("methods") or ()),
        methods_known="methods" in data,
    )
    return surface, int(data.get("revision", 0))


@dataclass(frozen=True)
class Saved:
    """A saved surface file, read as far as needed: its head at once, the rest (`text`)
    parsed only when it differs from the surface it is compared with."""

    head: dict[str, Any]
    text: str

    @property
    def revision(self) -> int:
        return int(self.head.get("revision", 0))

    @property
    def body(self) -> str:
        return self.text[self.text.index("\n") :]

    def summary(self) -> Summary:
        """The saved surface as a Summary (KeyError, TypeError if the head is damaged)."""
        h = self.head
        return Summary(
            h["package"],
            h["client_class"],
            h["api_version"],
            tuple(h["credentials"]),
            dict(h["schemes"]),
            self.body,
        )

    def against(self, new: Summary) -> tuple[Surface, Surface]:
        """The saved surface and `new` as Surfaces to compare (ValueError if the saved one
        is unreadable). When the bodies are the same, only the heads differ: only they are
        read, and the Surfaces have no operations, models or enums."""
        old = self.summary()
        if old.body == new.body:
            return old.head(), new.head()
        return old.surface(), new.surface()


def read_saved(text: str) -> Saved:
    """A saved surface file's head (ValueError if it is not one this version writes)."""
    first = text.partition("\n")[0]
    if not first.endswith(","):
        raise ValueError("not a surface file")
    head = json.loads(first[:-1] + "}")
    if not isinstance(head, dict) or head.get("format") != FORMAT_VERSION:
        raise ValueError("unknown surface format")
    int(head.get("revision", 0))  # ValueError if it is no number
    return Saved(head, text)
