"""An in-process fake of the API, answering from its spec — for testing code that uses the client.

It routes requests by the spec's paths and methods, checks them (security present; path,
query, header and body against the spec) and answers a spec-shaped error when a request is
wrong, so a mistake shows in your tests as it would against the real API. By default each
operation answers with the spec's documented example (or a value synthesized from its schema).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote

import httpx

__all__ = ["FAKE_BASE_URL", "Call", "FakeAPI", "Reply"]

#: The address of the fake's http clients, for specs that declare no absolute server.
FAKE_BASE_URL = "https://fake.test"


@dataclass(frozen=True)
class Reply:
    """An explicit answer: status, JSON body (or raw `content`) and headers."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes | None = None


@dataclass(frozen=True)
class Call:
    """One request the fake received, and the status it answered."""

    name: str  # "resource.method", e.g. "server_management.reboot_server"
    operation_id: str
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: httpx.Headers
    body: Any  # parsed JSON, a form dict, raw bytes, or None
    status: int
    request: httpx.Request


Answer = Reply | Callable[[Call], Any] | Any


class _Route:
    """One operation's path template as an anchored regular expression."""

    def __init__(self, op: dict[str, Any]) -> None:
        self.op = op
        self.names: list[str] = []
        pattern = ""
        for part in re.split(r"(\{[^{}]+\})", op["path"]):
            if part.startswith("{") and part.endswith("}"):
                pattern += f"(?P<p{len(self.names)}>[^/]+)"
                self.names.append(part[1:-1])
            else:
                pattern += re.escape(part)
        self.regex = re.compile(f"^{pattern}/?$")


