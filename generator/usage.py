"""What the README shows of request bodies given whole and of streamed downloads, as data
(the macros `whole_body` and `download` of templates/package/_examples.j2 write it).

`WholeBody`: an operation whose body can be given whole, called with the body's fields as
arguments and then with the body whole: the get -> modify -> update round trip where the API
returns the body's model, else a model built from its required fields, and a dict.
`Downloads`: the operations answering a body that is not JSON, and a streamed download of
the first (a binary one if there is one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.examples import Call, Value, Values
from generator.model import Api, Operation, Resource, TypeRef, builtin


@dataclass(frozen=True)
class WholeBody:
    call: Call  # the operation, given every required argument (the body's fields too)
    whole: Call  # the operation, given its required arguments that are not the body's
    # fields (and body= besides)
    models: tuple[str, ...]  # the model classes the example names (imported)
    getter: Call | None  # a GET answering the body's model: the round trip
    changed: tuple[str, Value] | None  # a field of that model to change, and a value
    built: Value | None  # without a getter: the body's model built from its fields


@dataclass(frozen=True)
class Downloads:
    operations: tuple[Call, ...]  # every operation answering a body that is not JSON
    first: Call  # the one streamed to a file in the example


def whole_body(api: Api) -> WholeBody | None:
    candidates = [
        (r, op)
        for r in api.resources
        for op in r.operations
        if op.body is not None and op.body.whole and op.body.model is not None
    ]
    # a GET answering each model, for the round trip (the first one of each)
    getters: dict[TypeRef, tuple[Resource, Operation]] = {}
    for r in api.resources:
        for o in r.operations:
            if o.http_method == "GET":
                getters.setdefault(o.return_type, (r, o))
    # the round trip where the API has one, else the body with the most required fields
    found = next((c for c in candidates if _body_model(c[1]) in getters), None)
    probe = Values(api)  # its imports are not the example's
    found = found or max(
        candidates, key=lambda c: _required_fields(probe, c[1]), default=None
    )
    if found is None:
        return None
    r, op = found
    assert op.body is not None
    values = Values(api)
    own = {f.py_name for f in op.body.fields}
    call = Call(r.attr, op.method_name, values.arguments(op.arguments))
    rest = tuple((name, v) for name, v in call.args if name not in own)
    whole = replace(call, args=rest)
    getter = getters.get(_body_model(op))
    if getter is None:
        built, changed, get_call = _built(op, values), None, None
    else:
        g_res, g_op = getter
        built, changed = None, _changed_field(api, op)
        get_call = Call(g_res.attr, g_op.method_name, values.arguments(g_op.arguments))
    return WholeBody(
        call, whole, tuple(sorted(values.imports)), get_call, changed, built
    )


def _required_fields(values: Values, op: Operation) -> tuple[bool, int]:
    """Bodies whose required fields all get real values first (a documented example, an
    enum's value; not "..."): the example must run against the fake, which checks the
    spec's constraints. Then the most required fields."""
    fields = op.body.required_fields if op.body is not None else ()
    unknown = Value("literal", "...")
    known = all(values.argument(f) != unknown for f in fields)
    return bool(fields) and known, len(fields)


def _built(op: Operation, values: Values) -> Value:
    """The body's model built from the values the example gave its arguments."""
    assert op.body is not None and op.body.model is not None
    name = op.body.model.name
    model = values.models[name]
    given = {f.wire_name: values.argument(f) for f in op.body.required_fields}
    values.imports.add(name)
    args = tuple(
        (f.py_name, given[f.wire_name]) for f in model.fields if f.wire_name in given
    )
    return Value("model", name, args)


def _body_model(op: Operation) -> TypeRef:
    """The model class `op` takes as its body (a candidate has one)."""
    assert op.body is not None and op.body.model is not None
    return op.body.model


def _changed_field(api: Api, op: Operation) -> tuple[str, Value] | None:
    """A field of the body's model to change in the example, and a value for it."""
    assert op.body is not None and op.body.model is not None
    values = Values(api)
    model = values.models[op.body.model.name]
    sent = {f.wire_name for f in op.body.fields}  # not the read-only ones
    for f in model.fields:
        if f.wire_name in sent and not f.type.refs:
            return f.py_name, values.argument(f)
    return None


def downloads(api: Api) -> Downloads | None:
    ops = [
        (r, op)
        for r in api.resources
        for op in r.operations
        if any(x.kind in ("binary", "text") for x in op.success_responses)
    ]
    if not ops:
        return None
    binary = [(r, op) for r, op in ops if op.return_type == builtin("bytes")]
    r, op = (binary or ops)[0]
    first = Call(r.attr, op.method_name, Values(api).arguments(op.arguments))
    return Downloads(tuple(Call(res.attr, o.method_name) for res, o in ops), first)
