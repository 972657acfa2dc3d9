"""The runtime's work per page and per call: iterating the pages computes each page's next
request once (not once for has_next_page and again for get_next_page), and the fake's
unknown-operation errors keep their messages."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

import pytest

from tests.pagination.conftest import (
    Mode,
    PagingServer,
    client,
    every_item,
    sync_and_async,
)


@sync_and_async
async def test_each_pages_next_request_is_computed_once(
    mode: Mode,
    paging: ModuleType,
    server: PagingServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from paging._pagination import BasePage

    calls: list[int] = []
    original = BasePage._next_request

    def counted(self: Any) -> Any:
        calls.append(id(self))
        return original(self)

    monkeypatch.setattr(BasePage, "_next_request", counted)
    c = client(paging, mode, server)
    items = await every_item(mode, lambda: c.items.list_pages(page_size=3))
    assert [item.id for item in items] == list(range(1, 8))
    assert len(server.seen) == 3
    assert len(calls) == 3 and len(set(calls)) == 3  # one per page


def test_the_fakes_unknown_operation_messages(paging: ModuleType) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    known = sorted(op["name"] for op in fake._spec["operations"])
    message = f"no operation 'items.nope'; known: {known}"
    with pytest.raises(KeyError, match=re.escape(repr(message))):
        fake.override("items.nope", [])
    for method in (fake.store_items, fake.calls_to):
        with pytest.raises(KeyError) as raised:
            method("items.nope", *([[]] if method == fake.store_items else []))
        assert raised.value.args == ("no operation 'items.nope'",)