class FakeAPI:
    """A fake of one API: use `http_client()` / `async_http_client()` as the client's http_client."""

    def __init__(self, spec: str | Mapping[str, Any], *, validate: bool = True) -> None:
        self._spec: Mapping[str, Any] = (
            json.loads(spec) if isinstance(spec, str) else spec
        )
        self.validate = validate
        self._routes = [_Route(op) for op in self._spec["operations"]]
        # the servers' base paths, longest first ("/api" for https://host/api)
        self._bases = sorted(
            {str(b).rstrip("/") for b in self._spec.get("base_paths", [])} | {""},
            key=len,
            reverse=True,
        )
        # literal segments beat parameters: "/contact/privileges" before "/contact/{id}"
        self._routes.sort(key=lambda r: (len(r.names), -len(r.op["path"])))
        self._by_name = {}
        for r in self._routes:
            self._by_name[r.op["name"]] = r.op
            self._by_name[r.op["operation_id"]] = r.op
        self._answers: dict[str, list[Answer]] = {}
        self._stored: dict[str, tuple[list[Any], int]] = {}
        self.calls: list[Call] = []

    # -- configuring ---------------------------------------------------------------
    def _operation(self, name: str, *, known: bool = False) -> dict[str, Any]:
        """Operation `name` ("resource.method" or operationId); KeyError if there is none
        (with `known`, the message lists the operations there are)."""
        op = self._by_name.get(name)
        if op is None:
            message = f"no operation {name!r}"
            if known:
                message += (
                    f"; known: {sorted(o['name'] for o in self._spec['operations'])}"
                )
            raise KeyError(message)
        return op

    def override(self, name: str, *answers: Answer) -> None:
        """Answer operation `name` ("resource.method" or operationId) differently.

        Each answer is a `Reply`, a callable taking the `Call` and returning an answer, or any
        other value (sent as a 200 JSON body; for a list that pages, its items are served a
        page at a time, as with `store_items`). Several answers are used in turn; the last
        one repeats.
        """
        op = self._operation(name, known=True)
        if not answers:
            raise ValueError("give at least one answer")
        self._answers[op["name"]] = list(answers)

    def store_items(self, name: str, items: Any, *, page_size: int = 10) -> None:
        """Serve list operation `name` (one that pages) from `items`, a page at a time.

        The fake answers as the API pages: the page number and size, the offset and
        limit, or the cursor the request carries select the items; a `Link: <...>;
        rel="next"` header, the next cursor or `has_more` say whether more follow. The
        page size is the one the request asks for, else `page_size`. Without stored
        items, a list that pages serves the spec's example items the same way.
        """
        op = self._operation(name)
        if "paging" not in op:
            raise ValueError(f"{name!r} is not a list that pages")
        if page_size < 1:
            raise ValueError("page_size must be 1 or more")
        self._stored[op["name"]] = (list(items), page_size)

    def reset(self) -> None:
        """Forget overrides, stored items and recorded calls."""
        self._answers.clear()
        self._stored.clear()
        self.calls.clear()

    def calls_to(self, name: str) -> list[Call]:
        """The recorded calls of one operation ("resource.method" or operationId)."""
        op = self._operation(name)
        return [c for c in self.calls if c.name == op["name"]]

    # -- wiring --------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An httpx.Client served by this fake: pass it as the client's `http_client=`.

        Its base URL (FAKE_BASE_URL unless you pass `base_url=`) is the one a client
        uses when neither you nor the spec give one."""
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        return httpx.Client(transport=self.transport(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient served by this fake (for the async client)."""
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        return httpx.AsyncClient(transport=self.transport(), **kwargs)

    # -- answering -----------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        path = unquote(request.url.path)
        query = parse_qs(
            request.url.query.decode("ascii", "replace"), keep_blank_values=True
        )
        body = _parse_body(request)
        route, params, local = self._route(request.method, path)
        if route is None and request.method == "POST" and self._token_path(path):
            self.calls.append(
                Call(
                    "token",
                    "",
                    "POST",
                    path,
                    {},
                    query,
                    request.headers,
                    body,
                    200,
                    request,
                )
            )
            return httpx.Response(
                200,
                json={
                    "access_token": "fake-access-token",
                    "token_type": "bearer",
                    "expires_in": 3600,
                },
            )
        if route is None:
            known = local is not None and any(
                r.regex.match(local) for r in self._routes
            )
            code = 405 if known else 404
            self.calls.append(
                Call(
                    "",
                    "",
                    request.method,
                    path,
                    {},
                    query,
                    request.headers,
                    body,
                    code,
                    request,
                )
            )
            return httpx.Response(
                code,
                json={"message": f"fake: no operation for {request.method} {path}"},
            )
        op = route.op
        call_args = (
            op["name"],
            op["operation_id"],
            request.method,
            path,
            params,
            query,
            request.headers,
            body,
        )
        problem = (
            self._check(op, request, params, query, body) if self.validate else None
        )
        if problem is not None:
            status, message = problem
            response = self._error(op, status, message)
        else:
            probe = Call(*call_args, status=0, request=request)
            try:
                response = self._answer(op, probe)
            except BaseException:
                self.calls.append(
                    probe
                )  # a callable answer raised (e.g. a simulated timeout)
                raise
        self.calls.append(
            Call(*call_args, status=response.status_code, request=request)
        )
        return response

    def _token_path(self, path: str) -> bool:
        """An OAuth2 token endpoint of the spec (its tokenUrl, resolved as the client does)."""
        for scheme in self._spec["schemes"].values():
            for token in scheme.get("token_paths", []):
                tail = "/" + token.lstrip("/")
                if token and (path == tail or path.endswith(tail)):
                    return True
        return False

    def _route(
        self, method: str, path: str
    ) -> tuple[_Route | None, dict[str, str], str | None]:
        """(route, path parameters, path below the base) for a request path."""
        for base in self._bases:
            if base and not (path == base or path.startswith(base + "/")):
                continue
            local = path[len(base) :] or "/"
            matched = False
            for r in self._routes:
                m = r.regex.match(local)
                if m is None:
                    continue
                matched = True
                if r.op["method"] == method:
                    return (
                        r,
                        {n: m.group(f"p{i}") for i, n in enumerate(r.names)},
                        local,
                    )
            if matched:
                return None, {}, local
        return None, {}, None

    def _answer(self, op: dict[str, Any], call: Call) -> httpx.Response:
        queue = self._answers.get(op["name"])
        if queue:
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
            while callable(answer) and not isinstance(answer, Reply):
                answer = answer(call)
            if isinstance(answer, Reply):
                if answer.content is not None:
                    return httpx.Response(
                        answer.status,
                        content=answer.content,
                        headers=dict(answer.headers),
                    )
                if answer.body is None:
                    return httpx.Response(answer.status, headers=dict(answer.headers))
                return httpx.Response(
                    answer.status, json=answer.body, headers=dict(answer.headers)
                )
            if "paging" in op:  # a list that pages serves the value's items as pages
                return self._page(op, call, answer)
            return httpx.Response(
                200, json=answer, headers=self._headers(op, op["success"])
            )
        if "paging" in op:
            return self._page(op, call)
        return self._documented(op, op["success"])

    def _page(
        self, op: dict[str, Any], call: Call, answer: Any = None
    ) -> httpx.Response:
        """One page of the stored items (else those of the override's value, else of
        the example), as the API pages."""
        paging = op["paging"]
        style = paging["style"]
        example = (
            op["responses"].get(op["success"], {}).get("body")
            if answer is None
            else answer
        )
        stored = self._stored.get(op["name"]) if answer is None else None
        if stored is not None:
            items, default_size = stored
        else:
            found = example
            if "items" in paging:
                found = (
                    example.get(paging["items"]) if isinstance(example, dict) else []
                )
            items, default_size = (list(found) if isinstance(found, list) else []), 10

        def number(key: str, default: int) -> int:
            values = call.query.get(paging.get(key, ""), [])
            try:
                return int(values[0]) if values else default
            except ValueError:
                return default

        size = max(number("size", default_size), 1)
        first = int(paging.get("first_page", 1))
        if style in ("page", "link"):
            page = number("page", first)
            start = (page - first) * size
        elif style == "offset":
            start = number("page", 0)
        else:
            token = (call.query.get(paging["cursor"]) or [""])[0]
            start = int(token[12:]) if re.fullmatch(r"fake-cursor-\d+", token) else 0
        start = max(start, 0)
        chunk = items[start : start + size]
        more = start + size < len(items)
        headers = {
            k: v
            for k, v in self._headers(op, op["success"]).items()
            if k.lower() != "link"
        }
        if style == "link" and more:
            url = call.request.url.copy_merge_params(
                {paging["page"]: str(page + 1), paging["size"]: str(size)}
            )
            headers["Link"] = f'<{url}>; rel="next"'
        if "items" not in paging:
            return httpx.Response(200, json=chunk, headers=headers)
        body = dict(example) if isinstance(example, dict) else {}
        body[paging["items"]] = chunk
        if "next_cursor" in paging:
            body[paging["next_cursor"]] = (
                f"fake-cursor-{start + size}" if more else None
            )
        if "has_more" in paging:
            body[paging["has_more"]] = more
        return httpx.Response(200, json=body, headers=headers)

    def _headers(self, op: dict[str, Any], status: str) -> dict[str, str]:
        return dict(op["responses"].get(status, {}).get("headers", {}))

    def _documented(self, op: dict[str, Any], status: str) -> httpx.Response:
        entry = op["responses"].get(status, {})
        code = (
            int(status)
            if status.isdigit()
            else (200 if status.startswith("2") else 500)
        )
        headers = dict(entry.get("headers", {}))
        kind = entry.get("kind")
        if kind is None:
            return httpx.Response(code, headers=headers)
        headers["content-type"] = entry.get("content_type", "application/json")
        if kind == "json":
            return httpx.Response(
                code, content=json.dumps(entry.get("body")).encode(), headers=headers
            )
        if kind == "text":
            return httpx.Response(
                code, content=str(entry.get("body") or "").encode(), headers=headers
            )
        return httpx.Response(
            code, content=str(entry.get("body") or "").encode(), headers=headers
        )

    def _error(self, op: dict[str, Any], status: str, message: str) -> httpx.Response:
        """A spec-shaped error: the documented example for that status with the message in it."""
        example = op["responses"].get(status, {}).get("body")
        body = _with_message(example, message)
        code = int(status)
        return httpx.Response(code, json=body, headers=self._headers(op, status))

    # -- checking --------------------------------------------------------------------
    def _check(
        self,
        op: dict[str, Any],
        request: httpx.Request,
        params: dict[str, str],
        query: dict[str, list[str]],
        body: Any,
    ) -> tuple[str, str] | None:
        if op["security"] and not any(
            self._has_auth(alt, request) for alt in op["security"]
        ):
            return "401", (
                "fake: missing or malformed credentials for "
                + " or ".join("+".join(alt) for alt in op["security"])
                if op["security"][0]
                else "401"
            )
        invalid = op["invalid"]
        table = self._spec["schemas"]
        cookies = _cookies(request)
        claimed = {p["name"] for p in op["params"] if p["in"] == "query"} | {
            s["name"] for s in self._spec["schemes"].values() if s["in"] == "query"
        }
        for p in op["params"]:
            name, where = p["name"], p["in"]
            if where == "path":
                values = _split(p, table, [params.get(name, "")])
            elif where == "query":
                values = _query_values(p, query, table, claimed)
            elif where == "header":
                found = [request.headers[name]] if name in request.headers else []
                values = _split(p, table, found)
            else:
                values = _split(p, table, [cookies[name]] if name in cookies else [])
            if not values:
                if p["required"]:
                    return invalid, f"{where} parameter '{name}' is required"
                continue
            for schema, raw in values:
                error = _check_text(schema, raw, table)
                if error:
                    return invalid, f"{where} parameter '{name}': {error}"
        spec_body = op["body"]
        if spec_body is not None:
            if body is None:
                if spec_body["required"]:
                    return invalid, "request body is required"
            elif spec_body["kind"] == "json":
                ctype = request.headers.get("content-type", "")
                if "json" not in ctype:
                    return (
                        invalid,
                        f"request body must be JSON, not {ctype or 'untyped'}",
                    )
                if isinstance(body, bytes):
                    return invalid, "request body is not valid JSON"
                errors = _check(
                    spec_body["schema"], body, "body", self._spec["schemas"]
                )
                if errors:
                    return invalid, errors[0]
        return None

    def _has_auth(self, alternative: list[str], request: httpx.Request) -> bool:
        for name in alternative:
            scheme = self._spec["schemes"].get(name)
            if scheme is None:
                return False
            if scheme["kind"] in ("basic", "bearer", "oauth2"):
                prefix = "Basic " if scheme["kind"] == "basic" else "Bearer "
                if not request.headers.get("authorization", "").startswith(prefix):
                    return False
            elif (
                (scheme["in"] == "header" and not request.headers.get(scheme["name"]))
                or (
                    scheme["in"] == "query" and scheme["name"] not in request.url.params
                )
                or (
                    scheme["in"] == "cookie"
                    and not _cookies(request).get(scheme["name"])
                )
            ):
                return False
        return True


