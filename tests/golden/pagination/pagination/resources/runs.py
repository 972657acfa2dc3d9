"""runs operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _pagination as _p
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Item, Runs

__all__ = ["AsyncRunsResource", "RunsResource"]

_MODELS = "pagination.models"

_OP_LIST_: _b.Op[Runs] = _b.Op(
    "runs.list_",
    "GET",
    "/runs",
    params=(_b.Param("per_page", "per_page", "query"),),
    results={
        "200": ("json", _c.model(_MODELS, "Runs")),
    },
    security=(("token",),),
)
_PAGE_LIST_: _p.Paging[Item] = _p.Paging(
    "link",
    items=("runs", "runs"),
    size="per_page",
)


class RunsResource:
    """Operations tagged runs"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RunsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return RunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return RunsResourceWithStreamingResponse(self)

    def list_(
        self,
        *,
        per_page: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Runs, wrapped in an object, with a lower-case link header

        ``GET /runs``

        Args:
            per_page: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (Link header).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_,
            _PAGE_LIST_,
            {"per_page": per_page},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RunsResourceWithRawResponse:
    """Operations of RunsResource that return the raw APIResponse."""

    def __init__(self, resource: RunsResource) -> None:
        self.list_ = _r.to_raw_response_wrapper(resource.list_)


class RunsResourceWithStreamingResponse:
    """Operations of RunsResource that yield a streamed response."""

    def __init__(self, resource: RunsResource) -> None:
        self.list_ = _r.to_streamed_response_wrapper(resource.list_)


class AsyncRunsResource:
    """Operations tagged runs"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRunsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncRunsResourceWithStreamingResponse(self)

    def list_(
        self,
        *,
        per_page: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Runs, wrapped in an object, with a lower-case link header

        ``GET /runs``

        Args:
            per_page: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (Link header).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_,
            _PAGE_LIST_,
            {"per_page": per_page},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncRunsResourceWithRawResponse:
    """Operations of AsyncRunsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncRunsResource) -> None:
        self.list_ = _r.async_to_raw_response_wrapper(resource.list_)


class AsyncRunsResourceWithStreamingResponse:
    """Operations of AsyncRunsResource that yield a streamed response."""

    def __init__(self, resource: AsyncRunsResource) -> None:
        self.list_ = _r.async_to_streamed_response_wrapper(resource.list_)
