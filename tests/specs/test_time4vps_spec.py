"""Checks of the hand-curated Time4VPS spec against the vendor documentation.

The expectations below are typed in by hand from the vendor documentation
(shared/seeds/001_b3eab96fbbc198ad.txt); they are deliberately not derived from the spec.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "time4vps.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# Every "HTTP Request" block of the vendor documentation, in document order.
# `/vpn/logindetails` has no method in the documentation; it is a read, hence GET.
DOCUMENTED_OPERATIONS = [
    # Clientarea
    ("GET", "/details"),
    ("PUT", "/details"),
    ("POST", "/signup"),
    ("POST", "/passwordreset"),
    ("GET", "/contact"),
    ("POST", "/contact"),
    ("GET", "/contact/privileges"),
    ("GET", "/contact/{id}"),
    ("PUT", "/contact/{id}"),
    ("GET", "/notifications"),
    ("GET", "/notifications/new"),
    ("PUT", "/notifications/{id}/ack"),
    # Billing
    ("GET", "/balance"),
    ("GET", "/invoice"),
    ("GET", "/invoice/{id}"),
    ("GET", "/payment"),
    ("GET", "/payment/fees"),
    # Services
    ("GET", "/service"),
    ("GET", "/service/{id}/methods"),
    ("GET", "/service/{id}/upgrade"),
    ("POST", "/service/{id}/cancel"),
    ("GET", "/service/{id}/label"),
    ("POST", "/service/{id}/label"),
    ("GET", "/service/{id}"),
    ("POST", "/service/{id}/upgrade"),
    ("GET", "/service/order/{order_num}"),
    # Cart
    ("GET", "/category"),
    ("GET", "/category/{category_id}/product"),
    ("GET", "/order/{product_id}"),
    ("POST", "/order"),
    ("POST", "/quote"),
    ("POST", "/order/{product_id}"),
    ("GET", "/category/available/vps"),
    ("POST", "/service/{id}/addon"),
    ("GET", "/service/{id}/addon"),
    # DNS
    ("GET", "/dns"),
    ("POST", "/service/{service_id}/dns"),
    ("GET", "/service/{service_id}/dns/{zone_id}"),
    ("DELETE", "/service/{service_id}/dns/{zone_id}"),
    ("POST", "/service/{service_id}/dns/{zone_id}/records"),
    ("PUT", "/service/{service_id}/dns/{zone_id}/records/{record_id}"),
    ("DELETE", "/service/{service_id}/dns/{zone_id}/records/{record_id}"),
    # SSL Certificates
    ("GET", "/certificate"),
    ("GET", "/certificate/{id}"),
    ("GET", "/certificate/{id}/crt"),
    ("GET", "/certificate/order"),
    ("GET", "/certificate/order/{product_id}/software"),
    ("POST", "/certificate/order"),
    # Server Management
    ("GET", "/server"),
    ("GET", "/server/{server_id}"),
    ("GET", "/server/{server_id}/task/{task_id}"),
    ("POST", "/server/{server_id}/reboot"),
    ("POST", "/server/{server_id}/reinstall"),
    ("POST", "/server/{server_id}/resetpassword"),
    ("POST", "/server/{server_id}/webconsole"),
    ("POST", "/server/{server_id}/rename"),
    ("POST", "/server/{server_id}/changeptr"),
    ("POST", "/server/{server_id}/flushfirewall"),
    ("POST", "/server/{server_id}/changedns"),
    ("GET", "/server/{server_id}/oses"),
    ("GET", "/server/{server_id}/ips"),
    ("GET", "/server/{server_id}/graphs/{width}"),
    ("GET", "/server/{server_id}/history"),
    # Init Script Management
    ("GET", "/scripts"),
    ("GET", "/scripts/{id}"),
    # VPN Management
    ("GET", "/vpn/servers"),
    ("GET", "/vpn/clients"),
    ("GET", "/vpn/servers/{id}/config/{template}"),
    ("GET", "/vpn/logindetails"),
    ("GET", "/vpn/{id}/details"),
    ("POST", "/vpn/{id}/resetpassword"),
    ("GET", "/vpn/{id}/history"),
    ("GET", "/vpn/{id}/sessions"),
]

TAGS = {
    "Clientarea",
    "Billing",
    "Services",
    "Cart",
    "DNS",
    "SSL Certificates",
    "Server Management",
    "Init Script Management",
    "VPN Management",
}

ASYNC_SERVER_ACTIONS = [
    "reboot",
    "reinstall",
    "resetpassword",
    "webconsole",
    "rename",
    "changeptr",
    "flushfirewall",
    "changedns",
]

UNAUTHENTICATED = {("POST", "/signup"), ("POST", "/passwordreset")}

# Where each documented parameter goes, typed in from the doc's parameter tables
# (the doc lists all of them under "Query Parameters").
PARAMETER_LOCATIONS: dict[tuple[str, str], dict[str, set[str]]] = {
    ("GET", "/contact/{id}"): {"path": {"id"}},
    ("PUT", "/contact/{id}"): {
        "path": {"id"},
        "body": {"privileges", "type", "companyname", "email", "state", "emarketing"},
    },
    ("GET", "/notifications"): {"query": {"rel_type", "rel_id"}},
    ("GET", "/notifications/new"): {"query": {"rel_type", "rel_id"}},
    ("PUT", "/notifications/{id}/ack"): {"path": {"id"}},
    ("PUT", "/details"): {
        "body": {
            "type",
            "companyname",
            "companyregistrationnumber",
            "vateu",
            "email",
            "firstname",
            "lastname",
            "country",
            "address1",
            "city",
            "state",
            "postcode",
            "phonenumber",
            "emarketing",
        }
    },
    ("POST", "/signup"): {
        "body": {"email", "password", "country", "2faenable", "2fasecret", "currency"}
    },
    ("POST", "/passwordreset"): {"body": {"email"}},
    ("GET", "/invoice/{id}"): {"path": {"id"}},
    ("POST", "/service/{id}/cancel"): {"path": {"id"}, "body": {"immediate", "reason"}},
    ("POST", "/service/{id}/label"): {"path": {"id"}, "body": {"label"}},
    ("POST", "/service/{id}/upgrade"): {
        "path": {"id"},
        "body": {"resources", "package", "cycle", "send"},
    },
    ("GET", "/service/order/{order_num}"): {"path": {"order_num"}},
    ("GET", "/category/{category_id}/product"): {"path": {"category_id"}},
    ("POST", "/order"): {"body": {"pay_method", "items"}},
    ("POST", "/quote"): {"body": {"pay_method", "items"}},
    ("POST", "/order/{product_id}"): {
        "path": {"product_id"},
        "body": {"domain", "cycle", "pay_method", "custom", "promocode"},
    },
    ("POST", "/service/{id}/addon"): {"path": {"id"}, "body": {"addon_id"}},
    ("POST", "/service/{service_id}/dns"): {"path": {"service_id"}, "body": {"name"}},
    ("GET", "/service/{service_id}/dns/{zone_id}"): {"path": {"service_id", "zone_id"}},
    ("PUT", "/service/{service_id}/dns/{zone_id}/records/{record_id}"): {
        "path": {"service_id", "zone_id", "record_id"},
        "body": {"name", "ttl", "priority", "type", "content"},
    },
    ("DELETE", "/service/{service_id}/dns/{zone_id}/records/{record_id}"): {
        "path": {"service_id", "zone_id", "record_id"}
    },
    ("GET", "/certificate/order/{product_id}/software"): {"path": {"product_id"}},
    ("POST", "/certificate/order"): {
        "body": {
            "product_id",
            "csr",
            "years",
            "pay_method",
            "approver_email",
            "admin",
            "tech",
            "billing",
            "organization",
            "software",
            "data",
        }
    },
    ("GET", "/server/{server_id}/task/{task_id}"): {"path": {"server_id", "task_id"}},
    ("POST", "/server/{server_id}/reboot"): {"path": {"server_id"}},
    ("POST", "/server/{server_id}/reinstall"): {
        "path": {"server_id"},
        "body": {"os", "script", "ssh_key"},
    },
    ("POST", "/server/{server_id}/webconsole"): {
        "path": {"server_id"},
        "body": {"timeout", "whitelabel"},
    },
    ("POST", "/server/{server_id}/changeptr"): {
        "path": {"server_id"},
        "body": {"ip_address", "hostname"},
    },
    ("POST", "/server/{server_id}/changedns"): {
        "path": {"server_id"},
        "body": {"ns1", "ns2", "ns3", "ns4"},
    },
    ("GET", "/server/{server_id}/graphs/{width}"): {"path": {"server_id", "width"}},
    ("GET", "/scripts/{id}"): {"path": {"id"}},
    ("GET", "/vpn/servers/{id}/config/{template}"): {"path": {"id", "template"}},
    ("GET", "/vpn/{id}/sessions"): {"path": {"id"}},
}

# Path parameters the doc types as int.
INTEGER_PATH_PARAMS = {
    "id",
    "server_id",
    "zone_id",
    "record_id",
    "task_id",
    "category_id",
    "product_id",
    "order_num",
    "width",
}


# ---------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `#/components/...` references until a non-reference node is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/components/"), f"unexpected reference {ref!r}"
        assert ref not in seen, f"reference cycle at {ref!r}"
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method.lower()]
    return op


def parameters(spec: dict[str, Any], method: str, path: str) -> list[dict[str, Any]]:
    item = spec["paths"][path]
    params = [resolve(spec, p) for p in item.get("parameters", [])]
    params += [
        resolve(spec, p) for p in operation(spec, method, path).get("parameters", [])
    ]
    return params


def body_schema(spec: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    request_body = operation(spec, method, path).get("requestBody")
    if request_body is None:
        return None
    request_body = resolve(spec, request_body)
    schema: dict[str, Any] = resolve(
        spec, request_body["content"]["application/json"]["schema"]
    )
    return schema


def body_property(
    spec: dict[str, Any], method: str, path: str, name: str
) -> dict[str, Any]:
    schema = body_schema(spec, method, path)
    assert schema is not None, f"{method} {path} has no request body"
    prop: dict[str, Any] = resolve(spec, schema["properties"][name])
    return prop


# ---------------------------------------------------------------- test 1


def test_operations_match_the_documentation(spec: dict[str, Any]) -> None:
    assert len(DOCUMENTED_OPERATIONS) == 73
    assert len(set(DOCUMENTED_OPERATIONS)) == 73
    expected = set(DOCUMENTED_OPERATIONS)
    actual = set(operations(spec))
    missing = sorted(expected - actual)
    extra = sorted(actual - expected)
    assert actual == expected, (
        f"missing from spec: {missing}; not in documentation: {extra}"
    )
    assert len(operations(spec)) == 73


# ---------------------------------------------------------------- test 2


@pytest.mark.parametrize(
    ("method", "path"),
    list(PARAMETER_LOCATIONS),
    ids=[f"{m} {p}" for m, p in PARAMETER_LOCATIONS],
)
def test_parameter_locations(spec: dict[str, Any], method: str, path: str) -> None:
    expected = PARAMETER_LOCATIONS[(method, path)]
    params = parameters(spec, method, path)
    by_location: dict[str, set[str]] = {}
    for param in params:
        by_location.setdefault(param["in"], set()).add(param["name"])

    assert by_location.get("path", set()) == expected.get("path", set())
    assert by_location.get("query", set()) == expected.get("query", set())
    assert not by_location.get("header") and not by_location.get("cookie")

    for param in params:
        if param["in"] == "path":
            assert param["required"] is True
            if param["name"] in INTEGER_PATH_PARAMS:
                assert resolve(spec, param["schema"])["type"] == "integer", param[
                    "name"
                ]
        if param["in"] == "query":
            assert param.get("required", False) is False

    schema = body_schema(spec, method, path)
    expected_body = expected.get("body", set())
    if not expected_body:
        assert schema is None, f"{method} {path} should not have a request body"
        return
    assert schema is not None, f"{method} {path} should have a JSON request body"
    request_body = resolve(spec, operation(spec, method, path)["requestBody"])
    media_schema = request_body["content"]["application/json"]["schema"]
    assert media_schema["$ref"].startswith("#/components/schemas/")
    properties = set(schema["properties"])
    assert expected_body <= properties, (
        f"missing body fields: {expected_body - properties}"
    )
    param_names = {p["name"] for p in params}
    assert not (properties & param_names), "body fields must not also be parameters"
    assert not (properties & expected.get("path", set())), (
        "path params must not be in body"
    )


def test_every_write_with_documented_fields_has_a_json_body(
    spec: dict[str, Any],
) -> None:
    """Every POST/PUT whose doc table lists non-path fields sends them as a JSON body."""
    without_fields = {
        ("PUT", "/notifications/{id}/ack"),
        ("POST", "/server/{server_id}/reboot"),
        ("POST", "/server/{server_id}/resetpassword"),
        ("POST", "/server/{server_id}/flushfirewall"),
        ("POST", "/vpn/{id}/resetpassword"),
    }
    for (method, path), op in operations(spec).items():
        if method not in {"POST", "PUT"} or (method, path) in without_fields:
            continue
        assert body_schema(spec, method, path) is not None, f"{method} {path}"
        assert all(p["in"] == "path" for p in parameters(spec, method, path)), (
            f"{method} {path} should only have path parameters"
        )
        assert op["requestBody"]["content"]["application/json"]["schema"]["$ref"]


def test_path_placeholders_are_declared(spec: dict[str, Any]) -> None:
    for (method, path), _ in operations(spec).items():
        placeholders = set(re.findall(r"{(\w+)}", path))
        declared = {
            p["name"] for p in parameters(spec, method, path) if p["in"] == "path"
        }
        assert placeholders == declared, f"{method} {path}"
        assert "@" not in path


# ---------------------------------------------------------------- test 3


def test_required_fields(spec: dict[str, Any]) -> None:
    def required(method: str, path: str) -> set[str]:
        schema = body_schema(spec, method, path)
        assert schema is not None
        return set(schema.get("required", []))

    assert required("POST", "/server/{server_id}/reinstall") == {"os"}
    assert required("POST", "/server/{server_id}/changedns") == {"ns1"}
    assert required("POST", "/server/{server_id}/webconsole") == {
        "timeout",
        "whitelabel",
    }
    assert required("POST", "/server/{server_id}/rename") == {"hostname"}
    assert required("POST", "/server/{server_id}/changeptr") == {
        "ip_address",
        "hostname",
    }
    assert required("POST", "/signup") == {"email", "country", "password"}
    assert required("PUT", "/details") == set()

    for method, path in [
        ("POST", "/server/{server_id}/reinstall"),
        ("POST", "/server/{server_id}/changedns"),
        ("POST", "/server/{server_id}/webconsole"),
        ("POST", "/signup"),
    ]:
        assert operation(spec, method, path)["requestBody"]["required"] is True
    assert (
        operation(spec, "PUT", "/details")["requestBody"].get("required", False)
        is False
    )


def test_enums_and_constraints(spec: dict[str, Any]) -> None:
    timeout = body_property(spec, "POST", "/server/{server_id}/webconsole", "timeout")
    assert timeout["enum"] == ["1h", "3h", "6h", "12h", "24h"]

    template = next(
        p
        for p in parameters(spec, "GET", "/vpn/servers/{id}/config/{template}")
        if p["name"] == "template"
    )
    assert set(template["schema"]["enum"]) == {
        "ovpn_default",
        "ovpn_443",
        "pbk_default",
    }

    width = next(
        p
        for p in parameters(spec, "GET", "/server/{server_id}/graphs/{width}")
        if p["name"] == "width"
    )
    assert width["schema"]["type"] == "integer"
    assert width["schema"]["minimum"] == 200
    assert width["schema"]["maximum"] == 768

    password = body_property(spec, "POST", "/signup", "password")
    assert password["minLength"] == 12
    pattern = re.compile(password["pattern"])
    assert pattern.search("Abcdefghijk1")
    assert not pattern.search("abcdefghijk1")  # no uppercase letter
    assert not pattern.search("Abcdefghijkl")  # no digit
    assert not pattern.search("Abcdefghij1")  # too short

    secret = body_property(spec, "POST", "/signup", "2fasecret")
    assert secret["minLength"] == secret["maxLength"] == 16

    for method, path in [
        ("PUT", "/details"),
        ("POST", "/contact"),
        ("PUT", "/contact/{id}"),
    ]:
        assert body_property(spec, method, path, "state")["maxLength"] == 20

    cycle = body_property(spec, "POST", "/order/{product_id}", "cycle")
    assert {"m", "a"} <= set(cycle["enum"])
    assert body_property(spec, "POST", "/service/{id}/upgrade", "cycle") == cycle

    item = resolve(spec, body_property(spec, "POST", "/order", "items")["items"])
    assert set(resolve(spec, item["properties"]["type"])["enum"]) == {
        "product",
        "certificate",
    }


# ---------------------------------------------------------------- test 4


def test_operation_ids_and_tags(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    ids = [op["operationId"] for op in ops.values()]
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    camel = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)*$")
    for op_id in ids:
        assert camel.match(op_id), f"{op_id!r} is not camelCase"

    assert {t["name"] for t in spec["tags"]} == TAGS
    assert all(t.get("description") for t in spec["tags"])
    for key, op in ops.items():
        assert len(op["tags"]) == 1, key
        assert op["tags"][0] in TAGS, key
        assert op.get("summary"), key

    assert operation(spec, "GET", "/details")["operationId"] == "getDetails"
    assert operation(spec, "PUT", "/details")["operationId"] == "updateDetails"
    assert operation(spec, "GET", "/server")["operationId"] == "listServers"
    assert (
        operation(spec, "POST", "/server/{server_id}/reboot")["operationId"]
        == "rebootServer"
    )
    assert (
        operation(spec, "GET", "/server/{server_id}/task/{task_id}")["operationId"]
        == "getTask"
    )


def test_security(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["basicAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "basic"
    assert spec["security"] == [{"basicAuth": []}]
    for key, op in operations(spec).items():
        if key in UNAUTHENTICATED:
            assert op.get("security") == [], f"{key} must not require authentication"
        else:
            assert "security" not in op, key


def test_error_responses(spec: dict[str, Any]) -> None:
    error = spec["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    assert error["properties"]["error"]["items"]["type"] == "string"
    unauthorized = spec["components"]["responses"]["Unauthorized"]
    assert unauthorized["content"]["application/json"]["example"] == {
        "error": ["wronglogin"]
    }

    for key, op in operations(spec).items():
        codes = {"400"} if key in UNAUTHENTICATED else {"400", "401", "403", "404"}
        for code in codes:
            assert code in op["responses"], f"{key} lacks {code}"
            ref = op["responses"][code]["$ref"]
            assert ref.startswith("#/components/responses/"), key
            media = resolve(spec, op["responses"][code])["content"]["application/json"]
            assert media["schema"] == {"$ref": "#/components/schemas/Error"}
            assert "example" in media


def test_async_server_actions_return_task_started(spec: dict[str, Any]) -> None:
    refs = set()
    for action in ASYNC_SERVER_ACTIONS:
        op = operation(spec, "POST", f"/server/{{server_id}}/{action}")
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        refs.add(schema["$ref"])
    assert len(refs) == 1, f"async actions should share one schema, got {refs}"
    task_started = resolve(spec, {"$ref": refs.pop()})
    assert task_started["required"] == ["task_id"]
    assert task_started["properties"]["task_id"]["type"] == "integer"

    task_op = operation(spec, "GET", "/server/{server_id}/task/{task_id}")
    task = resolve(
        spec, task_op["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert {"name", "activated", "assigned", "completed", "results"} <= set(
        task["properties"]
    )
    assert "empty" in task["properties"]["completed"]["description"]


def test_every_success_response_has_a_named_schema(spec: dict[str, Any]) -> None:
    for key, op in operations(spec).items():
        media = op["responses"]["200"]["content"]["application/json"]
        assert media["schema"]["$ref"].startswith("#/components/schemas/"), key


# The only extensions allowed are clientgen's documented ones (docs/extensions.md).
CLIENTGEN_EXTENSIONS = {"x-clientgen-task", "x-clientgen-task-poll"}


def test_only_documented_clientgen_extensions(spec: dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if str(k).startswith("x-"):
                    assert k in CLIENTGEN_EXTENSIONS, (
                        f"unknown extension {k!r} at {where}"
                    )
                    continue
                if k in ("example", "examples"):
                    continue
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(spec, "#")
    polls = [op for op in operations(spec).values() if "x-clientgen-task-poll" in op]
    starts = [op for op in operations(spec).values() if "x-clientgen-task" in op]
    assert [op["operationId"] for op in polls] == ["getTask"]
    assert len(starts) == 8
    assert all(op["x-clientgen-task"]["poll"] == "getTask" for op in starts)
