"""Pages of a list operation, and iteration over every item of every page.

A list operation that pages returns a `SyncPage` (sync client) or an `AsyncPaginator`
(async client: `await` it for the first `AsyncPage`, or `async for` over it for every
item). Iterating yields the items of every page, fetching each next page only when the
items before it are used up; `page.items` are the page's own items, `has_next_page()`
says whether there is another, `get_next_page()` fetches it, `iter_pages()` walks them.

How the next page is asked for depends on the API (`Paging.style`):

- `link`: the URL of the response's `Link: <...>; rel="next"` header (same host only);
- `page`: the page number + 1, until a page is short (fewer items than the page size
  asked for, or than the first page had) or empty;
- `offset`: the offset + the items received, until a page is short or empty;
- `cursor`: the answer's next cursor, until it is null or empty (or `has_more` is false).

Every next request repeats the first one's options (credentials, headers, timeout, retries
and the other arguments). A server that sends the same next link or cursor again, or the
same items for the next page number, raises `PaginationError` instead of looping forever.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._exceptions import APIError
from ._response import Asked, AsyncStreamedAPIResponse, StreamedAPIResponse
from ._types import NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Op, SyncAPIClient
    from ._types import Headers, Query

__all__ = ["AsyncPage", "AsyncPaginator", "PaginationError", "Paging", "SyncPage"]

_I = TypeVar("_I")


class PaginationError(APIError):
    """Paging cannot go on: the server repeated a next page (it would never end), or its
    next link points to another host (which would receive the credentials)."""


@dataclass(frozen=True)
class Paging(Generic[_I]):
    """How one operation pages (written by clientgen from the spec).

    Arguments are the method's keyword arguments; answer fields are (attribute, wire
    name) pairs, read from a model or a plain mapping.
    """

    style: str  # link | page | offset | cursor
    items: tuple[str, str] | None = None  # the array in an object answer (None: all)
    page: str | None = None  # the page number (page) or the offset (offset) argument
    size: str | None = None  # the page size argument
    cursor: str | None = None  # the argument that takes the cursor
    next_cursor: tuple[str, str] | None = None  # the answer's next cursor
    has_more: tuple[str, str] | None = None  # the answer's "there is more" flag
    first_page: int = 1


@dataclass
class _Listing:
    """What the pages of one listing share."""

    operation: str  # "GET /path", for messages
    first_size: int | None = None


def _given(value: Any) -> bool:
    return value is not None and not isinstance(value, NotGiven)


def _read(result: Any, name: tuple[str, str]) -> Any:
    attribute, wire = name
    if isinstance(result, Mapping):
        value = result.get(wire)
    else:
        value = getattr(result, attribute, None)
    return value if _given(value) else None


def _items(paging: Paging[Any], result: Any) -> list[Any]:
    found = result if paging.items is None else _read(result, paging.items)
    return list(found) if isinstance(found, list | tuple) else []


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value) if _given(value) else default
    except (TypeError, ValueError):
        return default


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "/"))


class BasePage(Generic[_I]):
    """One page of a list operation: its items, its answer and the HTTP response."""

    def __init__(
        self,
        paging: Paging[_I],
        args: Mapping[str, Any],
        result: Any,
        response: httpx.Response,
        listing: _Listing,
        previous: BasePage[_I] | None = None,
        url: str | None = None,
    ) -> None:
        self.items: list[_I] = _items(paging, result)
        #: the whole parsed answer (for a wrapped list: the object around the items)
        self.result: Any = result
        self.http_response = response
        self._paging = paging
        self._args = dict(args)
        self._listing = listing
        # the next links / cursors this page and the pages before it were fetched with
        key = self._key(args, url) if previous is not None else None
        before = previous._chain if previous is not None else frozenset()
        self._chain: frozenset[str] = before | {key} if key is not None else before
        if listing.first_size is None:
            listing.first_size = len(self.items)
        if (
            previous is not None
            and paging.style in ("page", "offset")
            and self.items
            and self.items == previous.items
            and paging.page is not None
        ):
            raise PaginationError(
                f"{listing.operation}: {paging.page}={self._args.get(paging.page)!r} "
                "answered the same items as the page before it (the server seems to "
                "ignore the argument); stopped paging to avoid an endless loop",
                response.request,
            )

    def __repr__(self) -> str:
        more = "a next page" if self.has_next_page() else "no next page"
        return f"<{type(self).__name__} {len(self.items)} items, {more}>"

    def _next_request(self) -> tuple[dict[str, Any], str | None] | None:
        """The arguments (and URL, for a link) of the next page's request; None: last."""
        paging, args = self._paging, self._args
        if paging.has_more is not None and _read(self.result, paging.has_more) is False:
            return None
        if paging.style == "link":
            url = self.http_response.links.get("next", {}).get("url")
            return (args, self._resolved(url)) if url else None
        if paging.style == "cursor":
            assert paging.next_cursor is not None and paging.cursor is not None
            cursor = _read(self.result, paging.next_cursor)
            if cursor is None or cursor == "":
                return None
            if isinstance(cursor, str) and _is_url(cursor):
                return args, self._resolved(cursor)  # a next link in the body
            return {**args, paging.cursor: cursor}, None
        assert paging.page is not None
        size = _as_int(args.get(paging.size) if paging.size else None, 0)
        size = size or self._listing.first_size or 0
        if not self.items or len(self.items) < size:
            return None
        if paging.style == "page":
            page = _as_int(args.get(paging.page), paging.first_page)
            return {**args, paging.page: page + 1}, None
        offset = _as_int(args.get(paging.page), 0)
        return {**args, paging.page: offset + len(self.items)}, None

    def _resolved(self, url: str) -> str:
        """A next link, absolute; refused when it leaves the server (credentials)."""
        here = self.http_response.request.url
        target = here.join(url)
        if (target.scheme, target.host, target.port) != (
            here.scheme,
            here.host,
            here.port,
        ):
            raise PaginationError(
                f"{self._listing.operation}: the next page is on another server "
                f"({target.scheme}://{target.host}); not followed, as it would receive "
                "this client's credentials",
                self.http_response.request,
            )
        return str(target)

    def _checked_next(
        self, found: tuple[dict[str, Any], str | None] | None
    ) -> tuple[dict[str, Any], str | None]:
        """The next request `found` (by `_next_request`); PaginationError if there is
        none, or if an earlier page of this listing was fetched with the same next link
        or cursor (a loop)."""
        if found is None:
            raise PaginationError(
                f"{self._listing.operation}: this is the last page "
                "(check has_next_page() first)",
                self.http_response.request,
            )
        args, url = found
        key = self._key(args, url)
        if key is not None and key in self._chain:
            what = "next link" if url is not None else "cursor"
            raise PaginationError(
                f"{self._listing.operation}: the server sent the {what} {key} again "
                "for a later page; stopped paging to avoid an endless loop",
                self.http_response.request,
            )
        return args, url

    def _key(self, args: Mapping[str, Any], url: str | None) -> str | None:
        """What identifies a next link or cursor request (None: page numbers)."""
        if url is not None:
            return url
        if self._paging.style == "cursor" and self._paging.cursor is not None:
            return repr(args.get(self._paging.cursor))
        return None

    def has_next_page(self) -> bool:
        """Whether the API says (or the page's size suggests) there is another page."""
        return self._next_request() is not None


