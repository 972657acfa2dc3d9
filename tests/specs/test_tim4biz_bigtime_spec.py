"""Checks of ``specs/tim4biz.yaml`` and ``specs/bigtime.yaml`` against the vendor docs.

The expectations below are typed by hand from the vendor documentation in
``shared/seeds/`` (TIM4biz: ``000_c09e4dd9f4a261a3.txt``; BigTime:
``002_31de26d42aec8da9.txt`` plus BigTime's login call), not derived from the specs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"

# --------------------------------------------------------------------------------------
# Hand-typed from the vendor documentation.
# --------------------------------------------------------------------------------------

# Paths as the vendor writes them. Path-parameter names are ignored when comparing:
# BigTime spells the client SID ``{systemid}`` on GET and ``{sid}`` on POST, and
# OpenAPI forbids two templates that differ only in parameter names.
DOC_OPERATIONS: dict[str, set[tuple[str, str]]] = {
    "tim4biz.yaml": {
        ("GET", "/api/ExtensionTotal"),
        ("POST", "/api/SetSMS"),
    },
    "bigtime.yaml": {
        ("POST", "/session"),
        ("GET", "/client"),
        ("GET", "/client/detail/{systemid}"),
        ("POST", "/client/detail"),
        ("POST", "/client/detail/{sid}"),
    },
}

TIM4BIZ_STATUSES = {"200", "400", "401", "403", "404", "429"}
TIM4BIZ_RATE_LIMIT_HEADERS = {
    "TIM4biz-Rate-Limit-Limit",
    "TIM4biz-Rate-Limit-Remaining",
    "TIM4biz-Rate-Limit-Limit-24-Hours",
    "TIM4biz-Rate-Limit-Remaining-24-Hours",
}
BIGTIME_CLIENT_STATUSES = {"200", "400", "401", "405"}

# BigTime client field table: field -> views ("Update*" = required in Update).
BIGTIME_FIELDS: dict[str, tuple[str, set[str]]] = {
    "SystemId": ("integer", {"Basic", "Detail", "Update"}),
    "Nm": ("string", {"Basic", "Detail", "Update"}),
    "LegalNm": ("string", {"Basic", "Detail", "Update"}),
    "ClientId": ("string", {"Basic", "Detail", "Update"}),
    "Address": ("string", {"Basic", "Detail", "Update"}),
    "City": ("string", {"Basic", "Detail", "Update"}),
    "State": ("string", {"Basic", "Detail", "Update"}),
    "Zip": ("string", {"Basic", "Detail", "Update"}),
    "Country": ("string", {"Basic", "Detail", "Update"}),
    "FullAddress": ("string", {"Basic"}),
    "MainPH": ("string", {"Basic", "Detail", "Update"}),
    "MainFX": ("string", {"Basic", "Detail", "Update"}),
    "Notes": ("string", {"Basic", "Detail", "Update"}),
}
BIGTIME_UPDATE_REQUIRED = {"SystemId"}


def _fields(view: str) -> set[str]:
    return {name for name, (_, views) in BIGTIME_FIELDS.items() if view in views}


# Parameters per operation: (location, name) -> required. A ``None`` name for a path
# parameter means "the single path parameter, whatever the spec calls it".
# Body: None (no body) or (required, media type, schema name, fields, required fields).
EXPECTED: dict[str, dict[tuple[str, str], dict[str, Any]]] = {
    "tim4biz.yaml": {
        ("GET", "/api/ExtensionTotal"): {
            "params": {("query", "from"): True, ("query", "to"): True},
            "body": None,
        },
        ("POST", "/api/SetSMS"): {
            "params": {},
            "body": (
                True,
                "application/json",
                "SendSmsRequest",
                {"to", "message"},
                {"to", "message"},
            ),
        },
    },
    "bigtime.yaml": {
        ("POST", "/session"): {
            "params": {},
            "body": (
                True,
                "application/json",
                "SessionRequest",
                {"UserId", "Pwd"},
                {"UserId", "Pwd"},
            ),
        },
        ("GET", "/client"): {
            "params": {("query", "ShowInactive"): False},
            "body": None,
        },
        ("GET", "/client/detail/{systemid}"): {
            "params": {("path", None): True, ("query", "View"): False},
            "body": None,
        },
        ("POST", "/client/detail"): {
            "params": {},
            "body": (
                True,
                "application/json",
                "ClientCreate",
                _fields("Update") - {"SystemId"},
                set(),
            ),
        },
        ("POST", "/client/detail/{sid}"): {
            "params": {("path", None): True},
            "body": (
                True,
                "application/json",
                "ClientUpdate",
                _fields("Update"),
                {"SystemId"},
            ),
        },
    },
}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(name: str) -> dict[str, Any]:
    with (SPECS / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def tim4biz() -> dict[str, Any]:
    return load("tim4biz.yaml")


@pytest.fixture(scope="module")
def bigtime() -> dict[str, Any]:
    return load("bigtime.yaml")


def deref(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"non-local $ref {ref}"
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def normalise(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def spec_operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, item in doc["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


def find(
    doc: dict[str, Any], method: str, doc_path: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (path item, operation) for a vendor-documented operation."""
    for path, item in doc["paths"].items():
        if normalise(path) == normalise(doc_path) and method.lower() in item:
            return item, item[method.lower()]
    raise AssertionError(f"{method} {doc_path} is not in the spec")


