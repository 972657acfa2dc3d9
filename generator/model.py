"""The typed intermediate model between a spec and the templates.

Everything the templates need is computed here (names, type annotations, converters, docs),
so templates never look at raw spec dicts. All classes are frozen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FILE_TYPE = "_t.FileTypes"  # the annotation of an argument that takes a file
FILE_LIST_TYPE = f"list[{FILE_TYPE}]"  # ... and of one that takes several files
ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResultKind = Literal["json", "text", "binary", "empty"]
SchemeKind = Literal["basic", "bearer", "apiKey", "oauth2"]
SchemeLocation = Literal["header", "query", "cookie"]


def merge_refs(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The names of several TypeRef.refs, once each, sorted."""
    return tuple(sorted({name for group in groups for name in group}))


@dataclass(frozen=True)
class TypeRef:
    """A Python type: its annotation, the runtime converter that loads wire data into it,
    and the models/enums it names (for imports)."""

    annotation: str
    converter: str
    # sorted: a set's order varies between processes, and modules are cached by content
    refs: tuple[str, ...] = ()
    is_model: bool = False

    def nullable(self) -> TypeRef:
        if self.annotation.endswith("| None") or self.annotation == "None":
            return self
        return TypeRef(
            f"{self.annotation} | None",
            f"_c.nullable({self.converter})",
            self.refs,
            self.is_model,
        )


@dataclass(frozen=True)
class Field:
    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default_repr: str | None = (
        None  # a documented default, as a Python literal (docs only)
    )
    example_repr: str | None = (
        None  # a documented example, as a Python literal (docs only)
    )

    @property
    def pairs(self) -> tuple[str, str]:
        return (self.py_name, self.wire_name)


@dataclass(frozen=True)
class ModelDef:
    name: str
    module: str
    fields: tuple[Field, ...]
    description: str = ""
    extra: TypeRef | None = None  # typed additionalProperties, if any
    source: str = ""  # "file#pointer" of the schema, for messages

    @property
    def refs(self) -> frozenset[str]:
        names: set[str] = set()
        for f in self.fields:
            names.update(f.type.refs)
        if self.extra:
            names.update(self.extra.refs)
        names.discard(self.name)
        return frozenset(names)


@dataclass(frozen=True)
class EnumMember:
    py_name: str
    value_repr: str


@dataclass(frozen=True)
class EnumDef:
    name: str
    module: str
    base: Literal["str", "int"]
    members: tuple[EnumMember, ...]
    description: str = ""


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    py_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    explode: bool = True
    style: str = "form"
    local_datetime: bool = False  # a date-time written without a time zone
    example_repr: str | None = (
        None  # a Python literal for a documented example (docs only)
    )


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    kind: BodyKind
    required: bool
    fields: tuple[
        Field, ...
    ] = ()  # set when an object body is flattened into arguments
    body_type: TypeRef | None = None  # set when the body is passed whole as `body=`
    description: str = ""
    # the model class of a flattened body's schema (a $ref to a named object schema)
    model: TypeRef | None = None

    @property
    def flattened(self) -> bool:
        return self.body_type is None

    @property
    def whole(self) -> TypeRef | None:
        """The type of `body=` where a flattened JSON or form body can also be given whole
        (its model, or a mapping sent as it is), as the alternative to its arguments."""
        if not self.flattened or not self.fields or self.kind not in ("json", "form"):
            return None
        mapping = "Mapping[str, object]"
        if self.model is None:
            return TypeRef(mapping, "_c.ANY")
        return TypeRef(
            f"{self.model.annotation} | {mapping}", "_c.ANY", self.model.refs
        )

    @property
    def file_fields(self) -> tuple[str, ...]:
        """Wire names of the flattened fields that take files (sent as multipart files)."""
        return tuple(
            f.wire_name
            for f in self.fields
            if f.type.annotation in (FILE_TYPE, FILE_LIST_TYPE)
        )