class SyncPage(BasePage[_I]):
    """A page of a list operation (sync): iterate it for every item of every page."""

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any], str | None, SyncPage[_I]], SyncPage[_I]],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[_I]:
        """The next page (fetched now); PaginationError when this is the last one."""
        args, url = self._checked_next(self._next_request())
        return self._fetch(args, url, self)

    def iter_pages(self) -> Iterator[SyncPage[_I]]:
        """This page, then each next page, fetched as the loop reaches it."""
        page = self
        while True:
            yield page
            found = page._next_request()  # once per page: has_next_page, get_next_page
            if found is None:
                return
            args, url = page._checked_next(found)
            page = page._fetch(args, url, page)

    def __iter__(self) -> Iterator[_I]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[_I]):
    """A page of a list operation (async): `async for` over it for every item."""

    def __init__(
        self,
        fetch: Callable[
            [Mapping[str, Any], str | None, AsyncPage[_I]], Awaitable[AsyncPage[_I]]
        ],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[_I]:
        """The next page (fetched now); PaginationError when this is the last one."""
        args, url = self._checked_next(self._next_request())
        return await self._fetch(args, url, self)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_I]]:
        """This page, then each next page, fetched as the loop reaches it."""
        page = self
        while True:
            yield page
            found = page._next_request()  # once per page: has_next_page, get_next_page
            if found is None:
                return
            args, url = page._checked_next(found)
            page = await page._fetch(args, url, page)

    async def __aiter__(self) -> AsyncIterator[_I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[_I]):
    """What an async list operation returns: `await` it for the first page, or
    `async for item in ...` over it for every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[_I]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[_I]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[_I]:
        page = await self
        async for item in page:
            yield item


def _operation(op: Op[Any]) -> str:
    return f"{op.method} {op.path}"


def sync_page(
    client: SyncAPIClient,
    op: Op[Any],
    paging: Paging[_I],
    args: Mapping[str, Any],
    *,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven,
    extra_headers: Headers | None,
    extra_query: Query | None,
) -> SyncPage[_I]:
    """The first page of a sync list operation (an APIResponse under with_raw_response)."""
    listing = _Listing(_operation(op))

    def send(
        given: Mapping[str, Any], url: str | None, stream: bool = False
    ) -> httpx.Response:
        with Asked():  # nested calls (a re-login) parse normally
            return client._send(
                op,
                given,
                timeout,
                max_retries,
                extra_headers,
                extra_query,
                stream,
                url=url,
            )

    def page(
        given: Mapping[str, Any],
        response: httpx.Response,
        previous: SyncPage[_I] | None = None,
        url: str | None = None,
    ) -> SyncPage[_I]:
        result = client._parse(op, response)
        return SyncPage(fetch, paging, given, result, response, listing, previous, url)

    def fetch(
        given: Mapping[str, Any], url: str | None, previous: SyncPage[_I]
    ) -> SyncPage[_I]:
        return page(given, send(given, url), previous, url)

    with Asked() as asked:  # with_streaming_response: the first page's response, unread
        response = send(args, None, asked.stream)
    return asked.result(  # type: ignore[no-any-return]
        response, lambda r: page(args, r), StreamedAPIResponse
    )


def async_pages(
    client: AsyncAPIClient,
    op: Op[Any],
    paging: Paging[_I],
    args: Mapping[str, Any],
    *,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven,
    extra_headers: Headers | None,
    extra_query: Query | None,
) -> AsyncPaginator[_I]:
    """The pages of an async list operation; nothing is sent before it is awaited or
    iterated (`await` gives an APIResponse under with_raw_response)."""
    listing = _Listing(_operation(op))

    async def send(
        given: Mapping[str, Any], url: str | None, stream: bool = False
    ) -> httpx.Response:
        with Asked():  # nested calls (a re-login) parse normally
            return await client._send(
                op,
                given,
                timeout,
                max_retries,
                extra_headers,
                extra_query,
                stream,
                url=url,
            )

    def page(
        given: Mapping[str, Any],
        response: httpx.Response,
        previous: AsyncPage[_I] | None = None,
        url: str | None = None,
    ) -> AsyncPage[_I]:
        result = client._parse(op, response)
        return AsyncPage(fetch, paging, given, result, response, listing, previous, url)

    async def fetch(
        given: Mapping[str, Any], url: str | None, previous: AsyncPage[_I]
    ) -> AsyncPage[_I]:
        return page(given, await send(given, url), previous, url)

    async def first() -> AsyncPage[_I]:
        with Asked() as asked:  # with_streaming_response: the first page, unread
            response = await send(args, None, asked.stream)
        return asked.result(  # type: ignore[no-any-return]
            response, lambda r: page(args, r), AsyncStreamedAPIResponse
        )

    return AsyncPaginator(first)