def parameters(
    doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(doc, raw)
        merged[(param["in"], param["name"])] = param
    return list(merged.values())


def schema_name(node: dict[str, Any]) -> str:
    assert "$ref" in node, f"expected a named schema, got {node}"
    return str(node["$ref"].rsplit("/", 1)[-1])


def all_operations() -> list[Any]:
    return [
        pytest.param(spec, method, path, id=f"{spec}:{method} {path}")
        for spec, ops in EXPECTED.items()
        for method, path in ops
    ]


# --------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", sorted(DOC_OPERATIONS))
def test_operations_match_vendor_doc(spec: str) -> None:
    documented = {(m, normalise(p)): f"{m} {p}" for m, p in DOC_OPERATIONS[spec]}
    declared = {(m, normalise(p)): f"{m} {p}" for m, p in spec_operations(load(spec))}
    missing = sorted(documented[k] for k in documented.keys() - declared.keys())
    extra = sorted(declared[k] for k in declared.keys() - documented.keys())
    assert not missing and not extra, f"{spec}: missing {missing}, extra {extra}"


@pytest.mark.parametrize("spec", sorted(DOC_OPERATIONS))
def test_operation_ids_are_unique_and_present(spec: str) -> None:
    doc = load(spec)
    ids = [
        item[m].get("operationId")
        for item in doc["paths"].values()
        for m in item
        if m in HTTP_METHODS
    ]
    assert all(ids), f"{spec}: operation without operationId"
    assert len(ids) == len(set(ids)), f"{spec}: duplicate operationIds {ids}"


@pytest.mark.parametrize(
    ("spec", "method", "path", "operation_id"),
    [
        ("tim4biz.yaml", "GET", "/api/ExtensionTotal", "getExtensionTotal"),
        ("tim4biz.yaml", "POST", "/api/SetSMS", "setSms"),
        ("bigtime.yaml", "POST", "/session", "createSession"),
        ("bigtime.yaml", "GET", "/client", "listClients"),
        ("bigtime.yaml", "GET", "/client/detail/{systemid}", "getClient"),
        ("bigtime.yaml", "POST", "/client/detail", "createClient"),
        ("bigtime.yaml", "POST", "/client/detail/{sid}", "updateClient"),
    ],
)
def test_operation_ids(spec: str, method: str, path: str, operation_id: str) -> None:
    _, op = find(load(spec), method, path)
    assert op.get("operationId") == operation_id
    assert op.get("tags"), f"{method} {path} has no tag"


# --------------------------------------------------------------------------------------
# Parameters and bodies
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "method", "path"), all_operations())
def test_parameters(spec: str, method: str, path: str) -> None:
    doc = load(spec)
    item, op = find(doc, method, path)
    expected = EXPECTED[spec][(method, path)]["params"]
    actual = {
        (p["in"], p["name"]): bool(p.get("required", False))
        for p in parameters(doc, item, op)
    }
    # Map "the path parameter" onto whatever the spec calls it.
    expected = dict(expected)
    if ("path", None) in expected:
        path_params = [k for k in actual if k[0] == "path"]
        assert len(path_params) == 1, (
            f"{method} {path}: expected one path parameter, got {path_params}"
        )
        expected[path_params[0]] = expected.pop(("path", None))
    assert actual == expected, (
        f"{spec} {method} {path}: parameters {actual} != {expected}"
    )
    # Path parameters must match the template of the spec's path.
    spec_path = next(p for p in doc["paths"] if doc["paths"][p] is item)
    template_names = set(re.findall(r"\{([^}]*)\}", spec_path))
    assert template_names == {name for where, name in actual if where == "path"}
    # Credentials are security schemes, never plain header parameters.
    assert not [k for k in actual if k[0] in ("header", "cookie")]


