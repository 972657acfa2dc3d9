"""Pages against a real server on 127.0.0.1 (tests/pagination/conftest.py), sync and async:
every style yields every item across pages, fetching lazily, repeating the first request's
options; the page API; the loop and host guards; raw responses."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.pagination.conftest import (
    TOKEN,
    Mode,
    PagingServer,
    client,
    every_item,
    first_page,
    next_page,
    pages,
    sync_and_async,
)

ALL = list(range(1, 8))


def _ids(items: list[Any]) -> list[int]:
    return [item.id for item in items]


@sync_and_async
async def test_link_header_github_style(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    items = await every_item(mode, lambda: c.events.list_(per_page=3, kind="push"))
    assert _ids(items) == ALL
    assert isinstance(items[0], paging.models.Item)
    # the next requests are the rel="next" links, which carry every parameter
    assert server.paths() == [
        "/v1/events?kind=push&per_page=3",
        "/v1/events?kind=push&page=2&per_page=3",
        "/v1/events?kind=push&page=3&per_page=3",
    ]


@sync_and_async
async def test_link_header_around_an_object(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.runs.list_(per_page=2))) == ALL
    assert len(server.seen) == 4
    page = await first_page(mode, lambda: c.runs.list_())
    assert page.result.total_count == 7  # the object around the items
    assert _ids(page.items) == [1, 2, 3]


@sync_and_async
async def test_page_numbers_until_a_short_page(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.items.list_pages(page_size=3))) == ALL
    assert server.paths() == [
        "/v1/pages?pageSize=3",
        "/v1/pages?page=2&pageSize=3",
        "/v1/pages?page=3&pageSize=3",  # 1 item: short, the last page
    ]


@sync_and_async
async def test_page_numbers_without_a_size_stop_on_an_empty_page(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    server.items = server.items[:6]  # two full pages of the server's default 3
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.items.list_pages(page=1))) == ALL[:6]
    assert server.paths() == [
        "/v1/pages?page=1",
        "/v1/pages?page=2",
        "/v1/pages?page=3",  # empty
    ]


@sync_and_async
async def test_offset_and_limit(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.items.list_offsets(limit=3))) == ALL
    assert server.paths() == [
        "/v1/offsets?limit=3",
        "/v1/offsets?limit=3&offset=3",
        "/v1/offsets?limit=3&offset=6",
    ]


@sync_and_async
async def test_cursor_in_the_body(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.items.list_cursors())) == ALL
    assert server.paths() == [
        "/v1/cursors",
        "/v1/cursors?cursor=c3",
        "/v1/cursors?cursor=c6",  # has_more false, next_cursor null: the last
    ]


@sync_and_async
async def test_declared_cursor(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    assert _ids(await every_item(mode, lambda: c.items.list_declared())) == ALL
    assert server.paths() == [
        "/v1/declared",
        "/v1/declared?token=c3",
        "/v1/declared?token=c6",  # nextToken "": the last
    ]


@sync_and_async
async def test_the_next_pages_repeat_the_first_requests_options(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server, default_headers={"X-App": "mine"})
    call = lambda: c.items.list_cursors(  # noqa: E731
        limit=3, extra_headers={"X-Trace": "abc"}, extra_query={"lang": "lt"}
    )
    assert _ids(await every_item(mode, call)) == ALL
    assert len(server.seen) == 3
    for seen in server.seen:
        assert seen.headers["authorization"] == f"Bearer {TOKEN}"
        assert seen.headers["x-app"] == "mine"
        assert seen.headers["x-trace"] == "abc"
        assert seen.query["lang"] == "lt" and seen.query["limit"] == "3"


@sync_and_async
async def test_the_link_style_keeps_credentials_and_extra_query_not_in_the_link(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    items = await every_item(mode, lambda: c.events.list_(extra_query={"lang": "lt"}))
    assert _ids(items) == ALL
    assert [s.query.get("lang") for s in server.seen] == ["lt"] * 3
    assert {s.headers["authorization"] for s in server.seen} == {f"Bearer {TOKEN}"}


@sync_and_async
async def test_pages_are_fetched_lazily(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    taken = []
    if mode == "sync":
        for item in c.items.list_offsets(limit=3):
            taken.append(item.id)
            if len(taken) == 3:
                break
    else:
        async for item in c.items.list_offsets(limit=3):
            taken.append(item.id)
            if len(taken) == 3:
                break
    assert taken == [1, 2, 3]
    assert len(server.seen) == 1  # the second page was never needed


@sync_and_async
async def test_the_page_api(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    page = await first_page(mode, lambda: c.items.list_pages(page_size=3))
    assert _ids(page.items) == [1, 2, 3]
    assert page.has_next_page()
    second = await next_page(mode, page)
    assert _ids(second.items) == [4, 5, 6]
    third = await next_page(mode, second)
    assert _ids(third.items) == [7] and not third.has_next_page()
    with pytest.raises(paging.PaginationError, match="this is the last page"):
        await next_page(mode, third)
    walked = await pages(mode, page)
    assert [_ids(p.items) for p in walked] == [[1, 2, 3], [4, 5, 6], [7]]
    assert repr(third) == f"<{type(third).__name__} 1 items, no next page>"
    assert type(page).__name__ == ("SyncPage" if mode == "sync" else "AsyncPage")
    # get_next_page twice from the same page is not a loop
    again = await next_page(mode, page)
    assert _ids(again.items) == [4, 5, 6]


@sync_and_async
async def test_nothing_is_sent_before_an_async_paginator_is_used(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    result = c.items.list_pages()
    assert len(server.seen) == (1 if mode == "sync" else 0)
    if mode == "async":
        assert type(result).__name__ == "AsyncPaginator"
        page = await result
        assert _ids(page.items) == [1, 2, 3] and len(server.seen) == 1


@sync_and_async
async def test_a_repeated_cursor_raises_instead_of_looping(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    server.loop = True  # every page answers next_cursor "c3"
    c = client(paging, mode, server)
    with pytest.raises(paging.PaginationError) as info:
        await every_item(mode, lambda: c.items.list_cursors())
    assert "the server sent the cursor 'c3' again" in str(info.value)
    assert "GET /cursors" in str(info.value)
    assert len(server.seen) == 2


@sync_and_async
async def test_a_repeated_next_link_raises_instead_of_looping(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    server.loop = True  # every page links to page 1
    c = client(paging, mode, server)
    with pytest.raises(paging.PaginationError, match=r"next link .* again"):
        await every_item(mode, lambda: c.events.list_())
    assert len(server.seen) == 2


@sync_and_async
async def test_a_server_ignoring_the_page_number_raises(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    server.ignore_page = True
    c = client(paging, mode, server)
    with pytest.raises(paging.PaginationError, match="answered the same items"):
        await every_item(mode, lambda: c.items.list_offsets(limit=3))
    assert len(server.seen) == 2


@sync_and_async
async def test_a_next_link_to_another_host_is_not_followed(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    server.foreign = True
    c = client(paging, mode, server)
    page = await first_page(mode, lambda: c.events.list_())
    assert _ids(page.items) == [1, 2, 3]
    with pytest.raises(paging.PaginationError, match="another server"):
        await next_page(mode, page)
    assert len(server.seen) == 1


@sync_and_async
async def test_with_raw_response_gives_the_first_pages_response(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    call = c.items.with_raw_response.list_pages(page_size=3)
    raw = call if mode == "sync" else await call
    assert isinstance(raw, paging.APIResponse)
    assert raw.status_code == 200
    page = raw.parse()
    assert _ids(page.items) == [1, 2, 3]
    assert _ids(await every_item(mode, lambda: page)) == ALL


@sync_and_async
async def test_with_streaming_response_gives_the_first_pages_response_unread(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    if mode == "sync":
        with c.items.with_streaming_response.list_pages(page_size=3) as streamed:
            assert isinstance(streamed, paging.StreamedAPIResponse)
            assert streamed.status_code == 200
            page = streamed.parse()
        assert streamed.is_closed
    else:
        async with c.items.with_streaming_response.list_pages(page_size=3) as streamed:
            assert isinstance(streamed, paging.AsyncStreamedAPIResponse)
            assert streamed.status_code == 200
            page = await streamed.parse()
        assert streamed.is_closed
    assert _ids(page.items) == [1, 2, 3]
    assert _ids(await every_item(mode, lambda: page)) == ALL


@sync_and_async
async def test_an_error_on_a_later_page_raises_the_status_error(
    mode: Mode, paging: ModuleType, server: PagingServer
) -> None:
    c = client(paging, mode, server)
    page = await first_page(mode, lambda: c.items.list_pages(page_size=3))
    server.fail = True
    with pytest.raises(paging.InternalServerError, match="GET /v1/pages"):
        await next_page(mode, page)