def _cookies(request: httpx.Request) -> dict[str, str]:
    """The request's cookies, by name (the first of a repeated name)."""
    found: dict[str, str] = {}
    for header in request.headers.get_list("cookie"):
        for pair in header.split(";"):
            name, sep, value = pair.strip().partition("=")
            if sep and name:
                found.setdefault(name, unquote(value))
    return found


def _kind(schema: Any, table: Mapping[str, Any]) -> str | None:
    """ "array", "object" or another JSON type a parameter's schema declares."""
    schema = _resolve(schema, table)
    if not isinstance(schema, dict):
        return None
    t = schema.get("type")
    t = next((x for x in t if x != "null"), None) if isinstance(t, list) else t
    if t is None and "properties" in schema:
        return "object"
    if t is None and "items" in schema:
        return "array"
    return t if isinstance(t, str) else None


def _items(schema: Any, table: Mapping[str, Any]) -> Any:
    return (_resolve(schema, table) or {}).get("items") or {}


def _property(schema: Any, key: str, table: Mapping[str, Any]) -> Any:
    """The schema of one property of an object parameter ({} when not declared)."""
    schema = _resolve(schema, table)
    props = schema.get("properties") if isinstance(schema, dict) else None
    if isinstance(props, dict) and key in props:
        return props[key]
    extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
    return extra if isinstance(extra, dict) else {}


