"""The shipped fake (PKG.testing) serves pages as the API pages them: with items stored, a
user's test iterates across pages with no server, sync and async, in every style."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.pagination.conftest import Mode, every_item, first_page, sync_and_async

ITEMS = [{"id": i, "name": f"n{i}"} for i in range(1, 8)]
PAGED = {
    "events.list_": "page=2&per_page=3",  # the fake's own Link
    "runs.list_": "page=2&per_page=3",
    "items.list_pages": "page=2",
    "items.list_offsets": "offset=3",
    "items.list_cursors": "cursor=fake-cursor-3",
    "items.list_declared": "token=fake-cursor-3",
}


def _client(paging: ModuleType, mode: Mode, fake: Any) -> Any:
    if mode == "sync":
        return paging.Paging(token="t", http_client=fake.http_client())
    return paging.AsyncPaging(token="t", http_client=fake.async_http_client())


def _method(c: Any, name: str) -> Any:
    resource, method = name.split(".")
    return getattr(getattr(c, resource), method)


@sync_and_async
@pytest.mark.parametrize("name", sorted(PAGED))
async def test_the_fake_serves_stored_items_a_page_at_a_time(
    mode: Mode, name: str, paging: ModuleType
) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    fake.store_items(name, ITEMS, page_size=3)
    c = _client(paging, mode, fake)
    items = await every_item(mode, lambda: _method(c, name)())
    assert [i.id for i in items] == list(range(1, 8))
    calls = fake.calls_to(name)
    assert [call.status for call in calls] == [200, 200, 200]
    assert calls[1].request.url.query.decode() == PAGED[name]


@sync_and_async
async def test_the_page_size_a_request_asks_for_wins(
    mode: Mode, paging: ModuleType
) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    fake.store_items("items.list_pages", ITEMS, page_size=3)
    c = _client(paging, mode, fake)
    page = await first_page(mode, lambda: c.items.list_pages(page_size=5))
    assert [i.id for i in page.items] == [1, 2, 3, 4, 5] and page.has_next_page()
    assert len(await every_item(mode, lambda: page)) == 7
    assert len(fake.calls) == 2


@sync_and_async
async def test_without_stored_items_the_example_is_one_last_page(
    mode: Mode, paging: ModuleType
) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    c = _client(paging, mode, fake)
    for name in sorted(PAGED):
        fake.reset()
        items = await every_item(mode, lambda: _method(c, name)())  # noqa: B023
        assert len(items) == 1 and isinstance(items[0], paging.models.Item), name
        # one page: no Link (not even the spec's example one), no next cursor; page
        # numbers and offsets learn it from an empty second page
        expected = 2 if name in ("items.list_pages", "items.list_offsets") else 1
        assert len(fake.calls) == expected, name


def test_storing_items_is_for_lists_that_page(paging: ModuleType) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    with pytest.raises(ValueError, match="is not a list that pages"):
        fake.store_items("items.list_unpaged", ITEMS)
    with pytest.raises(KeyError):
        fake.store_items("items.nope", ITEMS)
    with pytest.raises(ValueError, match="page_size"):
        fake.store_items("items.list_pages", ITEMS, page_size=0)


@sync_and_async
async def test_an_override_still_wins_and_reset_forgets_the_items(
    mode: Mode, paging: ModuleType
) -> None:
    from paging.testing import FakePaging

    fake = FakePaging()
    fake.store_items("items.list_offsets", ITEMS, page_size=3)
    fake.override("items.list_offsets", [{"id": 42}])
    c = _client(paging, mode, fake)
    assert [i.id for i in await every_item(mode, c.items.list_offsets)] == [42]
    fake.reset()
    assert [i.id for i in await every_item(mode, c.items.list_offsets)] == [1]
