"""README examples for request bodies given whole and for streamed downloads.

`examples(api)` adds to the README's example values (generator.render._example):
`body_whole`, a call giving a body's fields as arguments and then the body whole (the
get -> modify -> update round trip where the API returns the body's model, else a model
built from its required fields, and a dict); and `downloads`, the operations answering a
non-JSON body with a streamed download of the first. Empty strings where the API has none.
"""

from __future__ import annotations

from generator import examples
from generator.model import Api, Operation, Resource


def examples_for(api: Api) -> dict[str, str]:
    values = examples.Values(api)
    body = _body_whole(api, values)
    imports = values.import_line(api.package)
    return {
        "body_whole": (imports + "\n" if imports and body else "") + body,
        **_downloads(api),
    }


def _args(values: examples.Values, op: Operation, *, body: bool) -> list[str]:
    """`name=value` for the operation's required arguments (the body's only if `body`)."""
    own = {f.py_name for f in op.body.fields} if op.body else set()
    return [
        f"{a.py_name}={values.argument(a)}"
        for a in op.arguments
        if a.required and (body or a.py_name not in own)
    ]


def _body_whole(api: Api, values: examples.Values) -> str:
    candidates = [
        (r, op)
        for r in api.resources
        for op in r.operations
        if op.body is not None and op.body.whole and op.body.model is not None
    ]
    # the get -> modify -> update round trip where the API has one, else the body with
    # the most required fields (the first of them)
    found = next((c for c in candidates if _returned_by(api, c[1])), None)
    probe = examples.Values(api)  # its imports are not the example's
    found = found or max(
        candidates, key=lambda c: _required_fields(probe, c), default=None
    )
    if found is None:
        return ""
    r, op = found
    assert op.body is not None and op.body.model is not None
    call = f"client.{r.attr}.{op.method_name}"
    rest = _args(values, op, body=False)
    lines = [
        "# the body's fields as keyword arguments ...",
        f"{call}({', '.join(_args(values, op, body=True))})",
    ]
    getter = _returned_by(api, op)
    var = "item"
    if getter is not None:
        g_res, g_op = getter
        field = _changed_field(api, op)
        lines += [
            "# ... or the whole body: its model (sent as its to_dict()), e.g. one the API"
            " returned, changed",
            f"{var} = client.{g_res.attr}.{g_op.method_name}"
            f"({', '.join(_args(values, g_op, body=True))})",
        ]
        if field is not None:
            lines.append(f"{var}.{field[0]} = {field[1]}")
    else:
        lines += [
            "# ... or the whole body: its model (sent as its to_dict()) or a dict",
            f"{var} = {_built(api, op, values)}",
        ]
    lines.append(f"{call}({', '.join([*rest, f'body={var}'])})")
    if getter is None:
        lines.append(f"{call}({', '.join([*rest, f'body={var}.to_dict()'])})")
    return "\n".join(lines)


def _required_fields(
    values: examples.Values, candidate: tuple[Resource, Operation]
) -> tuple[bool, int]:
    """Bodies whose required fields all get real values first (a documented example, an
    enum's value; not "..."): the example must run against the fake, which checks the
    spec's constraints. Then the most required fields."""
    body = candidate[1].body
    fields = [f for f in body.fields if f.required] if body is not None else []
    known = all(values.argument(f) != '"..."' for f in fields)
    return bool(fields) and known, len(fields)


def _built(api: Api, op: Operation, values: examples.Values) -> str:
    """The body's model built from the values the example gave its arguments."""
    assert op.body is not None and op.body.model is not None
    name = op.body.model.annotation
    model = next(m for m in api.models if m.name == name)
    given = {f.wire_name: values.argument(f) for f in op.body.fields if f.required}
    values.imports.add(name)
    args = [
        f"{f.py_name}={given[f.wire_name]}"
        for f in model.fields
        if f.wire_name in given
    ]
    return f"{name}({', '.join(args)})"


def _returned_by(api: Api, op: Operation) -> tuple[Resource, Operation] | None:
    """A GET operation answering the model `op` takes as its body."""
    model = op.body.model.annotation if op.body and op.body.model else None
    for r in api.resources:
        for o in r.operations:
            if o.http_method == "GET" and o.return_type.annotation == model:
                return r, o
    return None


def _changed_field(api: Api, op: Operation) -> tuple[str, str] | None:
    """A field of the body's model to change in the example, and a value for it."""
    assert op.body is not None and op.body.model is not None
    model = next(m for m in api.models if m.name == op.body.model.annotation)
    values = examples.Values(api)
    sent = {f.wire_name for f in op.body.fields}  # not the read-only ones
    for f in model.fields:
        if f.wire_name in sent and not f.type.refs:
            return f.py_name, values.argument(f)
    return None


def _downloads(api: Api) -> dict[str, str]:
    """The operations answering a body that is not JSON, and a streamed download."""
    ops = [
        (r, op)
        for r in api.resources
        for op in r.operations
        if any(x.kind in ("binary", "text") for x in op.success_responses)
    ]
    if not ops:
        return {"downloads": "", "download": ""}
    binary = [(r, op) for r, op in ops if op.return_type.annotation == "bytes"]
    r, op = (binary or ops)[0]
    args = ", ".join(_args(examples.Values(api), op, body=True))
    names = ", ".join(f"`client.{res.attr}.{o.method_name}`" for res, o in ops)
    call = f"client.{r.attr}.with_streaming_response.{op.method_name}({args})"
    return {
        "downloads": names,
        "download": (
            f"with {call} as response:\n"
            '    with open("download.bin", "wb") as f:\n'
            "        for chunk in response.iter_bytes():\n"
            "            f.write(chunk)"
        ),
    }
