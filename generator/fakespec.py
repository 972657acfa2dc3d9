"""The data behind each package's `testing` fake: routes, checks and canned answers.

Built from the spec and shipped as `_fake_spec.json` inside the package; the fake runtime
(templates/runtime/_fake.py) interprets it. Schemas keep their `$ref`s, pointing into one
shared `schemas` table, so the file stays proportional to the spec. Answers are the spec's
examples, or values synthesized from the schema. Spec text only ever becomes JSON data.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit

from generator.build import Builder, Node
from generator.journal import Fake, FakePart
from generator.load import resolve_pointer
from generator.model import Api, Operation

_KEEP = (
    "type", "properties", "required", "items", "enum", "nullable", "minLength", "maxLength",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern",
    "additionalProperties", "oneOf", "anyOf", "allOf", "minItems", "maxItems", "const", "format",
)  # fmt: skip


class _Schemas:
    """Converts spec schemas to the fake's form; each referenced schema is stored once."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.table: dict[str, Any] = {}
        self.edges: dict[str, set[str]] = {}  # key -> the keys its schema refers to
        self.refs: set[str] = set()  # keys referred to since this was last emptied

    def _key(self, target: Node) -> str:
        """A referenced schema's key in the table: its file relative to the root spec's
        folder ("" for the root itself) and its pointer. Never the path the spec was given
        by, which would make the output depend on how generation was invoked."""
        ws = self.builder.ws
        if target.doc is ws.root:
            name = ""
        elif target.doc.path.is_relative_to(ws.base_dir):
            name = target.doc.path.relative_to(ws.base_dir).as_posix()
        else:
            name = target.doc.path.name
        return f"{name}#{target.pointer}"

    def convert(self, node: Node | None) -> Any:
        if node is None:
            return {}
        value = node.value
        if node.is_ref:
            target = self.builder.deref(node)
            key = self._key(target)
            self.refs.add(key)
            if key not in self.table:
                self.table[key] = {}  # placeholder first: recursive schemas terminate
                outer, self.refs = self.refs, set()
                self.table[key] = self.convert(target)
                self.edges[key], self.refs = self.refs, outer
            return {"$ref": key}
        if not isinstance(value, dict):
            return {}
        out: dict[str, Any] = {}
        for k in _KEEP:
            if k not in value:
                continue
            v = value[k]
            if k == "properties" and isinstance(v, dict):
                out[k] = {str(p): self.convert(node.child(k, p)) for p in v}
            elif k in ("items", "additionalProperties") and isinstance(v, dict):
                out[k] = self.convert(node.child(k))
            elif k in ("oneOf", "anyOf", "allOf") and isinstance(v, list):
                out[k] = [self.convert(node.child(k, i)) for i in range(len(v))]
            else:
                out[k] = v
        return out


_SAMPLES = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
}


