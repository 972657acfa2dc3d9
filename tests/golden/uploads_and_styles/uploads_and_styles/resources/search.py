"""search operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Filter, SearchCodesItem, SearchPage, SearchTheme

__all__ = ["AsyncSearchResource", "SearchResource"]

_MODELS = "uploads_and_styles.models"

_OP_SEARCH: _b.Op[list[str]] = _b.Op(
    "search.search",
    "GET",
    "/search",
    params=(
        _b.Param("filter", "filter", "query"),
        _b.Param("page", "page", "query", style="deepObject"),
        _b.Param("ids", "ids", "query"),
        _b.Param("codes", "codes", "query", explode=False),
        _b.Param("bands", "bands", "query", explode=False, style="pipeDelimited"),
        _b.Param("session", "session", "cookie"),
        _b.Param("theme", "theme", "cookie"),
    ),
    results={
        "200": ("json", _c.list_(_c.STR)),
    },
    security=(),
)
_OP_BY_LABELS: _b.Op[list[str]] = _b.Op(
    "search.by_labels",
    "GET",
    "/labels",
    params=(_b.Param("labels", "labels", "query"),),
    results={
        "200": ("json", _c.list_(_c.STR)),
    },
    security=(("queryKey",),),
)
_OP_WHOAMI: _b.Op[str] = _b.Op(
    "search.whoami",
    "GET",
    "/whoami",
    results={
        "200": ("json", _c.STR),
    },
    security=(("cookieKey",),),
)


class SearchResource:
    """Operations tagged search"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return SearchResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SearchResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return SearchResourceWithStreamingResponse(self)

    def search(
        self,
        *,
        filter: Filter,
        session: str,
        page: SearchPage | _t.NotGiven = _t.NOT_GIVEN,
        ids: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        codes: list[SearchCodesItem | str] | _t.NotGiven = _t.NOT_GIVEN,
        bands: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        theme: SearchTheme | str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Object and array query parameters in every style, and a cookie

        ``GET /search``

        Args:
            filter: (no description in the spec)
            session: (no description in the spec)
            page: (no description in the spec)
            ids: (no description in the spec)
            codes: (no description in the spec)
            bands: (no description in the spec)
            theme: (no description in the spec)

        Returns:
            list[str] — 200: Found.

        Raises:
            BadRequestError: 400 A parameter is wrong.
        """
        return self._client._call(
            _OP_SEARCH,
            {
                "filter": filter,
                "session": session,
                "page": page,
                "ids": ids,
                "codes": codes,
                "bands": bands,
                "theme": theme,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def by_labels(
        self,
        *,
        labels: dict[str, int],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """A free-form object query parameter (its keys are any names), and a query API key

        ``GET /labels``

        Args:
            labels: (no description in the spec)

        Returns:
            list[str] — 200: Found.

        Raises:
            BadRequestError: 400 A parameter is wrong.
        """
        return self._client._call(
            _OP_BY_LABELS,
            {"labels": labels},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def whoami(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """An API key in a cookie

        ``GET /whoami``

        Returns:
            str — 200: Who.
        """
        return self._client._call(
            _OP_WHOAMI,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SearchResourceWithRawResponse:
    """Operations of SearchResource that return the raw APIResponse."""

    def __init__(self, resource: SearchResource) -> None:
        self.search = _r.to_raw_response_wrapper(resource.search)
        self.by_labels = _r.to_raw_response_wrapper(resource.by_labels)
        self.whoami = _r.to_raw_response_wrapper(resource.whoami)


class SearchResourceWithStreamingResponse:
    """Operations of SearchResource that yield a streamed response."""

    def __init__(self, resource: SearchResource) -> None:
        self.search = _r.to_streamed_response_wrapper(resource.search)
        self.by_labels = _r.to_streamed_response_wrapper(resource.by_labels)
        self.whoami = _r.to_streamed_response_wrapper(resource.whoami)


class AsyncSearchResource:
    """Operations tagged search"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncSearchResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSearchResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncSearchResourceWithStreamingResponse(self)

    async def search(
        self,
        *,
        filter: Filter,
        session: str,
        page: SearchPage | _t.NotGiven = _t.NOT_GIVEN,
        ids: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        codes: list[SearchCodesItem | str] | _t.NotGiven = _t.NOT_GIVEN,
        bands: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        theme: SearchTheme | str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Object and array query parameters in every style, and a cookie

        ``GET /search``

        Args:
            filter: (no description in the spec)
            session: (no description in the spec)
            page: (no description in the spec)
            ids: (no description in the spec)
            codes: (no description in the spec)
            bands: (no description in the spec)
            theme: (no description in the spec)

        Returns:
            list[str] — 200: Found.

        Raises:
            BadRequestError: 400 A parameter is wrong.
        """
        return await self._client._call(
            _OP_SEARCH,
            {
                "filter": filter,
                "session": session,
                "page": page,
                "ids": ids,
                "codes": codes,
                "bands": bands,
                "theme": theme,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def by_labels(
        self,
        *,
        labels: dict[str, int],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """A free-form object query parameter (its keys are any names), and a query API key

        ``GET /labels``

        Args:
            labels: (no description in the spec)

        Returns:
            list[str] — 200: Found.

        Raises:
            BadRequestError: 400 A parameter is wrong.
        """
        return await self._client._call(
            _OP_BY_LABELS,
            {"labels": labels},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def whoami(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """An API key in a cookie

        ``GET /whoami``

        Returns:
            str — 200: Who.
        """
        return await self._client._call(
            _OP_WHOAMI,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSearchResourceWithRawResponse:
    """Operations of AsyncSearchResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.search = _r.async_to_raw_response_wrapper(resource.search)
        self.by_labels = _r.async_to_raw_response_wrapper(resource.by_labels)
        self.whoami = _r.async_to_raw_response_wrapper(resource.whoami)


class AsyncSearchResourceWithStreamingResponse:
    """Operations of AsyncSearchResource that yield a streamed response."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.search = _r.async_to_streamed_response_wrapper(resource.search)
        self.by_labels = _r.async_to_streamed_response_wrapper(resource.by_labels)
        self.whoami = _r.async_to_streamed_response_wrapper(resource.whoami)
