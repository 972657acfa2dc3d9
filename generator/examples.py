"""What the example calls of a package's README and testing.py show, as data.

Every example must run as written against the package's fake, so an argument gets a value
the API accepts: the spec's example, one of an enum's values, a model built from its
required fields, an empty list, or a literal of the right type; never `...`. The Python
text is written from this data by the macros of `templates/package/_examples.j2` (literals
through the `py` filter).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from generator.error_examples import ErrorExamples, error_examples
from generator.model import Api, Field, Operation, Parameter, TypeRef, builtin

if TYPE_CHECKING:
    from generator.usage import Downloads, WholeBody

_LITERALS: tuple[tuple[str, Any], ...] = (
    ("int", 1),
    ("float", 1.0),
    ("bool", True),
    ("str", "..."),
)
_MAX_DEPTH = 3
_MAPPINGS = (builtin("object"), builtin("form"), builtin("mapping"))
_BYTES = (builtin("bytes"), builtin("upload"), builtin("file"))


#: The keyword arguments of an example call: (name, value) pairs.
Args = tuple[tuple[str, "Value"], ...]


@dataclass(frozen=True)
class Value:
    """One example value. `kind` says what it is and what `value` holds:

    - "literal": a str, int, float, bool, bytes or None (written by the `py` filter);
    - "source": the spec's own example as the model keeps it (a Python literal already);
    - "list" / "dict": an empty one;
    - "model": the model class `value` called with `args` (its required fields);
    - "started": the attribute `value` of the task a call started;
    - "date": `datetime.date(2025, 1, value)`.
    """

    kind: str
    value: Any = None
    args: Args = ()


@dataclass(frozen=True)
class Call:
    """`client.RESOURCE.METHOD(ARGS...)`: a call of one operation method."""

    resource: str  # the client's attribute for the resource
    method: str
    args: Args = ()


@dataclass(frozen=True)
class Task:
    """Start a task and wait for it, in one call or two."""

    start: Call  # the operation that starts the task
    wait: Call  # its start-and-wait twin (same resource, same arguments)
    poll: Call  # the poll operation's wait method, given what `start` returned


@dataclass(frozen=True)
class Dates:
    """A call given local date-times (its arguments are "date" values)."""

    call: Call
    wire_names: tuple[str, ...]  # the query parameters they are sent as, in order


@dataclass(frozen=True)
class Examples:
    """The data of every example a package shows (templates/package/_examples.j2)."""

    credentials: tuple[str, ...]  # the constructor's credential arguments, given "..."
    base_url: bool  # the constructor needs base_url= (the API names no usable server)
    call: Call | None  # the operation shown (None: the API declares no operation)
    models: tuple[str, ...]  # the model classes the call's values name (imported)
    errors: ErrorExamples  # what the call's errors say
    task: Task | None = None  # the first operation starting a task
    dates: Dates | None = None  # the first operation taking local date-times
    login: tuple[str, ...] | None = None  # the required login arguments, given "..."
    rate_limit: tuple[str, ...] = ()  # the attributes of client.rate_limit
    paged: Call | None = None  # the first list operation that pages
    whole_body: WholeBody | None = None  # a body given as arguments, then whole
    downloads: Downloads | None = None  # the operations answering a body not JSON


class Values:
    """Example values for one API; `imports` collects the model classes they name."""

    def __init__(self, api: Api) -> None:
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.imports: set[str] = set()

    def argument(self, arg: Parameter | Field, depth: int = 0) -> Value:
        if arg.example_repr is not None:
            return Value("source", arg.example_repr)
        if isinstance(arg, Parameter) and arg.local_datetime:
            return Value("literal", "2025-01-01T00:00:00")
        return self.of_type(arg.type, depth)

    def arguments(self, args: tuple[Parameter | Field, ...]) -> Args:
        """The required ones of `args`, each with its example value."""
        return tuple((a.py_name, self.argument(a)) for a in args if a.required)

    def of_type(self, t: TypeRef, depth: int = 0) -> Value:
        members = t.members
        for m in members:
            enum = self.enums.get(m.name) if m.kind == "enum" else None
            if enum is not None and enum.members:  # a value the API accepts
                return Value("literal", enum.members[0].value)
        first = members[0]
        if first.kind == "list" or first == builtin("files"):
            return Value("list")
        if first.kind == "map" or first in _MAPPINGS:
            return Value("dict")
        model = self.models.get(first.name) if first.kind == "model" else None
        if model is not None and depth < _MAX_DEPTH:
            self.imports.add(model.name)
            fields = tuple(
                (f.py_name, self.argument(f, depth + 1))
                for f in model.fields
                if f.required
            )
            return Value("model", model.name, fields)
        # the builtins a value may be (an enum's values are of its base)
        names = {m.base if m.kind == "enum" else m.name for m in members}
        for candidate, value in _LITERALS:
            if candidate in names:
                return Value("literal", value)
        if first in _BYTES or "bytes" in names:
            return Value("literal", b"...")
        return Value("literal", None if "none" in names else "...")


def complexity(arg: Parameter | Field) -> int:
    """How hard an argument is to give in an example (the simplest operation is shown)."""
    if arg.example_repr is not None:
        return 0
    return 2 if arg.type.is_model or arg.type.refs else 0


def of(api: Api) -> Examples:
    """The examples of `api`'s README and testing.py (computed once per package)."""
    from generator import usage  # it builds on this module

    sent = dict.fromkeys(a for s in api.security_schemes for a in s.send_args)
    values = Values(api)
    gets = [op for op in api.operations if op.http_method == "GET"]
    op = min(gets or api.operations, key=_effort, default=None)
    call = None
    if op is not None:
        args = values.arguments(op.arguments)
        if op.body and op.body.body_type is not None and op.body.required:
            args += (("body", values.of_type(op.body.body_type)),)
        call = Call(api.resource_of(op).attr, op.method_name, args)
    return Examples(
        credentials=tuple(sent),  # OAuth2: the token, not id/secret
        base_url=api.needs_base_url,
        call=call,
        models=tuple(sorted(values.imports)),
        task=_task(api),
        dates=_dates(api),
        login=api.login.required if api.login else None,
        rate_limit=tuple(a for a, _, _ in api.rate_limit.fields)
        if api.rate_limit
        else (),
        paged=_paged(api),
        errors=error_examples(api, op),
        whole_body=usage.whole_body(api),
        downloads=usage.downloads(api),
    )


