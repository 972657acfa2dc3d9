"""files operations."""

from __future__ import annotations

from functools import cached_property
from typing import IO, TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import FileInfo

__all__ = ["AsyncFilesResource", "FilesResource"]

_MODELS = "content_types.models"

_OP_DOWNLOAD_FILE: _b.Op[bytes] = _b.Op(
    "files.download_file",
    "GET",
    "/files/{name}",
    params=(_b.Param("name", "name", "path"),),
    results={
        "200": ("binary", _c.BYTES),
    },
    security=(),
)
_OP_UPLOAD_FILE: _b.Op[FileInfo] = _b.Op(
    "files.upload_file",
    "PUT",
    "/files/{name}",
    params=(_b.Param("name", "name", "path"),),
    body=_b.Body(
        "binary",
        "application/octet-stream",
        required=True,
    ),
    results={
        "201": ("json", _c.model(_MODELS, "FileInfo")),
    },
    security=(),
)


class FilesResource:
    """Operations tagged files"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return FilesResourceWithStreamingResponse(self)

    def download_file(
        self,
        *,
        name: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> bytes:
        """An octet-stream download

        ``GET /files/{name}``

        Args:
            name: (no description in the spec)

        Returns:
            bytes — 200: The bytes.
        """
        return self._client._call(
            _OP_DOWNLOAD_FILE,
            {"name": name},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_file(
        self,
        *,
        name: str,
        body: bytes | IO[bytes],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> FileInfo:
        """An octet-stream upload

        ``PUT /files/{name}``

        Args:
            name: (no description in the spec)
            body: The request body (application/octet-stream).

        Returns:
            FileInfo — 201: Stored.
        """
        return self._client._call(
            _OP_UPLOAD_FILE,
            {"name": name, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class FilesResourceWithRawResponse:
    """Operations of FilesResource that return the raw APIResponse."""

    def __init__(self, resource: FilesResource) -> None:
        self.download_file = _r.to_raw_response_wrapper(resource.download_file)
        self.upload_file = _r.to_raw_response_wrapper(resource.upload_file)


class FilesResourceWithStreamingResponse:
    """Operations of FilesResource that yield a streamed response."""

    def __init__(self, resource: FilesResource) -> None:
        self.download_file = _r.to_streamed_response_wrapper(resource.download_file)
        self.upload_file = _r.to_streamed_response_wrapper(resource.upload_file)


class AsyncFilesResource:
    """Operations tagged files"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncFilesResourceWithStreamingResponse(self)

    async def download_file(
        self,
        *,
        name: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> bytes:
        """An octet-stream download

        ``GET /files/{name}``

        Args:
            name: (no description in the spec)

        Returns:
            bytes — 200: The bytes.
        """
        return await self._client._call(
            _OP_DOWNLOAD_FILE,
            {"name": name},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_file(
        self,
        *,
        name: str,
        body: bytes | IO[bytes],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> FileInfo:
        """An octet-stream upload

        ``PUT /files/{name}``

        Args:
            name: (no description in the spec)
            body: The request body (application/octet-stream).

        Returns:
            FileInfo — 201: Stored.
        """
        return await self._client._call(
            _OP_UPLOAD_FILE,
            {"name": name, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncFilesResourceWithRawResponse:
    """Operations of AsyncFilesResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.download_file = _r.async_to_raw_response_wrapper(resource.download_file)
        self.upload_file = _r.async_to_raw_response_wrapper(resource.upload_file)


class AsyncFilesResourceWithStreamingResponse:
    """Operations of AsyncFilesResource that yield a streamed response."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.download_file = _r.async_to_streamed_response_wrapper(
            resource.download_file
        )
        self.upload_file = _r.async_to_streamed_response_wrapper(resource.upload_file)
