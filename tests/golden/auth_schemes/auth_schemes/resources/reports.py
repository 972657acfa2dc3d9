"""reports operations."""

from __future__ import annotations

from functools import cached_property

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

__all__ = ["AsyncReportsResource", "ReportsResource"]

_MODELS = "auth_schemes.models"

_OP_LIST_REPORTS: _b.Op[list[str]] = _b.Op(
    "reports.list_reports",
    "GET",
    "/reports",
    results={
        "200": ("json", _c.list_(_c.STR)),
    },
    security=(("headerKey", "queryKey"),),
)
_OP_EXPORT_REPORTS: _b.Op[str] = _b.Op(
    "reports.export_reports",
    "GET",
    "/reports/export",
    results={
        "200": ("text", _c.STR),
    },
    security=(("headerKey",), ("bearerAuth",)),
)


class ReportsResource:
    """Operations tagged reports"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReportsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ReportsResourceWithStreamingResponse(self)

    def list_reports(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Key in a header AND key in the query (one AND requirement)

        ``GET /reports``

        Returns:
            list[str] — 200: OK.
        """
        return self._client._call(
            _OP_LIST_REPORTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def export_reports(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """Header key alone, OR bearer

        ``GET /reports/export``

        Returns:
            str — 200: OK.
        """
        return self._client._call(
            _OP_EXPORT_REPORTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ReportsResourceWithRawResponse:
    """Operations of ReportsResource that return the raw APIResponse."""

    def __init__(self, resource: ReportsResource) -> None:
        self.list_reports = _r.to_raw_response_wrapper(resource.list_reports)
        self.export_reports = _r.to_raw_response_wrapper(resource.export_reports)


class ReportsResourceWithStreamingResponse:
    """Operations of ReportsResource that yield a streamed response."""

    def __init__(self, resource: ReportsResource) -> None:
        self.list_reports = _r.to_streamed_response_wrapper(resource.list_reports)
        self.export_reports = _r.to_streamed_response_wrapper(resource.export_reports)


class AsyncReportsResource:
    """Operations tagged reports"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReportsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncReportsResourceWithStreamingResponse(self)

    async def list_reports(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Key in a header AND key in the query (one AND requirement)

        ``GET /reports``

        Returns:
            list[str] — 200: OK.
        """
        return await self._client._call(
            _OP_LIST_REPORTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def export_reports(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """Header key alone, OR bearer

        ``GET /reports/export``

        Returns:
            str — 200: OK.
        """
        return await self._client._call(
            _OP_EXPORT_REPORTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncReportsResourceWithRawResponse:
    """Operations of AsyncReportsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.list_reports = _r.async_to_raw_response_wrapper(resource.list_reports)
        self.export_reports = _r.async_to_raw_response_wrapper(resource.export_reports)


class AsyncReportsResourceWithStreamingResponse:
    """Operations of AsyncReportsResource that yield a streamed response."""

    def __init__(self, resource: AsyncReportsResource) -> None:
        self.list_reports = _r.async_to_streamed_response_wrapper(resource.list_reports)
        self.export_reports = _r.async_to_streamed_response_wrapper(
            resource.export_reports
        )