def _paged(api: Api) -> Call | None:
    """The first list operation that pages, given its required arguments (values of its
    own: the models they name are not the shown call's imports)."""
    for r in api.resources:
        for op in r.operations:
            if op.pagination is not None:
                args = Values(api).arguments(op.arguments)
                return Call(r.attr, op.method_name, args)
    return None


def _effort(op: Operation) -> tuple[int, int]:
    """How much an example call of `op` must spell out (the least is shown)."""
    required = [a for a in op.arguments if a.required]
    hard = sum(complexity(a) for a in required)
    if op.body is not None and op.body.body_type is not None and op.body.required:
        hard += 1 + (2 if op.body.body_type.refs else 0)
    return hard, len(required)


def _task(api: Api) -> Task | None:
    """The first operation that starts a task, started and waited for."""
    op = next((op for op in api.operations if op.task), None)
    if op is None or op.task is None:
        return None
    values = Values(api)
    poll_resource = next(r for r in api.resources if r.module == op.task.poll_module)
    poll = next(
        o for o in poll_resource.operations if o.method_name == op.task.poll_method
    )
    assert poll.task_poll is not None
    poll_args = tuple(
        (
            a.py_name,
            Value("started", name) if source == "response" else values.argument(a),
        )
        for a in poll.arguments
        for arg, source, name in op.task.args
        if arg == a.py_name
    )
    start = Call(
        api.resource_of(op).attr, op.method_name, values.arguments(op.arguments)
    )
    return Task(
        start=start,
        wait=replace(start, method=op.task.wait_method),
        poll=Call(poll_resource.attr, poll.task_poll.wait_method, poll_args),
    )


def _dates(api: Api) -> Dates | None:
    """The first operation taking local date-times, given one date each."""
    op = next(
        (op for op in api.operations if any(p.local_datetime for p in op.params)), None
    )
    if op is None:
        return None
    params = [p for p in op.params if p.local_datetime]
    args = tuple((p.py_name, Value("date", i + 1)) for i, p in enumerate(params))
    call = Call(api.resource_of(op).attr, op.method_name, args)
    return Dates(call, tuple(p.wire_name for p in params))