@dataclass(frozen=True)
class ResponseHeader:
    wire_name: str
    type: TypeRef
    description: str = ""


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    description: str
    content_type: str | None
    kind: ResultKind
    type: TypeRef
    headers: tuple[ResponseHeader, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class TaskPoll:
    """This operation polls a long-running task (x-clientgen-task-poll)."""

    wait_method: str
    done_field: str
    failed_field: str | None = None
    failed_pattern: str | None = None


@dataclass(frozen=True)
class TaskStart:
    """This operation starts a long-running task (x-clientgen-task)."""

    wait_method: str  # the start-and-wait twin, e.g. reboot_server_and_wait
    poll_method: str  # method name of the polling operation
    poll_module: str  # resource module holding the polling operation
    poll_return: TypeRef
    args: tuple[tuple[str, str, str], ...]  # (poll argument, "arg"|"response", name)
    busy_pattern: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    tag: str
    params: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    return_type: TypeRef
    security: tuple[tuple[str, ...], ...]  # alternatives (OR) of scheme-name sets (AND)
    deprecated: bool = False
    source: str = ""
    task_poll: TaskPoll | None = None
    task: TaskStart | None = None
    ordered: tuple[
        tuple[str, str], ...
    ] = ()  # (a, b): argument a must not be later than b

    @property
    def idempotent(self) -> bool:
        return self.http_method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE")

    @property
    def success_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_success)

    @property
    def error_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success)

    @property
    def arguments(self) -> tuple[Parameter | Field, ...]:
        """Keyword arguments in signature order: required first, then optional."""
        items: list[Parameter | Field] = list(self.params)
        if self.body is not None and self.body.flattened:
            items.extend(self.body.fields)
        return tuple(sorted(items, key=lambda a: not a.required))


@dataclass(frozen=True)
class Resource:
    tag: str
    attr: str
    class_name: str
    module: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: SchemeKind
    location: SchemeLocation
    wire_name: str  # the header/query/cookie name ("Authorization" for basic/bearer)
    args: tuple[str, ...]  # constructor keyword arguments (username/password, or one)
    env_vars: tuple[str, ...]
    description: str = ""
    # OAuth2: (grant, token URL) of the password / client_credentials flows, and the
    # constructor arguments of the client (client_id, client_secret), also in `args`
    flows: tuple[tuple[str, str], ...] = ()
    client_args: tuple[str, ...] = ()

    @property
    def send_args(self) -> tuple[str, ...]:
        """The arguments whose values are sent (the token, not the client's id/secret)."""
        return tuple(a for a in self.args if a not in self.client_args)

    def flow_url(self, grant: str) -> str:
        return next((url for g, url in self.flows if g == grant), "")


@dataclass(frozen=True)
class Login:
    """An operation that issues credentials (x-clientgen-login)."""

    method_name: str
    module: str
    arguments: tuple[
        tuple[str, str, bool], ...
    ]  # (login kwarg, operation argument, required)
    sets: tuple[tuple[str, str], ...]  # (credential argument, response wire field)
    overrides: tuple[tuple[str, str], ...] = ()  # (login kwarg, credential argument)

    @property
    def argument_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((kwarg, target) for kwarg, target, _ in self.arguments)

    @property
    def extra_kwargs(self) -> tuple[str, ...]:
        """Override-only login arguments (not passed to the login operation)."""
        own = {kwarg for kwarg, _, _ in self.arguments}
        return tuple(kwarg for kwarg, _ in self.overrides if kwarg not in own)

    @property
    def kwargs(self) -> tuple[str, ...]:
        """Every login argument: the operation's, then the override-only ones."""
        return tuple(kwarg for kwarg, _, _ in self.arguments) + self.extra_kwargs


@dataclass(frozen=True)
class RateLimit:
    """Response headers carrying rate-limit state (x-clientgen-rate-limit)."""

    fields: tuple[tuple[str, str, str], ...]  # (attribute, header, description)
    zero_message: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    package: str
    client_class: str
    distribution: str
    env_prefix: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    resources: tuple[Resource, ...]
    models: tuple[ModelDef, ...]
    enums: tuple[EnumDef, ...]
    spec_version: str
    operation_count_in_spec: int = 0
    schema_count_in_spec: int = 0
    notes: tuple[str, ...] = field(default=())
    login: Login | None = None
    rate_limit: RateLimit | None = None

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)

    @property
    def default_base_url(self) -> str:
        """The first server's URL when it is absolute (the client's default), else ""."""
        url = self.servers[0].url if self.servers else ""
        return url if "://" in url else ""

    @property
    def base_path(self) -> str:
        """The first server's URL when it is relative (/api/v1): joined to base_url."""
        url = self.servers[0].url if self.servers else ""
        return "" if "://" in url else url

    @property
    def needs_base_url(self) -> bool:
        """The client cannot be built without base_url= (no absolute server)."""
        return not self.default_base_url

    @property
    def credential_args(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for s in self.security_schemes for a in s.args))

    @property
    def password_flow(self) -> SecurityScheme | None:
        """The first OAuth2 scheme with a password flow (client.fetch_token)."""
        return next((s for s in self.security_schemes if s.flow_url("password")), None)

    @property
    def client_credentials_flow(self) -> SecurityScheme | None:
        return next(
            (s for s in self.security_schemes if s.flow_url("client_credentials")),
            None,
        )
