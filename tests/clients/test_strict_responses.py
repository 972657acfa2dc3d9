"""Lenient by default, strict on request, on the vendor clients (sync and async).

Time4VPS answering `{"ip": 5}` for a `str` field: kept as `ip=5` by default; with
`strict_response_validation=True` (constructor, `with_options`, BigTime's `login`), an
`APIResponseValidationError` saying where and what. The READMEs document both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import bigtime
import httpx
import pytest
from time4vps import APIResponseValidationError
from time4vps.models import ServerSummary

from .conftest import (
    PASSWORD,
    MockAPI,
    Mode,
    reply,
    resolve,
    sync_and_async,
    time4vps_client,
)

GENERATED = Path(__file__).resolve().parents[2] / "generated"
SERVERS = [{"server_id": 1, "ip": 5, "extra": "kept"}]


@sync_and_async
async def test_lenient_by_default(mode: Mode) -> None:
    client = time4vps_client(mode, MockAPI(reply(200, SERVERS)))

    servers = await resolve(client.server_management.list_servers())

    assert servers == [ServerSummary(server_id=1, ip=5, additional_properties={"extra": "kept"})]  # type: ignore[arg-type]
    assert client.strict_response_validation is False


@sync_and_async
async def test_strict_raises_with_where_and_what(mode: Mode) -> None:
    client = time4vps_client(
        mode, MockAPI(reply(200, SERVERS)), strict_response_validation=True
    )

    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.server_management.list_servers())

    err = info.value
    assert str(err) == (
        "GET /api/server: result[0].ip (ServerSummary.ip) is not of the declared type: "
        "expected str, got int 5"
    )
    assert (err.path, err.model, err.field, err.expected, err.got) == (
        "result[0].ip",
        "ServerSummary",
        "ip",
        "str",
        "int",
    )
    assert err.response.status_code == 200
    assert err.body == SERVERS


@sync_and_async
async def test_strict_through_with_options(mode: Mode) -> None:
    client = time4vps_client(mode, MockAPI(reply(200, SERVERS)))
    strict = client.with_options(strict_response_validation=True)

    with pytest.raises(APIResponseValidationError):
        await resolve(strict.server_management.list_servers())
    assert (await resolve(client.server_management.list_servers()))[0].ip == 5


@sync_and_async
async def test_strict_login_client(mode: Mode) -> None:
    api = MockAPI(
        reply(200, {"token": "t", "firm": "f"}),
        reply(200, [{"SystemId": "not a number", "Nm": "Acme"}]),
    )
    http: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    cls: Any = bigtime.BigTime if mode == "sync" else bigtime.AsyncBigTime
    client = await resolve(
        cls.login(
            user_id="a@example.com",
            password=PASSWORD,
            http_client=http(transport=api.transport),
            strict_response_validation=True,
        )
    )

    with pytest.raises(bigtime.APIResponseValidationError) as info:
        await resolve(client.client.list_clients())

    assert info.value.path == "result[0].system_id"
    assert (info.value.model, info.value.expected) == ("ClientBasic", "int")


@pytest.mark.parametrize("package", ["time4vps", "tim4biz", "bigtime"])
def test_the_readme_documents_leniency_and_strictness(package: str) -> None:
    readme = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Unexpected data from the server", 1)[1].split("\n## ", 1)[0]
    assert "is kept as received" in section
    assert "additional_properties" in section
    assert "`Item(id='7', name='x', additional_properties={'colour': 'red'})`" in section
    assert "strict_response_validation=True)" in section
    assert "APIResponseValidationError" in section
