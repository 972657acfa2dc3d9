"""uploads operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Received

__all__ = ["AsyncUploadsResource", "UploadsResource"]

_MODELS = "uploads_and_styles.models"

_OP_UPLOAD_ONE: _b.Op[Received] = _b.Op(
    "uploads.upload_one",
    "POST",
    "/uploads/one",
    body=_b.Body(
        "multipart",
        "multipart/form-data",
        fields=(("file", "file"),),
        required=True,
        files=("file",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Received")),
    },
    security=(),
)
_OP_UPLOAD_MANY: _b.Op[Received] = _b.Op(
    "uploads.upload_many",
    "POST",
    "/uploads/many",
    body=_b.Body(
        "multipart",
        "multipart/form-data",
        fields=(
            ("files", "files"),
            ("binaries", "binaries"),
            ("encoded", "encoded"),
            ("legacy", "legacy"),
            ("optional", "optional"),
            ("title", "title"),
            ("tags", "tags"),
            ("count", "count"),
        ),
        required=True,
        files=("files", "binaries", "encoded", "legacy", "optional"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Received")),
    },
    security=(),
)


class UploadsResource:
    """Operations tagged uploads"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return UploadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return UploadsResourceWithStreamingResponse(self)

    def upload_one(
        self,
        *,
        file: _t.FileTypes,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Received:
        """One file, as FastAPI writes UploadFile (3.1)

        ``POST /uploads/one``

        Args:
            file: (no description in the spec)

        Returns:
            Received — 200: What arrived.
        """
        return self._client._call(
            _OP_UPLOAD_ONE,
            {"file": file},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_many(
        self,
        *,
        files: list[_t.FileTypes],
        title: str,
        binaries: list[_t.FileTypes] | _t.NotGiven = _t.NOT_GIVEN,
        encoded: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        legacy: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        optional: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        count: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Received:
        """Files in every spelling, with form fields

        ``POST /uploads/many``

        Args:
            files: (no description in the spec)
            title: (no description in the spec)
            binaries: (no description in the spec)
            encoded: (no description in the spec)
            legacy: (no description in the spec)
            optional: (no description in the spec)
            tags: (no description in the spec)
            count: (no description in the spec)

        Returns:
            Received — 200: What arrived.
        """
        return self._client._call(
            _OP_UPLOAD_MANY,
            {
                "files": files,
                "title": title,
                "binaries": binaries,
                "encoded": encoded,
                "legacy": legacy,
                "optional": optional,
                "tags": tags,
                "count": count,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class UploadsResourceWithRawResponse:
    """Operations of UploadsResource that return the raw APIResponse."""

    def __init__(self, resource: UploadsResource) -> None:
        self.upload_one = _r.to_raw_response_wrapper(resource.upload_one)
        self.upload_many = _r.to_raw_response_wrapper(resource.upload_many)


class UploadsResourceWithStreamingResponse:
    """Operations of UploadsResource that yield a streamed response."""

    def __init__(self, resource: UploadsResource) -> None:
        self.upload_one = _r.to_streamed_response_wrapper(resource.upload_one)
        self.upload_many = _r.to_streamed_response_wrapper(resource.upload_many)


class AsyncUploadsResource:
    """Operations tagged uploads"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUploadsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncUploadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncUploadsResourceWithStreamingResponse(self)

    async def upload_one(
        self,
        *,
        file: _t.FileTypes,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Received:
        """One file, as FastAPI writes UploadFile (3.1)

        ``POST /uploads/one``

        Args:
            file: (no description in the spec)

        Returns:
            Received — 200: What arrived.
        """
        return await self._client._call(
            _OP_UPLOAD_ONE,
            {"file": file},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_many(
        self,
        *,
        files: list[_t.FileTypes],
        title: str,
        binaries: list[_t.FileTypes] | _t.NotGiven = _t.NOT_GIVEN,
        encoded: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        legacy: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        optional: _t.FileTypes | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        count: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Received:
        """Files in every spelling, with form fields

        ``POST /uploads/many``

        Args:
            files: (no description in the spec)
            title: (no description in the spec)
            binaries: (no description in the spec)
            encoded: (no description in the spec)
            legacy: (no description in the spec)
            optional: (no description in the spec)
            tags: (no description in the spec)
            count: (no description in the spec)

        Returns:
            Received — 200: What arrived.
        """
        return await self._client._call(
            _OP_UPLOAD_MANY,
            {
                "files": files,
                "title": title,
                "binaries": binaries,
                "encoded": encoded,
                "legacy": legacy,
                "optional": optional,
                "tags": tags,
                "count": count,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncUploadsResourceWithRawResponse:
    """Operations of AsyncUploadsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.upload_one = _r.async_to_raw_response_wrapper(resource.upload_one)
        self.upload_many = _r.async_to_raw_response_wrapper(resource.upload_many)


class AsyncUploadsResourceWithStreamingResponse:
    """Operations of AsyncUploadsResource that yield a streamed response."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.upload_one = _r.async_to_streamed_response_wrapper(resource.upload_one)
        self.upload_many = _r.async_to_streamed_response_wrapper(resource.upload_many)