def synthesize(schema: Any, table: dict[str, Any], depth: int = 0) -> Any:
    """A value conforming to `schema` (as far as the fake checks), for answers without examples."""
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "$ref" in schema:
        return synthesize(table.get(schema["$ref"], {}), table, depth + 1)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return synthesize(schema[key][0], table, depth + 1)
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = synthesize(part, table, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if t == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        # deep optional branches are left out so recursive models terminate
        keep = props if depth < 4 else {k: v for k, v in props.items() if k in required}
        return {k: synthesize(v, table, depth + 1) for k, v in keep.items()}
    if t == "array":
        return (
            [synthesize(schema.get("items") or {}, table, depth + 1)]
            if depth < 6
            else []
        )
    if t == "integer":
        return int(schema.get("minimum", 1) or 1)
    if t == "number":
        return float(schema.get("minimum", 1.0) or 1.0)
    if t == "boolean":
        return True
    if t == "string":
        fmt = schema.get("format")
        if fmt in _SAMPLES:
            return _SAMPLES[fmt]
        return "x" * max(int(schema.get("minLength", 0) or 0), 6)
    return None


def _example(media: Node) -> tuple[bool, Any]:
    value = media.value
    if not isinstance(value, dict):
        return False, None
    if "example" in value:
        return True, value["example"]
    examples = value.get("examples")
    if isinstance(examples, dict):
        for ex in examples.values():
            if isinstance(ex, dict) and "value" in ex:
                return True, ex["value"]
    schema = value.get("schema")
    if isinstance(schema, dict) and "example" in schema:
        return True, schema["example"]
    return False, None


def _responses(schemas: _Schemas, node: Node, op: Operation) -> dict[str, Any]:
    builder = schemas.builder
    out: dict[str, Any] = {}
    responses = node.child("responses")
    for status in responses.value or {}:
        if str(status).startswith("x-"):
            continue
        r = builder.deref(responses.child(status))
        key = str(status).upper() if status != "default" else "default"
        match = next((x for x in op.responses if x.status == key), None)
        entry: dict[str, Any] = {}
        if (
            match is not None
            and match.content_type
            and isinstance(r.get("content"), dict)
        ):
            media = r.child("content", match.content_type)
            found, value = _example(media)
            if not found:
                schema = (
                    media.child("schema")
                    if isinstance(media.get("schema"), dict)
                    else None
                )
                value = synthesize(schemas.convert(schema), schemas.table)
            if match.kind == "text" and not isinstance(value, str):
                value = "" if value is None else json.dumps(value)
            entry.update(content_type=match.content_type, kind=match.kind, body=value)
        headers = r.get("headers")
        if isinstance(headers, dict):
            values = {}
            for name in headers:
                h = builder.deref(r.child("headers", name))
                if "example" in (h.value or {}):
                    value = h.get("example")
                else:
                    schema = (
                        h.child("schema") if isinstance(h.get("schema"), dict) else None
                    )
                    value = synthesize(schemas.convert(schema), schemas.table)
                if value is not None:
                    values[str(name)] = str(value)
            entry["headers"] = values
        out[key] = entry
    return out


def _raw_params(builder: Builder, node: Node) -> dict[tuple[str, str], Node]:
    out: dict[tuple[str, str], Node] = {}
    parent_pointer = node.pointer.rsplit("/", 1)[0]
    try:
        parent_value = resolve_pointer(node.doc.data, parent_pointer)
    except (KeyError, IndexError, TypeError):
        parent_value = None
    for owner in (Node(node.doc, parent_pointer, parent_value), node):
        for ref in builder._iter_list(owner, "parameters"):
            p = builder.deref(ref)
            if isinstance(p.value, dict) and isinstance(p.get("name"), str):
                out[(str(p.get("in")), p.get("name"))] = p
    return out


def fake_spec(
    builder: Builder,
    api: Api,
    earlier: Fake | None = None,
    unchanged: Collection[tuple[str, str]] = (),
) -> tuple[str, Fake]:
    """The JSON document the package's fake runs on, and its parts for the next build.

    An operation in `unchanged` (its model and everything its spec text reaches are as
    they were when `earlier` was made: see generator.journal) reuses its earlier part."""
    schemas = _Schemas(builder)
    parts: dict[tuple[str, str], FakePart] = {}
    for r in api.resources:
        for op in r.operations:
            where = (op.http_method, op.path)
            name = f"{r.attr}.{op.method_name}"
            part = earlier.operations.get(where) if earlier is not None else None
            if part is None or part.name != name or where not in unchanged:
                schemas.refs = set()
                text = _dumps(_operation(schemas, op, name))
                part = FakePart(name, text, _reach(schemas.refs, schemas.edges))
            parts[where] = part
    table: dict[str, str] = {}
    for part in parts.values():
        for key in part.reach:
            if key in table:
                continue
            if key in schemas.table:
                table[key] = _dumps(schemas.table[key])
            else:
                assert earlier is not None  # reached only by reused parts
                table[key] = earlier.schemas[key]
    scheme_table: dict[str, dict[str, Any]] = {
        s.name: {"kind": s.kind, "in": s.location, "name": s.wire_name}
        for s in api.security_schemes
    }
    for s in api.security_schemes:  # the fake answers the token requests too
        if s.flows:
            scheme_table[s.name]["token_paths"] = sorted(
                {urlsplit(url).path for _, url in s.flows}
            )
    bases = sorted({urlsplit(s.url).path.rstrip("/") for s in api.servers})
    # what json.dumps(sort_keys=True) gives for the whole document, from its parts
    text = (
        f'{{"base_paths":{_dumps(bases)},'
        f'"operations":[{",".join(p.text for p in parts.values())}],'
        f'"schemas":{{{",".join(f"{_dumps(k)}:{table[k]}" for k in sorted(table))}}},'
        f'"schemes":{_dumps(scheme_table)}}}\n'
    )
    return text, Fake(parts, table)


def _dumps(value: Any) -> str:
    return json.dumps(
        value, indent=None, sort_keys=True, separators=(",", ":"), default=str
    )


def _reach(refs: set[str], edges: dict[str, set[str]]) -> tuple[str, ...]:
    """The keys `refs` refer to, directly or not."""
    seen = set(refs)
    todo = list(refs)
    while todo:
        for key in edges.get(todo.pop(), ()):
            if key not in seen:
                seen.add(key)
                todo.append(key)
    return tuple(sorted(seen))


def _operation(schemas: _Schemas, op: Operation, name: str) -> dict[str, Any]:
    """One operation's entry."""
    builder = schemas.builder
    node = builder._op_nodes[(op.http_method, op.path)]
    raw = _raw_params(builder, node)
    params = []
    for param in op.params:
        found = raw.get((param.location, param.wire_name))
        schema_node = (
            found.child("schema")
            if found is not None and isinstance(found.get("schema"), dict)
            else None
        )
        schema = schemas.convert(schema_node)
        entry = {
            "name": param.wire_name,
            "in": param.location,
            "required": param.required,
            "schema": schema,
        }
        # how the client serialises a query value, where that is not form + explode
        # (path, header and cookie values are always comma-joined)
        if param.location == "query" and (param.style, param.explode) != ("form", True):
            entry.update(style=param.style, explode=param.explode)
        params.append(entry)
    body = None
    if op.body is not None:
        rb = builder.deref(node.child("requestBody"))
        media = rb.child("content", op.body.content_type)
        schema_node = (
            media.child("schema") if isinstance(media.get("schema"), dict) else None
        )
        body = {
            "required": op.body.required,
            "content_type": op.body.content_type,
            "kind": op.body.kind,
            "schema": schemas.convert(schema_node),
        }
    statuses = {x.status for x in op.responses}
    paging = _paging(op)
    return {
        "name": name,
        "operation_id": op.operation_id,
        "method": op.http_method,
        "path": op.path,
        "params": params,
        "body": body,
        "security": [list(alt) for alt in op.security],
        "responses": _responses(schemas, node, op),
        "success": next((x.status for x in op.responses if x.is_success), "200"),
        "invalid": "422" if "422" in statuses else "400",
        **({"paging": paging} if paging is not None else {}),
    }


def _paging(op: Operation) -> dict[str, Any] | None:
    """How the fake serves the pages of a list that pages (generator.pagination):
    wire names of the arguments and answer fields it reads and writes."""
    p = op.pagination
    if p is None:
        return None
    wire = {param.py_name: param.wire_name for param in op.params}
    out: dict[str, Any] = {"style": p.style, "first_page": p.first_page}
    for key, arg in (
        ("page", p.page_param),
        ("size", p.size_param),
        ("cursor", p.cursor_param),
    ):
        if arg is not None:
            out[key] = wire[arg]
    for key, pair in (
        ("items", p.items),
        ("next_cursor", p.cursor_field),
        ("has_more", p.has_more_field),
    ):
        if pair is not None:
            out[key] = pair[1]
    if p.style == "link":  # the fake's own next links carry a page number and size
        out.setdefault("page", "page")
        out.setdefault("size", "per_page")
    return out