@pytest.mark.parametrize(("spec", "method", "path"), all_operations())
def test_request_body(spec: str, method: str, path: str) -> None:
    doc = load(spec)
    _, op = find(doc, method, path)
    expected = EXPECTED[spec][(method, path)]["body"]
    if expected is None:
        assert "requestBody" not in op, f"{method} {path} takes no body"
        return
    required, media, name, fields, required_fields = expected
    body = deref(doc, op["requestBody"])
    assert bool(body.get("required", False)) is required
    assert list(body["content"]) == [media]
    schema_ref = body["content"][media]["schema"]
    assert schema_name(schema_ref) == name
    schema = deref(doc, schema_ref)
    assert schema.get("type") == "object"
    assert set(schema.get("properties", {})) == fields
    assert set(schema.get("required", [])) == required_fields


def test_tim4biz_datetime_parameters(tim4biz: dict[str, Any]) -> None:
    item, op = find(tim4biz, "GET", "/api/ExtensionTotal")
    for param in parameters(tim4biz, item, op):
        schema = param["schema"]
        assert schema["type"] == "string"
        assert "format" not in schema, (
            "local date-times without offset are not RFC 3339 date-time"
        )
        pattern = re.compile(schema["pattern"])
        # Values from the vendor's sample calls.
        assert pattern.search("2025-01-01T00:00:00")
        assert pattern.search("2025-01-02T00:00:00")
        for bad in (
            "2025-01-01T00:00:00Z",
            "2025-01-01T00:00:00+10:00",
            "2025-01-01",
            "",
        ):
            assert not pattern.search(bad), bad
        assert param.get("example") or param.get("examples")


def test_tim4biz_sms_recipient_format(tim4biz: dict[str, Any]) -> None:
    schema = tim4biz["components"]["schemas"]["SendSmsRequest"]["properties"]
    assert schema["message"]["type"] == "string"
    assert schema["to"]["type"] == "string"
    pattern = re.compile(schema["to"]["pattern"])
    assert pattern.search("+61400000000")  # the vendor's sample
    for bad in ("0400000000", "61400000000", "+61 400 000 000", "+0400000000"):
        assert not pattern.search(bad), bad


def test_bigtime_view_parameter(bigtime: dict[str, Any]) -> None:
    item, op = find(bigtime, "GET", "/client/detail/{systemid}")
    params = {p["name"]: p for p in parameters(bigtime, item, op)}
    view = params["View"]["schema"]
    assert view["type"] == "string"
    assert view["enum"] == ["Basic", "Detailed"]
    assert view["default"] == "Basic"
    path_param = next(p for p in params.values() if p["in"] == "path")
    assert path_param["schema"]["type"] == "integer"


def test_bigtime_show_inactive_parameter(bigtime: dict[str, Any]) -> None:
    item, op = find(bigtime, "GET", "/client")
    (param,) = parameters(bigtime, item, op)
    assert param["name"] == "ShowInactive"
    assert param["schema"]["type"] == "boolean"


def test_bigtime_update_path_parameter_is_integer(bigtime: dict[str, Any]) -> None:
    item, op = find(bigtime, "POST", "/client/detail/{sid}")
    (param,) = parameters(bigtime, item, op)
    assert param["in"] == "path" and param["schema"]["type"] == "integer"


