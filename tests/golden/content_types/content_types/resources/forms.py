"""forms operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import FileInfo, SubmitLoginResponse

__all__ = ["AsyncFormsResource", "FormsResource"]

_MODELS = "content_types.models"

_OP_SUBMIT_LOGIN: _b.Op[SubmitLoginResponse] = _b.Op(
    "forms.submit_login",
    "POST",
    "/forms/login",
    body=_b.Body(
        "form",
        "application/x-www-form-urlencoded",
        fields=(
            ("username", "username"),
            ("password", "password"),
            ("remember", "remember"),
        ),
        required=True,
        needs=("username", "password"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "SubmitLoginResponse")),
    },
    security=(),
)
_OP_UPLOAD_WITH_METADATA: _b.Op[FileInfo] = _b.Op(
    "forms.upload_with_metadata",
    "POST",
    "/forms/upload",
    body=_b.Body(
        "multipart",
        "multipart/form-data",
        fields=(("file", "file"), ("description", "description")),
        required=True,
        files=("file",),
    ),
    results={
        "201": ("json", _c.model(_MODELS, "FileInfo")),
    },
    security=(),
)


class FormsResource:
    """Operations tagged forms"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FormsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return FormsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FormsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return FormsResourceWithStreamingResponse(self)

    @overload
    def submit_login(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse: ...

    @overload
    def submit_login(
        self,
        *,
        username: str,
        password: str,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse: ...

    def submit_login(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse:
        """A form-urlencoded body

        ``POST /forms/login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            remember: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            SubmitLoginResponse — 200: OK.
        """
        return self._client._call(
            _OP_SUBMIT_LOGIN,
            {
                "username": username,
                "password": password,
                "remember": remember,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_with_metadata(
        self,
        *,
        file: _t.FileTypes,
        description: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> FileInfo:
        """A multipart body with a file field

        ``POST /forms/upload``

        Args:
            file: (no description in the spec)
            description: (no description in the spec)

        Returns:
            FileInfo — 201: Stored.
        """
        return self._client._call(
            _OP_UPLOAD_WITH_METADATA,
            {"file": file, "description": description},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class FormsResourceWithRawResponse:
    """Operations of FormsResource that return the raw APIResponse."""

    def __init__(self, resource: FormsResource) -> None:
        self.submit_login = _r.to_raw_response_wrapper(resource.submit_login)
        self.upload_with_metadata = _r.to_raw_response_wrapper(
            resource.upload_with_metadata
        )


class FormsResourceWithStreamingResponse:
    """Operations of FormsResource that yield a streamed response."""

    def __init__(self, resource: FormsResource) -> None:
        self.submit_login = _r.to_streamed_response_wrapper(resource.submit_login)
        self.upload_with_metadata = _r.to_streamed_response_wrapper(
            resource.upload_with_metadata
        )


class AsyncFormsResource:
    """Operations tagged forms"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFormsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncFormsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFormsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncFormsResourceWithStreamingResponse(self)

    @overload
    async def submit_login(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse: ...

    @overload
    async def submit_login(
        self,
        *,
        username: str,
        password: str,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse: ...

    async def submit_login(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> SubmitLoginResponse:
        """A form-urlencoded body

        ``POST /forms/login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            remember: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            SubmitLoginResponse — 200: OK.
        """
        return await self._client._call(
            _OP_SUBMIT_LOGIN,
            {
                "username": username,
                "password": password,
                "remember": remember,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_with_metadata(
        self,
        *,
        file: _t.FileTypes,
        description: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> FileInfo:
        """A multipart body with a file field

        ``POST /forms/upload``

        Args:
            file: (no description in the spec)
            description: (no description in the spec)

        Returns:
            FileInfo — 201: Stored.
        """
        return await self._client._call(
            _OP_UPLOAD_WITH_METADATA,
            {"file": file, "description": description},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncFormsResourceWithRawResponse:
    """Operations of AsyncFormsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncFormsResource) -> None:
        self.submit_login = _r.async_to_raw_response_wrapper(resource.submit_login)
        self.upload_with_metadata = _r.async_to_raw_response_wrapper(
            resource.upload_with_metadata
        )


class AsyncFormsResourceWithStreamingResponse:
    """Operations of AsyncFormsResource that yield a streamed response."""

    def __init__(self, resource: AsyncFormsResource) -> None:
        self.submit_login = _r.async_to_streamed_response_wrapper(resource.submit_login)
        self.upload_with_metadata = _r.async_to_streamed_response_wrapper(
            resource.upload_with_metadata
        )
