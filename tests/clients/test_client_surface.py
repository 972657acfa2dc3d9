"""The public surface of the clients: constructor options, resources and methods,
context managers, raw responses, the light import and NOT_GIVEN."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import keyword
import math
import subprocess
import sys
import typing
from dataclasses import dataclass
from typing import Any

import bigtime
import httpx
import pytest
import tim4biz
import time4vps
from bigtime import AsyncBigTime, BigTime
from tim4biz import AsyncTIM4biz, TIM4biz
from time4vps import NOT_GIVEN, APIResponse, AsyncTime4VPS, NotGiven, Time4VPS
from time4vps.models import DnsZone, ServerSummary

from .conftest import (
    API_TOKEN,
    BIGTIME_BASE,
    PACKAGES,
    REALM,
    TIM4BIZ_BASE,
    TIME4VPS_BASE,
    MockAPI,
    Mode,
    body_json,
    load_spec,
    query,
    reply,
    resolve,
    snake,
    sync_and_async,
    time4vps_client,
)

PER_CALL_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query")
CLIENT_CLASSES: dict[str, tuple[type[Any], type[Any]]] = {
    "time4vps": (Time4VPS, AsyncTime4VPS),
    "tim4biz": (TIM4biz, AsyncTIM4biz),
    "bigtime": (BigTime, AsyncBigTime),
}
DEFAULT_BASE_URLS = {
    "time4vps": TIME4VPS_BASE,
    "tim4biz": TIM4BIZ_BASE,
    "bigtime": BIGTIME_BASE,
}
HTTP = (
    httpx.Client(transport=MockAPI().transport),
    httpx.AsyncClient(transport=MockAPI().transport),
)
ZONE = {"service_id": 1, "zone_id": 2, "name": "example.com", "records": []}


def python_name(wire: str) -> str:
    name = snake(wire)
    if name[:1].isdigit():
        name = "field_" + name
    if keyword.iskeyword(name) or name in PER_CALL_OPTIONS:
        name += "_"
    return name


# -- one attribute per tag, one method per operation ---------------------------------------
@dataclass(frozen=True)
class OperationCase:
    package: str
    tag: str
    operation_id: str
    params: dict[str, bool]  # python name -> required

    @property
    def id(self) -> str:
        return f"{self.package}.{self.operation_id}"


def operation_cases() -> list[OperationCase]:
    cases = []
    for package in PACKAGES:
        spec = load_spec(package)
        schemas = spec["components"]["schemas"]
        for item in spec["paths"].values():
            for method, op in item.items():
                if method not in ("get", "put", "post", "delete", "patch"):
                    continue
                params: dict[str, bool] = {}
                for p in [*item.get("parameters", []), *op.get("parameters", [])]:
                    params[python_name(p["name"])] = bool(p.get("required"))
                body = op.get("requestBody")
                if body:
                    schema = body["content"]["application/json"]["schema"]
                    if "$ref" in schema:
                        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                    required = (
                        set(schema.get("required", []))
                        if body.get("required")
                        else set()
                    )
                    for prop in schema.get("properties", {}):
                        params[python_name(prop)] = prop in required
                cases.append(
                    OperationCase(package, op["tags"][0], op["operationId"], params)
                )
    return cases


OPERATIONS = operation_cases()


def test_operation_count() -> None:
    counts = {p: sum(1 for c in OPERATIONS if c.package == p) for p in PACKAGES}
    assert counts == {"time4vps": 73, "tim4biz": 2, "bigtime": 5}


@pytest.mark.parametrize("case", OPERATIONS, ids=[c.id for c in OPERATIONS])
def test_operation_method_signature(case: OperationCase) -> None:
    sync_cls, async_cls = CLIENT_CLASSES[case.package]
    package = sys.modules[case.package]
    for cls in (sync_cls, async_cls):
        client = cls(http_client=HTTP[cls is async_cls])
        resource = getattr(client, snake(case.tag))
        method = getattr(resource, snake(case.operation_id))
        assert callable(getattr(resource.with_raw_response, snake(case.operation_id)))
        assert inspect.iscoroutinefunction(method) is (cls is async_cls)

        assert callable(
            getattr(resource.with_streaming_response, snake(case.operation_id))
        )

        parameters = inspect.signature(method).parameters
        for name, p in parameters.items():
            assert p.kind is inspect.Parameter.KEYWORD_ONLY, name
            assert not keyword.iskeyword(name)
        assert set(PER_CALL_OPTIONS) <= set(parameters)
        # a JSON object body is also taken whole (body=): two overloads, the body's
        # fields as arguments (exactly the spec's) or body= without them
        stubs = typing.get_overloads(getattr(type(resource), method.__name__))
        if stubs:
            whole, parameters = (inspect.signature(f).parameters for f in stubs)
            assert "body" in whole and "body" not in parameters
            assert set(whole) - {"self"} < {*case.params, "body", *PER_CALL_OPTIONS}
        assert set(parameters) - {"self"} == {*case.params, *PER_CALL_OPTIONS}
        for name, required in case.params.items():
            default = parameters[name].default
            if required:
                assert default is inspect.Parameter.empty, name
            else:
                assert default is package.NOT_GIVEN, name


def test_python_safe_names() -> None:
    client = TIM4biz(http_client=HTTP[0])
    params = inspect.signature(client.call_accounting.get_extension_total).parameters
    assert "from_" in params
    assert "from" not in params


@pytest.mark.parametrize("package", PACKAGES)
def test_client_classes_exported(package: str) -> None:
    module = sys.modules[package]
    sync_cls, async_cls = CLIENT_CLASSES[package]
    assert getattr(module, sync_cls.__name__) is sync_cls
    assert getattr(module, async_cls.__name__) is async_cls


@pytest.mark.parametrize("package", PACKAGES)
def test_constructor_is_keyword_only(package: str) -> None:
    sync_cls, async_cls = CLIENT_CLASSES[package]
    for cls in (sync_cls, async_cls):
        params = inspect.signature(cls).parameters
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
        for option in (
            "base_url",
            "timeout",
            "max_retries",
            "http_client",
            "default_headers",
        ):
            assert option in params
        with pytest.raises(TypeError):
            cls("positional")


# -- base_url ------------------------------------------------------------------------------
@pytest.mark.parametrize("package", PACKAGES)
def test_default_base_url_is_first_server(package: str) -> None:
    spec = load_spec(package)
    first = spec["servers"][0]["url"]
    assert first == DEFAULT_BASE_URLS[package]
    for cls in CLIENT_CLASSES[package]:
        assert cls().base_url == first


@sync_and_async
async def test_base_url_override(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, base_url="https://staging.example.test/v1/")

    await resolve(client.clientarea.get_contact(id=1))

    assert str(api.one.url) == "https://staging.example.test/v1/contact/1"


@sync_and_async
async def test_base_url_from_env(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIME4VPS_BASE_URL", "https://env.example.test/api")
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_details())

    assert str(api.one.url) == "https://env.example.test/api/details"
    # an explicit base_url wins over the environment
    assert (
        Time4VPS(base_url="https://arg.example.test").base_url
        == "https://arg.example.test"
    )


@pytest.mark.parametrize(
    ("cls", "env"),
    [(TIM4biz, "TIM4BIZ_BASE_URL"), (AsyncBigTime, "BIGTIME_BASE_URL")],
)
def test_base_url_env_of_each_package(
    cls: type[Any], env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(env, "https://env.example.test")
    assert cls().base_url == "https://env.example.test"


# -- timeouts ------------------------------------------------------------------------------
def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


@sync_and_async
async def test_default_timeout_is_finite_60s(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_details())

    timeout = timeout_of(api.one)
    assert timeout["read"] == 60.0
    assert all(
        v is not None and math.isfinite(v) and v <= 60.0 for v in timeout.values()
    )
    default = httpx.Timeout(client.timeout)
    assert default.read == 60.0


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5.0, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (
            httpx.Timeout(30.0, connect=2.0),
            {"connect": 2.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        ),
    ],
    ids=["float", "httpx.Timeout"],
)
@sync_and_async
async def test_client_timeout_is_forwarded(
    mode: Mode, timeout: float | httpx.Timeout, expected: dict[str, float]
) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, timeout=timeout)

    await resolve(client.clientarea.get_details())

    assert timeout_of(api.one) == expected


@sync_and_async
async def test_per_call_timeout_is_forwarded(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, timeout=20.0)

    await resolve(client.clientarea.get_details(timeout=2.5))
    await resolve(client.with_options(timeout=7.0).clientarea.get_details())
    await resolve(client.clientarea.get_details())

    reads = [timeout_of(r)["read"] for r in api.requests]
    assert reads == [2.5, 7.0, 20.0]


# -- headers -------------------------------------------------------------------------------
@sync_and_async
async def test_default_headers(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(
        mode, api, default_headers={"X-App": "billing-sync", "X-Env": "test"}
    )

    await resolve(client.clientarea.get_details())
    await resolve(client.clientarea.get_details(extra_headers={"X-Env": "override"}))
    await resolve(
        client.with_options(default_headers={"X-More": "1"}).billing.get_balance()
    )

    first, second, third = api.requests
    assert (first.headers["X-App"], first.headers["X-Env"]) == ("billing-sync", "test")
    assert (second.headers["X-App"], second.headers["X-Env"]) == (
        "billing-sync",
        "override",
    )
    assert (third.headers["X-App"], third.headers["X-More"]) == ("billing-sync", "1")


@sync_and_async
async def test_max_retries_default(mode: Mode) -> None:
    client = time4vps_client(mode, MockAPI())
    assert client.max_retries == 2
    assert time4vps_client(mode, MockAPI(), max_retries=5).max_retries == 5


# -- context managers and closing ----------------------------------------------------------
def test_sync_context_manager_closes_own_pool() -> None:
    with Time4VPS() as client:
        assert isinstance(client, Time4VPS)
        assert not client.is_closed
    assert client.is_closed


def test_sync_close_closes_own_pool() -> None:
    client = BigTime()
    client.close()
    assert client.is_closed


def test_sync_context_manager_leaves_user_http_client_open() -> None:
    api = MockAPI()
    http = api.sync_client()
    with Time4VPS(username="u", password="p", http_client=http) as client:
        client.clientarea.get_details()
    client.close()

    assert not http.is_closed
    http.get("https://billing.time4vps.com/api/details")  # still usable
    assert len(api.requests) == 2
    http.close()


async def test_async_context_manager_closes_own_pool() -> None:
    async with AsyncTime4VPS() as client:
        assert isinstance(client, AsyncTime4VPS)
        assert not client.is_closed
    assert client.is_closed


@pytest.mark.parametrize("method", ["aclose", "close"])
async def test_async_close_closes_own_pool(method: str) -> None:
    client = AsyncTIM4biz()
    await getattr(client, method)()
    assert client.is_closed


async def test_async_context_manager_leaves_user_http_client_open() -> None:
    api = MockAPI()
    http = api.async_client()
    async with AsyncBigTime(
        http_client=http, api_token=API_TOKEN, realm=REALM
    ) as client:
        await client.client.list_clients()
    await client.aclose()

    assert not http.is_closed
    await http.get("https://iq.bigtime.net/BigtimeData/api/v2/client")
    assert len(api.requests) == 2
    await http.aclose()


def test_with_options_copy_does_not_close_shared_pool() -> None:
    client = Time4VPS()
    copy = client.with_options(max_retries=0)
    copy.close()
    assert not client.is_closed
    client.close()
    assert client.is_closed


# -- raw responses -------------------------------------------------------------------------
@sync_and_async
async def test_with_raw_response(mode: Mode) -> None:
    api = MockAPI(reply(200, ZONE, headers={"x-request-id": "r-1", "X-Custom": "yes"}))
    client = time4vps_client(mode, api)

    raw = await resolve(
        client.dns.with_raw_response.get_dns_zone(service_id=1, zone_id=2)
    )

    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Custom"] == "yes"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url.path == "/api/service/1/dns/2"
    assert json.loads(raw.http_response.content) == ZONE
    zone = raw.parse()
    assert isinstance(zone, DnsZone)
    assert zone.name == "example.com"
    assert raw.parse() is zone
    assert len(api.requests) == 1


@sync_and_async
async def test_with_raw_response_list(mode: Mode) -> None:
    servers = [
        {"server_id": 1, "domain": "a.example", "ip": "192.0.2.1"},
        {"server_id": 2, "domain": "b.example", "ip": "192.0.2.2"},
    ]
    api = MockAPI(reply(200, servers))
    client = time4vps_client(mode, api)

    raw = await resolve(client.server_management.with_raw_response.list_servers())

    parsed = raw.parse()
    assert [type(s) for s in parsed] == [ServerSummary, ServerSummary]
    assert [s.to_dict() for s in parsed] == servers


@sync_and_async
async def test_with_raw_response_error_still_raises(mode: Mode) -> None:
    api = MockAPI(reply(404, {"error": ["notfound"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(time4vps.NotFoundError):
        await resolve(
            client.dns.with_raw_response.get_dns_zone(service_id=1, zone_id=2)
        )


@sync_and_async
async def test_normal_call_after_raw_call_parses(mode: Mode) -> None:
    api = MockAPI(reply(200, ZONE))
    client = time4vps_client(mode, api)

    await resolve(client.dns.with_raw_response.get_dns_zone(service_id=1, zone_id=2))
    zone = await resolve(client.dns.get_dns_zone(service_id=1, zone_id=2))

    assert isinstance(zone, DnsZone)


# -- light import --------------------------------------------------------------------------
LIGHT_IMPORT = """
import sys
import {pkg}
loaded = sorted(
    m for m in sys.modules
    if m.startswith(("{pkg}.models.", "{pkg}.resources."))
)
print(loaded)
client = {pkg}.{cls}()
resource = client.{attr}
after_resource = sorted(m for m in sys.modules if m.startswith("{pkg}.models."))
print(after_resource)
"""


@pytest.mark.parametrize(
    ("package", "cls", "attr"),
    [
        ("time4vps", "Time4VPS", "dns"),
        ("tim4biz", "TIM4biz", "messaging"),
        ("bigtime", "BigTime", "client"),
    ],
)
def test_import_is_light(package: str, cls: str, attr: str) -> None:
    code = LIGHT_IMPORT.format(pkg=package, cls=cls, attr=attr)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    at_import, after_resource = result.stdout.splitlines()
    assert at_import == "[]"
    assert after_resource == "[]"  # a resource does not import models before a call


# -- NOT_GIVEN -----------------------------------------------------------------------------
def test_not_given_sentinel() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NOT_GIVEN is not None
    for package in (tim4biz, bigtime):
        assert repr(package.NOT_GIVEN) == "NOT_GIVEN"


@sync_and_async
async def test_not_given_is_omitted_and_none_is_sent(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)
    explicit_none: Any = None

    await resolve(client.dns.add_dns_record(service_id=1, zone_id=2, name="www"))
    await resolve(
        client.dns.add_dns_record(
            service_id=1, zone_id=2, name="www", priority=explicit_none
        )
    )
    await resolve(
        client.dns.add_dns_record(
            service_id=1, zone_id=2, name=NOT_GIVEN, ttl=NOT_GIVEN
        )
    )

    first, second, third = api.requests
    assert body_json(first) == {"name": "www"}
    assert body_json(second) == {"name": "www", "priority": None}
    assert third.content == b""  # nothing given: no body at all


@sync_and_async
async def test_query_not_given_and_none_are_omitted(mode: Mode) -> None:
    api = MockAPI(reply(200, {}))
    client = time4vps_client(mode, api)
    explicit_none: Any = None

    await resolve(client.clientarea.list_notifications())
    await resolve(
        client.clientarea.list_notifications(rel_type=explicit_none, rel_id="5")
    )

    assert [query(r) for r in api.requests] == ["", "rel_id=5"]


@pytest.mark.parametrize("package", PACKAGES)
def test_models_are_dataclasses_with_dict_round_trip(package: str) -> None:
    models = sys.modules[package].models
    names = models.__all__
    assert names
    for name in names:
        cls: Any = getattr(models, name)
        if issubclass(cls, enum.Enum):
            continue
        assert callable(cls.from_dict) and callable(cls.to_dict), name
        assert dataclasses.is_dataclass(cls), name