# --------------------------------------------------------------------------------------
# Schemas (BigTime client field table, session)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "view", "required"),
    [
        ("ClientBasic", "Basic", set()),
        ("ClientDetail", "Detail", set()),
        ("ClientUpdate", "Update", BIGTIME_UPDATE_REQUIRED),
    ],
)
def test_bigtime_client_views(
    bigtime: dict[str, Any], schema: str, view: str, required: set[str]
) -> None:
    node = bigtime["components"]["schemas"][schema]
    props = node["properties"]
    assert set(props) == _fields(view), (
        f"{schema}: {sorted(set(props) ^ _fields(view))}"
    )
    for name, prop in props.items():
        assert prop["type"] == BIGTIME_FIELDS[name][0], name
        assert prop.get("description"), name
    assert set(node.get("required", [])) == required


def test_bigtime_create_schema(bigtime: dict[str, Any]) -> None:
    node = bigtime["components"]["schemas"]["ClientCreate"]
    assert "SystemId" not in node.get("required", [])
    for name, prop in node["properties"].items():
        assert prop["type"] == BIGTIME_FIELDS[name][0], name


def test_bigtime_session_schemas(bigtime: dict[str, Any]) -> None:
    schemas = bigtime["components"]["schemas"]
    request = schemas["SessionRequest"]["properties"]
    assert request["UserId"]["type"] == "string"
    assert request["Pwd"]["type"] == "string"
    assert request["Pwd"]["format"] == "password"
    session = schemas["Session"]["properties"]
    assert {"token", "firm", "staffsid", "userid", "fname", "sname"} <= set(session)
    _, op = find(bigtime, "POST", "/session")
    media = op["responses"]["200"]["content"]["application/json"]
    assert schema_name(media["schema"]) == "Session"
    assert media.get("example") or media.get("examples")


@pytest.mark.parametrize(
    ("method", "path", "shape", "name"),
    [
        ("GET", "/client", "array", "ClientBasic"),
        ("GET", "/client/detail/{systemid}", "object", "ClientBasic"),
        ("POST", "/client/detail", "object", "ClientDetail"),
        ("POST", "/client/detail/{sid}", "object", "ClientDetail"),
    ],
)
def test_bigtime_client_responses(
    bigtime: dict[str, Any], method: str, path: str, shape: str, name: str
) -> None:
    _, op = find(bigtime, method, path)
    media = deref(bigtime, op["responses"]["200"])["content"]["application/json"]
    schema = media["schema"]
    if shape == "array":
        assert schema["type"] == "array"
        schema = schema["items"]
    assert schema_name(schema) == name
    assert "example" in media or "examples" in media, f"{method} {path}: no example"


# --------------------------------------------------------------------------------------
# Security
# --------------------------------------------------------------------------------------


def test_tim4biz_security(tim4biz: dict[str, Any]) -> None:
    scheme = tim4biz["components"]["securitySchemes"]["basicAuth"]
    assert scheme["type"] == "http" and scheme["scheme"].lower() == "basic"
    assert tim4biz["security"] == [{"basicAuth": []}]
    assert tim4biz["servers"][0]["url"] == "https://api.tim4biz.com"
    for method, path in DOC_OPERATIONS["tim4biz.yaml"]:
        _, op = find(tim4biz, method, path)
        assert "security" not in op, f"{method} {path} overrides security"


def test_bigtime_security(bigtime: dict[str, Any]) -> None:
    schemes = bigtime["components"]["securitySchemes"]
    expected_headers = {
        "authToken": "X-Auth-Token",
        "apiToken": "X-Auth-ApiToken",
        "realm": "X-Auth-Realm",
    }
    assert set(schemes) == set(expected_headers)
    for key, header in expected_headers.items():
        assert schemes[key]["type"] == "apiKey"
        assert schemes[key]["in"] == "header"
        assert schemes[key]["name"] == header
    # Session token OR firm API key, each together with the realm.
    assert bigtime["security"] == [
        {"authToken": [], "realm": []},
        {"apiToken": [], "realm": []},
    ]
    assert bigtime["servers"][0]["url"] == "https://iq.bigtime.net/BigtimeData/api/v2"
    _, login = find(bigtime, "POST", "/session")
    assert login["security"] == [], "login must not require credentials"
    for method, path in DOC_OPERATIONS["bigtime.yaml"] - {("POST", "/session")}:
        _, op = find(bigtime, method, path)
        assert "security" not in op, f"{method} {path} overrides security"


