"""The typed intermediate model between a spec and the templates.

Everything the templates need is here (names, types, docs), so templates never look at raw
spec dicts; types are data, spelled as Python by generator.pytext. All classes are frozen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from generator.pagination import Pagination

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ParamLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResultKind = Literal["json", "text", "binary", "empty"]
SchemeKind = Literal["basic", "bearer", "apiKey", "oauth2"]
SchemeLocation = Literal["header", "query", "cookie"]


def merge_refs(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The names of several TypeRef.refs, once each, sorted."""
    return tuple(sorted({name for group in groups for name in group}))


#: A JSON value a spec documents and the model keeps (a default, an example, an enum value).
Scalar = str | int | float | bool
TypeKind = Literal["builtin", "model", "enum", "list", "map", "literal", "union",
                   "nullable", "alternatives"]  # fmt: skip


@dataclass(frozen=True)
class Discriminator:
    """A union's discriminator: the property, and its values' classes."""

    property: str
    mapping: tuple[tuple[str, str], ...]


_SPELLED = frozenset({"annotation", "converter", "refs"})  # TypeRef's derived values


@dataclass(frozen=True)
class TypeRef:
    """A Python type, as data: a builtin (generator.pytext.BUILTINS names them), a model or
    enum class, a list or map of a type, a literal, a union (of a schema) or the
    alternative answers of an operation, or a type or None. generator.pytext spells it as
    an annotation and as the runtime converter that loads wire data into it."""

    kind: TypeKind
    name: str = ""  # a builtin's, model's or enum's name
    args: tuple[TypeRef, ...] = ()  # the item/value type, or the members
    value: Scalar | None = None  # a literal's value
    base: Literal["str", "int", ""] = ""  # an enum's values' type
    discriminator: Discriminator | None = None  # a union's

    # Spelled once per object (a render reads GitHub's ~150,000 times), and never pickled:
    # what is pickled (the model cache, generator.modulecache's keys) is the data alone.
    @cached_property
    def annotation(self) -> str:
        from generator.pytext import annotation

        return annotation(self)

    @cached_property
    def converter(self) -> str:
        from generator.pytext import converter

        return converter(self)

    @cached_property
    def refs(self) -> tuple[str, ...]:
        """The models and enums named, sorted (modules import them)."""
        if self.kind in ("model", "enum"):
            return (self.name,)
        return merge_refs(a.refs for a in self.args)

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in _SPELLED}

    @property
    def is_model(self) -> bool:
        return self.kind == "model" or (
            self.kind == "nullable" and self.args[0].is_model
        )

    @property
    def is_any(self) -> bool:
        return self.kind == "builtin" and self.name == "any"

    @property
    def ends_with_none(self) -> bool:
        """Whether the annotation already ends in None (adding `| None` would repeat it)."""
        if self.kind in ("union", "alternatives"):
            return bool(self.args) and self.args[-1].ends_with_none
        return self.kind == "nullable" or (
            self.kind == "builtin" and self.name == "none"
        )

    @property
    def members(self) -> tuple[TypeRef, ...]:
        """The types a value of this one may be, None among them: a union's (and the
        alternative answers') members, flattened (`list[A | B] | None` -> `list[A | B]`,
        `None`); for anything else the type itself."""
        if self.kind in ("union", "alternatives"):
            return tuple(m for a in self.args for m in a.members)
        if self.kind == "nullable":
            return (*self.args[0].members, TypeRef("builtin", "none"))
        return (self,)

    def nullable(self) -> TypeRef:
        return self if self.ends_with_none else TypeRef("nullable", args=(self,))


def builtin(name: str) -> TypeRef:
    """One of generator.pytext.BUILTINS."""
    return TypeRef("builtin", name)


def literal_repr(value: Scalar | None) -> str | None:
    """A documented value as repr() writes it (None: none documented)."""
    return None if value is None else repr(value)


@dataclass(frozen=True)
class Field:
    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: Scalar | None = None  # a documented default (docs only)
    example: Scalar | None = None  # a documented example (docs only)

    @property
    def default_repr(self) -> str | None:
        return literal_repr(self.default)

    @property
    def example_repr(self) -> str | None:
        return literal_repr(self.example)

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
    value: str | int

    @property
    def value_repr(self) -> str:
        return repr(self.value)


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
    example: Scalar | None = None  # a documented example (docs only)

    @property
    def example_repr(self) -> str | None:
        return literal_repr(self.example)


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
        mapping = builtin("mapping")
        if self.model is None:
            return mapping
        return TypeRef("alternatives", args=(self.model, mapping))

    @property
    def required_fields(self) -> tuple[Field, ...]:
        """The flattened fields a call must give."""
        return tuple(f for f in self.fields if f.required)

    @property
    def file_fields(self) -> tuple[str, ...]:
        """Wire names of the flattened fields that take files (sent as multipart files)."""
        return tuple(
            f.wire_name
            for f in self.fields
            if f.type.kind == "builtin" and f.type.name in ("file", "files")
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
    pagination: Pagination | None = None  # a list that pages (generator.pagination)

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
    def required(self) -> tuple[str, ...]:
        """The login arguments a call must give (the others default to None)."""
        return tuple(kwarg for kwarg, _, required in self.arguments if required)

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

    def model_named(self, name: str) -> ModelDef | None:
        """The model class of that name (found in an index, not by a scan)."""
        return self._models_by_name.get(name)

    # made on first use, and never pickled (the model cache keeps the data alone)
    @cached_property
    def _models_by_name(self) -> dict[str, ModelDef]:
        return {m.name: m for m in self.models}

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_models_by_name"}

    def resource_of(self, op: Operation) -> Resource:
        """The resource holding `op`, one of this API's operations (found by identity:
        comparing whole operations field by field would cost more and mean no more)."""
        return next(r for r in self.resources if any(o is op for o in r.operations))

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