_SEPARATORS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _split(
    p: dict[str, Any], table: Mapping[str, Any], raws: list[str]
) -> list[tuple[Any, str]]:
    """(schema, text) pairs to check for a parameter's values as sent: an array's items
    one by one (comma-joined, or joined as its style says), anything else whole."""
    schema = p["schema"]
    kind = _kind(schema, table)
    if kind == "array":
        sep = _SEPARATORS.get(p.get("style", ""), ",")
        item = _items(schema, table)
        return [(item, part) for raw in raws for part in raw.split(sep) if raw != ""]
    if kind == "object":
        out: list[tuple[Any, str]] = []
        for raw in raws:
            parts = raw.split(",")
            for key, value in zip(parts[::2], parts[1::2], strict=False):
                out.append((_property(schema, key, table), value))
        return out or [({}, raw) for raw in raws]
    return [(schema, raw) for raw in raws]


def _query_values(
    p: dict[str, Any],
    query: dict[str, list[str]],
    table: Mapping[str, Any],
    claimed: set[str],
) -> list[tuple[Any, str]]:
    """(schema, text) pairs a query parameter arrived as, in every style the client sends:
    form + explode objects as their own keys, deepObject as `name[key]`, exploded arrays as
    repeated keys, the others joined in one value."""
    name, schema = p["name"], p["schema"]
    style, explode = p.get("style", "form"), p.get("explode", True)
    kind = _kind(schema, table)
    if kind == "object" and style == "deepObject":
        prefix = name + "["
        return [
            (_property(schema, key[len(prefix) : -1], table), value)
            for key, values in query.items()
            if key.startswith(prefix) and key.endswith("]")
            for value in values
        ]
    if kind == "object" and explode:
        resolved = _resolve(schema, table)
        props = resolved.get("properties") if isinstance(resolved, dict) else None
        keys = (
            props.keys()
            if isinstance(props, dict) and props
            else [k for k in query if k not in claimed]
        )
        return [
            (_property(schema, key, table), value)
            for key in keys
            for value in query.get(key, [])
        ]
    values = query.get(name, [])
    if kind == "array" and explode:
        item = _items(schema, table)
        return [(item, value) for value in values]
    return _split(p, table, values)


