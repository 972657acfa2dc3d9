"""Models show only the fields that are set; every request says which client sent it."""

from __future__ import annotations

import platform
import re

import httpx
import time4vps

from tests.clients.conftest import (
    MockAPI,
    Mode,
    reply,
    resolve,
    sync_and_async,
    time4vps_client,
)


@sync_and_async
async def test_a_model_repr_shows_only_the_fields_that_are_set(mode: Mode) -> None:
    api = MockAPI(reply(200, [{"server_id": 7, "domain": "a.example", "zone": 3}]))
    (server,) = await resolve(
        time4vps_client(mode, api).server_management.list_servers()
    )
    text = repr(server)
    assert text == (
        "ServerSummary(server_id=7, domain='a.example', additional_properties={'zone': 3})"
    )
    assert "NOT_GIVEN" not in text


@sync_and_async
async def test_requests_carry_the_clients_user_agent(mode: Mode) -> None:
    api = MockAPI(reply(200, []))
    client = time4vps_client(mode, api)
    await resolve(client.server_management.list_servers())
    sent = api.one.headers["User-Agent"]
    assert sent == client.user_agent
    assert re.fullmatch(
        rf"time4vps/{re.escape(time4vps.__version__)} clientgen/\S+ "
        rf"python/{re.escape(platform.python_version())} "
        rf"httpx/{re.escape(httpx.__version__)}",
        sent,
    ), sent


@sync_and_async
async def test_a_user_agent_of_yours_replaces_or_extends_it(mode: Mode) -> None:
    api = MockAPI(reply(200, []))
    client = time4vps_client(mode, api)
    extended = client.user_agent + " myapp/1.0"
    mine = time4vps_client(mode, api, default_headers={"User-Agent": extended})
    await resolve(mine.server_management.list_servers())
    assert api.one.headers["User-Agent"] == extended
