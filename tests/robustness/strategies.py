"""Hypothesis strategies for random OpenAPI 3.0 documents that clientgen must turn into
correct packages.

`documents()` draws a whole document: component schemas (which may `$ref` each other,
recursively), paths with template parameters, operations in every HTTP method with
parameters in every location (query, header, cookie, path; styles; `content` instead of
`schema`), request bodies of several content types, responses with content and headers,
security schemes and requirements, tags and servers. Schemas are recursive: objects,
arrays, maps (`additionalProperties`), `allOf`/`oneOf`/`anyOf`, enums (string and integer),
`nullable`, formats, defaults that match their schema.

Names are drawn to be awkward: Unicode, Python keywords and soft keywords, names the
generated code itself uses (`self`, `body`, `timeout`, `models`, `Any`, `datetime`,
`to_dict`...), leading digits, case-only differences, separators. Component schema names
use the characters OpenAPI 3.1 allows there (`[A-Za-z0-9._-]`), so their `$ref`s need no
escaping.

Most documents are valid; the test also runs openapi-spec-validator and `assume()`s
validity, so only valid documents count.

Known generator bugs are kept out of the draws (each has a strict-xfail test elsewhere):
see `KNOWN_BUGS`; lift the restriction once its bug is fixed.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from hypothesis import strategies as st

from generator.naming import snake

KNOWN_BUGS: dict[str, str] = {}
#: method names that shadow the types of later annotations in a resource class
SHADOWING_METHOD_NAMES = {
    "dict",
    "list",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "datetime",
}

Json = dict[str, Any]

#: names the generated modules use for themselves, or that Python reserves
_TEMPLATE_NAMES = """
self cls body timeout max_retries extra_headers extra_query base_url http_client
default_headers allow_insecure close aclose with_options copy request login rate_limit
is_closed auth_headers with_raw_response models resources testing Any IO Literal Mapping
ClassVar Self TYPE_CHECKING datetime str int float bool bytes list dict type object
dataclass field enum property classmethod staticmethod annotations to_dict from_dict
additional_properties name value mro _c _b _t _MODELS __init__ __all__ __getattr__
_private NotGiven NOT_GIVEN APIError wait_timeout poll_interval Client AsyncClient
"""
AWKWARD_NAMES = sorted({*keyword.kwlist, *keyword.softkwlist, *_TEMPLATE_NAMES.split()})
_WORDS = ["pet", "Pet", "PET", "id", "ID", "url", "URL", "HTTPServer", "x", "2fa", "v2"]
_SEPARATORS = ["", "_", "-", ".", " ", "/", "__", "$", "@"]


@st.composite
def _joined_words(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
    seps = draw(
        st.lists(
            st.sampled_from(_SEPARATORS),
            min_size=len(words) - 1,
            max_size=len(words) - 1,
        )
    )
    out = words[0]
    for sep, word in zip(seps, words[1:], strict=True):
        out += sep + word
    return out


def _no_known_doc_bug(text: str) -> bool:
    return not text.rstrip().endswith('"') and not any(
        0xD800 <= ord(c) <= 0xDFFF for c in text
    )


def _bmp_only(text: str) -> bool:
    return all(ord(c) <= 0xFFFF for c in text)


_UNICODE = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
#: pieces of text that break naive escaping (quotes, backslashes, template and code
#: syntax, control/format/bidi characters, non-BMP characters)
FRAGMENTS = [
    '"', '"""', "'", "'''", "\\", "\\n", "\n", "\r\n", "\t", "#", "{{", "}}", "{%",
    "%}", "{", "}", "$", "`", "<", ">", "&", "|", "*", "..", "/", "\x00", "\x1b", "\x7f",
    "\x85", "\u00a0", "\u200b", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff",
    "\U0001f40d", "\u0430", "__import__('os')", "class", "None", "def",
]  # fmt: skip
_fragments = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(max_size=3), min_size=1, max_size=5
).map("".join)

#: any name: identifiers, words, Unicode, keywords and template names, leading digits,
#: hostile fragments
names: st.SearchStrategy[str] = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,14}", fullmatch=True),
    _joined_words(),
    st.text(_UNICODE, min_size=1, max_size=10),
    st.sampled_from(AWKWARD_NAMES),
    st.from_regex(r"[0-9][0-9A-Za-z_-]{0,6}", fullmatch=True),
    _fragments,
).filter(_no_known_doc_bug)  # names end up in docstrings too
#: component schema names (OpenAPI 3.1's `^[a-zA-Z0-9._-]+$`; no $ref escaping needed)
component_names: st.SearchStrategy[str] = st.one_of(
    st.from_regex(r"[A-Za-z0-9._-]{1,16}", fullmatch=True),
    st.sampled_from([n for n in AWKWARD_NAMES if re.fullmatch(r"[A-Za-z0-9._-]+", n)]),
)
#: path template parameter names (no braces or slashes)
path_param_names: st.SearchStrategy[str] = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,10}", fullmatch=True),
    st.sampled_from([n for n in AWKWARD_NAMES if n.isidentifier()]),
)


#: documentation text: any characters, hostile fragments (except those of known bugs)
texts: st.SearchStrategy[str] = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30),
    _fragments,
).filter(_no_known_doc_bug)
titles: st.SearchStrategy[str] = st.one_of(
    st.text(
        st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30
    ),
    _fragments,
).filter(lambda t: _no_known_doc_bug(t) and _bmp_only(t))


def _maybe(
    draw: st.DrawFn, schema: Json, key: str, values: st.SearchStrategy[Any]
) -> None:
    if draw(st.booleans()):
        schema[key] = draw(values)


@st.composite
def string_schemas(draw: st.DrawFn) -> Json:
    schema: Json = {"type": "string"}
    kind = draw(st.sampled_from(["plain", "format", "enum"]))
    if kind == "format":
        schema["format"] = draw(
            st.sampled_from(
                ["date-time", "date", "binary", "byte", "uuid", "email", "password"]
            )
        )
    elif kind == "enum":
        values = draw(st.lists(names | texts, min_size=1, max_size=4, unique=True))
        schema["enum"] = values
        _maybe(draw, schema, "default", st.sampled_from(values))
        return schema
    _maybe(draw, schema, "maxLength", st.integers(0, 100))
    _maybe(
        draw,
        schema,
        "default",
        st.text(max_size=5) if kind == "plain" else st.nothing(),
    )
    return schema


@st.composite
def integer_schemas(draw: st.DrawFn) -> Json:
    schema: Json = {"type": "integer"}
    _maybe(draw, schema, "format", st.sampled_from(["int32", "int64"]))
    if draw(st.booleans()):
        values = draw(
            st.lists(st.integers(-5, 1000), min_size=1, max_size=4, unique=True)
        )
        schema["enum"] = values
        _maybe(draw, schema, "default", st.sampled_from(values))
    else:
        _maybe(draw, schema, "minimum", st.integers(-10, 10))
        _maybe(draw, schema, "default", st.integers(10, 20))
    return schema


primitive_schemas: st.SearchStrategy[Json] = st.one_of(
    string_schemas(),
    integer_schemas(),
    st.builds(
        dict, type=st.just("number"), format=st.sampled_from(["float", "double"])
    ),
    st.just({"type": "boolean"}),
)


def _object_of(children: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
    @st.composite
    def build(draw: st.DrawFn) -> Json:
        props = draw(st.dictionaries(names, children, max_size=4))
        schema: Json = {"type": "object", "properties": props}
        if props:
            required = draw(st.lists(st.sampled_from(sorted(props)), unique=True))
            if required:
                schema["required"] = required
        _maybe(draw, schema, "additionalProperties", st.booleans() | children)
        return schema

    return build()


def _composed(children: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
    return st.builds(
        lambda key, parts: {key: parts},
        st.sampled_from(["allOf", "oneOf", "anyOf"]),
        st.lists(children, min_size=1, max_size=3),
    )


def _decorated(schema: Json) -> st.SearchStrategy[Json]:
    """Add the annotations a schema may carry (never to a bare $ref, whose siblings are
    ignored in 3.0)."""
    if "$ref" in schema:
        return st.just(schema)

    @st.composite
    def build(draw: st.DrawFn) -> Json:
        out = dict(schema)
        _maybe(draw, out, "nullable", st.booleans())
        _maybe(draw, out, "description", texts)
        _maybe(draw, out, "title", texts)
        _maybe(draw, out, "readOnly", st.just(True))
        _maybe(draw, out, "deprecated", st.booleans())
        return out

    return build()


def schemas(refs: st.SearchStrategy[Json] | None = None) -> st.SearchStrategy[Json]:
    """Recursive schemas; `refs` draws `$ref`s to the document's component schemas."""
    leaves: st.SearchStrategy[Json] = primitive_schemas | st.just({})
    if refs is not None:
        leaves = leaves | refs

    def extend(children: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
        return st.one_of(
            st.builds(lambda i: {"type": "array", "items": i}, children),
            _object_of(children),
            st.builds(
                lambda v: {"type": "object", "additionalProperties": v}, children
            ),
            _composed(children),
        )

    return st.recursive(leaves, extend, max_leaves=6).flatmap(_decorated)


CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "text/plain",
    "application/octet-stream",
    "application/xml",
    "application/vnd.api+json; charset=utf-8",
    "image/png",
    "*/*",
]
STATUSES = [
    "200", "201", "202", "204", "206", "2XX", "301", "400", "401", "404", "409", "422",
    "429", "500", "503", "default",
]  # fmt: skip
HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]


@st.composite
def _parameter(
    draw: st.DrawFn, schema: st.SearchStrategy[Json], location: str, name: str
) -> Json:
    param: Json = {"name": name, "in": location}
    if location == "path":
        param["required"] = True
        param["schema"] = draw(primitive_schemas)
        return param
    _maybe(draw, param, "required", st.booleans())
    _maybe(draw, param, "description", texts)
    _maybe(draw, param, "deprecated", st.booleans())
    if draw(st.integers(0, 5)) == 0:
        param["content"] = {"application/json": {"schema": draw(schema)}}
        return param
    style = draw(st.sampled_from(["default", "array", "deepObject"]))
    if location == "query" and style == "array":
        param["schema"] = {"type": "array", "items": draw(primitive_schemas)}
        param["style"] = draw(
            st.sampled_from(["form", "spaceDelimited", "pipeDelimited"])
        )
        _maybe(draw, param, "explode", st.booleans())
    elif location == "query" and style == "deepObject":
        param["schema"] = draw(_object_of(primitive_schemas))
        param["style"] = "deepObject"
        param["explode"] = True
    else:
        param["schema"] = draw(schema)
    return param


@st.composite
def _media(draw: st.DrawFn, content_type: str, schema: st.SearchStrategy[Json]) -> Json:
    if content_type in ("application/octet-stream", "image/png"):
        return {"schema": {"type": "string", "format": "binary"}}
    if content_type == "text/plain":
        return {"schema": {"type": "string"}}
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        body = draw(_object_of(primitive_schemas))
        if content_type == "multipart/form-data" and draw(st.booleans()):
            body["properties"]["file"] = {"type": "string", "format": "binary"}
        return {"schema": body}
    return {"schema": draw(schema)}


def _content(schema: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
    @st.composite
    def build(draw: st.DrawFn) -> Json:
        types = draw(
            st.lists(
                st.sampled_from(CONTENT_TYPES), min_size=1, max_size=3, unique=True
            )
        )
        return {ct: draw(_media(ct, schema)) for ct in types}

    return build()


@st.composite
def _responses(draw: st.DrawFn, schema: st.SearchStrategy[Json]) -> Json:
    statuses = draw(
        st.lists(st.sampled_from(STATUSES), min_size=1, max_size=4, unique=True)
    )
    out: Json = {}
    for status in statuses:
        response: Json = {"description": draw(texts)}
        if status != "204" and draw(st.integers(0, 3)) > 0:
            response["content"] = draw(_content(schema))
        if draw(st.integers(0, 3)) == 0:
            response["headers"] = draw(
                st.dictionaries(
                    names,
                    st.builds(lambda s: {"schema": s}, primitive_schemas),
                    max_size=2,
                )
            )
        out[status] = response
    return out


@st.composite
def _security_schemes(draw: st.DrawFn) -> Json:
    kinds = st.one_of(
        st.builds(
            lambda loc, n: {"type": "apiKey", "in": loc, "name": n},
            st.sampled_from(["header", "query", "cookie"]),
            names,
        ),
        st.just({"type": "http", "scheme": "basic"}),
        st.just({"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}),
        st.just(
            {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {
                        "tokenUrl": "https://auth.example.com/token",
                        "scopes": {"read": "Read."},
                    }
                },
            }
        ),
        st.just(
            {
                "type": "openIdConnect",
                "openIdConnectUrl": "https://auth.example.com/.well-known",
            }
        ),
    )
    return draw(st.dictionaries(names, kinds, max_size=3))


@st.composite
def _path(draw: st.DrawFn) -> tuple[str, list[str]]:
    segments = draw(
        st.lists(
            st.one_of(
                st.from_regex(r"[a-z0-9._~-]{1,8}", fullmatch=True),
                st.builds(lambda n: "{" + n + "}", path_param_names),
            ),
            min_size=1,
            max_size=4,
        )
    )
    params = [s[1:-1] for s in segments if s.startswith("{")]
    if len(params) != len(set(params)):
        segments = [s for s in segments if not s.startswith("{")] or ["items"]
        params = []
    return "/" + "/".join(segments), params


@st.composite
def _operation(
    draw: st.DrawFn,
    schema: st.SearchStrategy[Json],
    path_params: list[str],
    method: str,
    op_ids: set[str],
    scheme_names: list[str],
) -> Json:
    op: Json = {}
    op_id = draw(names)
    if (
        op_id not in op_ids
        and snake(op_id, prefix="op_") not in SHADOWING_METHOD_NAMES
        and draw(st.integers(0, 4)) > 0
    ):
        op_ids.add(op_id)
        op["operationId"] = op_id
    if draw(st.booleans()):
        op["tags"] = draw(
            st.lists(
                names.filter(lambda t: t != "cached_property"), min_size=1, max_size=2
            )
        )
    _maybe(draw, op, "summary", texts)
    _maybe(draw, op, "description", texts)
    _maybe(draw, op, "deprecated", st.booleans())
    params = [draw(_parameter(schema, "path", n)) for n in path_params]
    seen = {("path", n) for n in path_params}
    for _ in range(draw(st.integers(0, 4))):
        location = draw(st.sampled_from(["query", "header", "cookie"]))
        name = draw(names)
        if (location, name) not in seen:
            seen.add((location, name))
            params.append(draw(_parameter(schema, location, name)))
    if params:
        op["parameters"] = params
    if method in ("post", "put", "patch") and draw(st.integers(0, 3)) > 0:
        body: Json = {"content": draw(_content(schema))}
        _maybe(draw, body, "required", st.booleans())
        _maybe(draw, body, "description", texts)
        op["requestBody"] = body
    op["responses"] = draw(_responses(schema))
    if scheme_names and draw(st.integers(0, 3)) == 0:
        op["security"] = draw(
            st.lists(
                st.builds(lambda n: {n: []}, st.sampled_from(scheme_names)), max_size=2
            )
        )
    return op


@st.composite
def documents(draw: st.DrawFn) -> Json:
    """A (usually valid) OpenAPI 3.0 document."""
    component = draw(st.lists(component_names, max_size=4, unique=True))
    refs: st.SearchStrategy[Json] | None = (
        st.sampled_from(component).map(lambda n: {"$ref": f"#/components/schemas/{n}"})
        if component
        else None
    )
    schema = schemas(refs)
    doc: Json = {
        "openapi": draw(st.sampled_from(["3.0.0", "3.0.3"])),
        "info": {
            "title": draw(titles),
            "version": draw(st.sampled_from(["1.0.0", "2", "v3-beta"])),
        },
    }
    _maybe(draw, doc["info"], "description", texts)
    if draw(st.booleans()):
        doc["servers"] = [
            {
                "url": "https://api.example.com/"
                + draw(st.from_regex(r"[a-z0-9/]{0,10}", fullmatch=True))
            }
        ]
    components: Json = {}
    if component:
        components["schemas"] = {n: draw(schema) for n in component}
    schemes = draw(_security_schemes())
    if schemes:
        components["securitySchemes"] = schemes
        doc["security"] = draw(
            st.lists(
                st.builds(lambda n: {n: []}, st.sampled_from(sorted(schemes))),
                max_size=2,
            )
        )
    if components:
        doc["components"] = components
    paths: Json = {}
    op_ids: set[str] = set()
    for _ in range(draw(st.integers(1, 3))):
        path, params = draw(_path())
        if path in paths:
            continue
        methods = draw(
            st.lists(st.sampled_from(HTTP_METHODS), min_size=1, max_size=3, unique=True)
        )
        paths[path] = {
            m: draw(_operation(schema, params, m, op_ids, sorted(schemes)))
            for m in methods
        }
    doc["paths"] = paths
    tags = sorted(
        {
            t
            for item in paths.values()
            for op in item.values()
            for t in op.get("tags", [])
        }
    )
    if draw(st.booleans()) and tags:
        doc["tags"] = [{"name": t, "description": draw(texts)} for t in tags]
    return doc


def openapi_errors(doc: Json) -> list[str]:
    """What openapi-spec-validator finds wrong with `doc` (its crash counts as a problem)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    try:
        return [e.message for e in OpenAPIV30SpecValidator(doc).iter_errors()]
    except Exception as exc:  # the validator itself failed on this document
        return [f"openapi-spec-validator failed: {type(exc).__name__}: {exc}"]
