"""Operations: their parameters, request bodies and responses, in the model's terms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from generator import files, naming
from generator.build.node import Node, example_of, scalar, text
from generator.build.schemas import ANY, BYTES, NONE, STR, SchemaBuilder, distinct
from generator.build.security import SecurityBuilder
from generator.model import (
    BodyKind,
    Field,
    Operation,
    Parameter,
    ParamLocation,
    RequestBody,
    Response,
    ResponseHeader,
    ResultKind,
    SecurityScheme,
    TypeRef,
    builtin,
)

_JSON_CT = re.compile(
    r"^application/([\w.-]+\+)?json(;.*)?$|^\*/\*$|^application/\*$", re.I
)
DEFAULT_TAG = "default"


class OperationBuilder(SchemaBuilder, SecurityBuilder):
    def _operation(
        self,
        path: str,
        method: str,
        item: Node,
        node: Node,
        root_security: tuple[tuple[str, ...], ...],
        schemes: tuple[SecurityScheme, ...],
    ) -> Operation:
        op_id = node.get("operationId")
        if not isinstance(op_id, str) or not naming.words(op_id):
            op_id = f"{method} {path}"
        context = naming.pascal(op_id)
        tags = node.get("tags")
        tag = str(tags[0]) if isinstance(tags, list) and tags else DEFAULT_TAG
        arg_names = naming.Namer(naming.CALL_OPTIONS)
        params = self._parameters(item, node, arg_names, context)
        body = self._request_body(node, arg_names, context)
        responses = self._responses(node, context)
        success = [r for r in responses if r.is_success]
        if not success:
            return_type = ANY
        else:
            members = distinct([r.type for r in success])
            return_type = (
                members[0]
                if len(members) == 1
                else TypeRef("alternatives", args=tuple(members))
            )
        security_node = node.child("security")
        security = (
            self._security(security_node, schemes)
            if security_node.value is not None
            else root_security
        )
        return Operation(
            operation_id=op_id,
            method_name=naming.snake(op_id, prefix="op_"),
            http_method=method.upper(),
            path=path,
            summary=text(node.get("summary")),
            description=text(node.get("description")),
            tag=tag,
            params=params,
            body=body,
            responses=responses,
            return_type=return_type,
            security=security,
            deprecated=node.get("deprecated") is True,
            source=f"{node.doc.display_name}#{node.pointer}",
            ordered=self._ordered(node, params),
        )

    def _ordered(
        self, node: Node, params: tuple[Parameter, ...]
    ) -> tuple[tuple[str, str], ...]:
        """x-clientgen-ordered: [[a, b], ...]: argument a must not be later than b."""
        value = node.get("x-clientgen-ordered")
        if value is None:
            return ()
        by_wire = {p.wire_name: p.py_name for p in params}
        out = []
        pairs = value if isinstance(value, list) else [None]
        for i, pair in enumerate(pairs):
            if (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(x, str) and x in by_wire for x in pair)
            ):
                out.append((by_wire[pair[0]], by_wire[pair[1]]))
            else:
                where = node.child("x-clientgen-ordered", i)
                self.problems.add(
                    where.doc.location(where.pointer),
                    "must be a list of [first, second] parameter-name pairs of this operation",
                )
        return tuple(out)

    def _parameters(
        self, item: Node, node: Node, names: naming.Namer, context: str
    ) -> tuple[Parameter, ...]:
        collected: dict[tuple[str, str], Node] = {}
        for owner in (item, node):
            for p in self._iter_list(owner, "parameters"):
                p = self.deref(p)
                if isinstance(p.value, dict) and isinstance(p.get("name"), str):
                    collected[(str(p.get("in")), p.get("name"))] = p
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        out = []
        for (loc, wire), p in sorted(
            collected.items(), key=lambda kv: order.get(kv[0][0], 9)
        ):
            if loc not in order:
                self.warn(
                    p,
                    f"parameter location '{loc}' is not supported; parameter '{wire}' skipped",
                )
                continue
            if loc == "header" and wire.lower() in (
                "accept",
                "content-type",
                "authorization",
            ):
                self.warn(
                    p,
                    f"header parameter '{wire}' is managed by the client; not an argument",
                )
                continue
            schema = p.child("schema") if isinstance(p.get("schema"), dict) else None
            if (
                schema is None
                and isinstance(p.get("content"), dict)
                and p.get("content")
            ):
                ct = next(iter(p.get("content")))
                schema = p.child("content", ct, "schema")
            t = (
                self.schema_type(schema, context + naming.pascal(wire))
                if schema
                else STR
            )
            s = self.deref(schema) if schema else None
            local_dt = p.get("x-clientgen-local-datetime") is True or bool(
                s and s.get("x-clientgen-local-datetime") is True
            )
            if local_dt:
                t = builtin("local-datetime")
            out.append(
                Parameter(
                    wire,
                    names.take(naming.snake(wire)),
                    cast(ParamLocation, loc),
                    t,
                    required=loc == "path" or p.get("required") is True,
                    description=text(
                        p.get("description") or (s.get("description") if s else "")
                    ),
                    explode=p.get("explode", p.get("style", "form") == "form") is True,
                    style=str(
                        p.get("style")
                        or ("simple" if loc in ("path", "header") else "form")
                    ),
                    local_datetime=local_dt,
                    example=scalar(example_of(p, s)),
                )
            )
        return tuple(out)

    def _body_model(self, schema: Node | None) -> TypeRef | None:
        """The model class a request body's schema names, so that the method also takes
        the body whole (`RequestBody.whole`, the overloads of generator.signatures): a
        `$ref` (or an `allOf` of one `$ref`) to an object schema the build has made a
        class of; None for an inline schema."""
        if schema is None:
            return None
        node = schema
        if not node.is_ref:
            single = self._single_allof(node)
            if single is None or not single.is_ref:
                return None
            node = single
        name = self._named.get(self.deref(node).key)
        if name is None or name not in self.models:
            return None
        return TypeRef("model", name)

    def _request_body(
        self, node: Node, names: naming.Namer, context: str
    ) -> RequestBody | None:
        rb = node.child("requestBody")
        if rb.value is None:
            return None
        rb = self.deref(rb)
        content = rb.get("content")
        if not isinstance(content, dict) or not content:
            return None
        picked, picked_kind = pick_content(content.keys())
        ct: str = picked if picked is not None else str(next(iter(content)))
        kind: BodyKind = picked_kind if picked_kind is not None else "binary"
        media = rb.child("content", ct)
        required = rb.get("required") is True
        description = text(rb.get("description"))
        schema = (
            media.child("schema") if isinstance(media.get("schema"), dict) else None
        )
        if kind == "binary":
            return RequestBody(
                ct,
                kind,
                required,
                body_type=builtin("upload"),
                description=description,
            )
        if kind == "text":
            return RequestBody(
                ct, kind, required, body_type=STR, description=description
            )
        target = self.deref(schema) if schema else None
        if (
            target is not None
            and self._is_object(target)
            and not target.get("oneOf")
            and not target.get("anyOf")
        ):
            props, req = self._merged_properties(target)
            documented = example_of(media, target)  # the whole body's example
            fields = []
            for wire, prop in props.items():
                pn = self.deref(prop)
                if pn.get("readOnly") is True:
                    continue
                file = (
                    files.file_type(prop, self.deref) if kind == "multipart" else None
                )
                t = file or self.schema_type(
                    prop, context + "Body" + naming.pascal(wire)
                )
                example = example_of(pn)
                if example is None and isinstance(documented, dict):
                    example = documented.get(wire)
                fields.append(
                    Field(
                        wire,
                        names.take(naming.snake(wire)),
                        t,
                        wire in req,
                        text(pn.get("description")),
                        scalar(pn.get("default")),
                        scalar(example),
                    )
                )
            return RequestBody(
                ct,
                kind,
                required or bool(req),
                fields=tuple(fields),
                description=description,
                model=self._body_model(schema),
            )
        t = self.schema_type(schema, context + "Body") if schema else ANY
        if kind in ("form", "multipart") and not t.is_any:
            t = builtin("form")
        names.reserve("body")
        return RequestBody(ct, kind, required, body_type=t, description=description)

    def _responses(self, node: Node, context: str) -> tuple[Response, ...]:
        out = []
        responses = node.child("responses")
        for status in responses.value or {}:
            if status.startswith("x-"):
                continue
            r = self.deref(responses.child(status))
            content = r.get("content")
            headers = self._response_headers(r)
            desc = text(r.get("description"))
            s = str(status).upper() if status != "default" else "default"
            if not isinstance(content, dict) or not content:
                out.append(Response(s, desc, None, "empty", NONE, headers))
                continue
            ct, kind = pick_content(content.keys(), response=True)
            rkind: ResultKind = (
                "binary"
                if kind in (None, "binary", "multipart", "form")
                else ("text" if kind == "text" else "json")
            )
            ct = ct or next(iter(content))
            if rkind == "json":
                media = r.child("content", ct)
                schema = (
                    media.child("schema")
                    if isinstance(media.get("schema"), dict)
                    else None
                )
                suffix = "Response" if s.startswith("2") else f"Error{s}"
                t = self.schema_type(schema, context + suffix) if schema else ANY
            else:
                t = STR if rkind == "text" else BYTES
            out.append(Response(s, desc, ct, rkind, t, headers))
        return tuple(out)

    def _response_headers(self, r: Node) -> tuple[ResponseHeader, ...]:
        headers = r.get("headers")
        if not isinstance(headers, dict):
            return ()
        out = []
        for name in headers:
            h = self.deref(r.child("headers", name))
            schema = h.child("schema") if isinstance(h.get("schema"), dict) else None
            t = (
                self.schema_type(schema, "Header" + naming.pascal(name))
                if schema
                else STR
            )
            out.append(ResponseHeader(str(name), t, text(h.get("description"))))
        return tuple(out)


def pick_content(
    types: Iterable[str], response: bool = False
) -> tuple[str | None, BodyKind | None]:
    kinds: list[tuple[int, str, BodyKind]] = []
    for ct in types:
        low = ct.lower().split(";")[0].strip()
        if _JSON_CT.match(low):
            kinds.append((0, ct, "json"))
        elif low == "application/x-www-form-urlencoded":
            kinds.append((1, ct, "form"))
        elif low == "multipart/form-data" or low.startswith("multipart/"):
            kinds.append((2, ct, "multipart"))
        elif (
            low.startswith("text/")
            or low in ("application/xml",)
            or low.endswith("+xml")
        ):
            kinds.append((4 if not response else 3, ct, "text"))
        else:
            kinds.append((3 if not response else 4, ct, "binary"))
    if not kinds:
        return None, None
    kinds.sort(key=lambda k: k[0])
    return kinds[0][1], kinds[0][2]