# --------------------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "path"), sorted(DOC_OPERATIONS["tim4biz.yaml"]))
def test_tim4biz_statuses(tim4biz: dict[str, Any], method: str, path: str) -> None:
    _, op = find(tim4biz, method, path)
    assert set(op["responses"]) == TIM4BIZ_STATUSES
    for status, response in op["responses"].items():
        assert deref(tim4biz, response).get("description"), status


@pytest.mark.parametrize(("method", "path"), sorted(DOC_OPERATIONS["tim4biz.yaml"]))
@pytest.mark.parametrize("status", ["200", "429"])
def test_tim4biz_rate_limit_headers(
    tim4biz: dict[str, Any], method: str, path: str, status: str
) -> None:
    _, op = find(tim4biz, method, path)
    response = deref(tim4biz, op["responses"][status])
    headers = response.get("headers", {})
    assert set(headers) == TIM4BIZ_RATE_LIMIT_HEADERS, (
        f"{method} {path} {status}: {sorted(headers)}"
    )
    for name, raw in headers.items():
        assert raw["$ref"].startswith("#/components/headers/"), f"{name} not shared"
        header = deref(tim4biz, raw)
        assert header["schema"]["type"] == "integer", name
        assert header.get("description"), name


def test_tim4biz_shared_error_responses(tim4biz: dict[str, Any]) -> None:
    for method, path in DOC_OPERATIONS["tim4biz.yaml"]:
        _, op = find(tim4biz, method, path)
        for status in TIM4BIZ_STATUSES - {"200"}:
            ref = op["responses"][status].get("$ref", "")
            assert ref.startswith("#/components/responses/"), (
                f"{method} {path} {status}"
            )


def test_tim4biz_undocumented_bodies_stay_loose(tim4biz: dict[str, Any]) -> None:
    for method, path in DOC_OPERATIONS["tim4biz.yaml"]:
        _, op = find(tim4biz, method, path)
        ok = op["responses"]["200"]
        for media in ok.get("content", {}).values():
            schema = deref(tim4biz, media.get("schema", {}))
            assert not ({"type", "properties", "items", "required"} & set(schema)), (
                f"{method} {path}: the vendor documents no response fields"
            )


@pytest.mark.parametrize(
    ("method", "path"), sorted(DOC_OPERATIONS["bigtime.yaml"] - {("POST", "/session")})
)
def test_bigtime_client_statuses(
    bigtime: dict[str, Any], method: str, path: str
) -> None:
    _, op = find(bigtime, method, path)
    assert set(op["responses"]) >= BIGTIME_CLIENT_STATUSES, sorted(op["responses"])
    for status in BIGTIME_CLIENT_STATUSES - {"200"}:
        ref = op["responses"][status].get("$ref", "")
        assert ref.startswith("#/components/responses/"), f"{method} {path} {status}"


def test_bigtime_session_statuses(bigtime: dict[str, Any]) -> None:
    _, op = find(bigtime, "POST", "/session")
    assert "200" in op["responses"]


# --------------------------------------------------------------------------------------
# General
# --------------------------------------------------------------------------------------


def _keys(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [k for k in node if isinstance(k, str)] + [
            k for v in node.values() for k in _keys(v)
        ]
    if isinstance(node, list):
        return [k for v in node for k in _keys(v)]
    return []


@pytest.mark.parametrize("spec", sorted(DOC_OPERATIONS))
def test_only_documented_clientgen_extensions_and_openapi_303(spec: str) -> None:
    """The only extensions are clientgen's documented ones (docs/extensions.md)."""
    allowed = {
        "tim4biz.yaml": {
            "x-clientgen-rate-limit",
            "x-clientgen-local-datetime",
            "x-clientgen-ordered",
        },
        "bigtime.yaml": {"x-clientgen-login"},
    }[spec]
    doc = load(spec)
    assert doc["openapi"] == "3.0.3"
    assert {k for k in _keys(doc) if k.startswith("x-")} == allowed