def _parse_body(request: httpx.Request) -> Any:
    content = request.content
    if not content:
        return None
    ctype = request.headers.get("content-type", "")
    if "json" in ctype:
        try:
            return json.loads(content)
        except ValueError:
            return content
    if "x-www-form-urlencoded" in ctype:
        return {
            k: v[0] if len(v) == 1 else v for k, v in parse_qs(content.decode()).items()
        }
    return content


def _with_message(example: Any, message: str) -> Any:
    """Put `message` where the documented error example keeps its text."""
    if isinstance(example, dict) and example:
        out = dict(example)
        for key, value in example.items():
            if isinstance(value, str):
                out[key] = message
                return out
            if isinstance(value, list) and (
                not value or all(isinstance(v, str) for v in value)
            ):
                out[key] = [message]
                return out
    return {"message": message}


def _resolve(schema: Any, table: Mapping[str, Any]) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 50:
        schema = table.get(schema["$ref"], {})
        seen += 1
    return schema


def _type_ok(t: str, value: Any) -> bool:
    if t == "object":
        return isinstance(value, dict)
    if t == "array":
        return isinstance(value, list)
    if t == "string":
        return isinstance(value, str)
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if t == "boolean":
        return isinstance(value, bool)
    return t == "null" and value is None


def _check(
    schema: Any, value: Any, where: str, table: Mapping[str, Any], depth: int = 0
) -> list[str]:
    """Errors of `value` against `schema`, each naming the field (a small JSON Schema subset)."""
    schema = _resolve(schema, table)
    if not isinstance(schema, dict) or not schema or depth > 40:
        return []
    if value is None:
        types = schema.get("type")
        ok = (
            schema.get("nullable")
            or "type" not in schema
            or (isinstance(types, list) and "null" in types)
        )
        return [] if ok else [f"{where}: must not be null"]
    errors: list[str] = []
    types = schema.get("type")
    wanted = [types] if isinstance(types, str) else list(types or [])
    if wanted and not any(_type_ok(t, value) for t in wanted):
        return [
            f"{where}: expected {' or '.join(wanted)}, got {type(value).__name__} {value!r}"[
                :200
            ]
        ]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} is not one of {schema['enum']}"[:200])
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: must be {schema['const']!r}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{where}: shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{where}: longer than {schema['maxLength']} characters")
        if "pattern" in schema:
            try:
                if not re.search(schema["pattern"], value):
                    errors.append(
                        f"{where}: {value!r} does not match {schema['pattern']!r}"
                    )
            except re.error:
                pass
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(schema.get("minimum"), int | float) and value < schema["minimum"]:
            errors.append(f"{where}: less than {schema['minimum']}")
        if isinstance(schema.get("maximum"), int | float) and value > schema["maximum"]:
            errors.append(f"{where}: greater than {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                errors.append(f"{where}: missing required field '{name}'")
        for name, sub in props.items():
            if name in value:
                errors += _check(sub, value[name], f"field '{name}'", table, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            for name in value.keys() - props.keys():
                errors += _check(
                    extra, value[name], f"field '{name}'", table, depth + 1
                )
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            errors += _check(schema["items"], item, f"{where}[{i}]", table, depth + 1)
    for part in schema.get("allOf") or []:
        errors += _check(part, value, where, table, depth + 1)
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if options and all(_check(o, value, where, table, depth + 1) for o in options):
            errors.append(f"{where}: matches none of the allowed shapes")
    return errors


def _check_text(schema: Any, raw: str, table: Mapping[str, Any]) -> str | None:
    """Check a path/query/header value (text on the wire) against a schema."""
    schema = _resolve(schema, table)
    if not isinstance(schema, dict):
        return None
    t = schema.get("type")
    t = next((x for x in t if x != "null"), None) if isinstance(t, list) else t
    value: Any = raw
    if t == "integer":
        if not re.fullmatch(r"-?[0-9]+", raw):
            return f"expected an integer, got {raw!r}"
        value = int(raw)
    elif t == "number":
        try:
            value = float(raw)
        except ValueError:
            return f"expected a number, got {raw!r}"
    elif t == "boolean":
        if raw not in ("true", "false"):
            return f"expected true or false, got {raw!r}"
        value = raw == "true"
    elif t in ("array", "object"):
        return None
    errors = _check(
        {k: v for k, v in schema.items() if k != "type"}, value, "value", table
    )
    return errors[0].removeprefix("value: ") if errors else None
