"""notes operations."""

from __future__ import annotations

from functools import cached_property

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

__all__ = ["AsyncNotesResource", "NotesResource"]

_MODELS = "content_types.models"

_OP_GET_NOTE_TEXT: _b.Op[str] = _b.Op(
    "notes.get_note_text",
    "GET",
    "/notes/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("text", _c.STR),
    },
    security=(),
)
_OP_PUT_NOTE_TEXT: _b.Op[None] = _b.Op(
    "notes.put_note_text",
    "PUT",
    "/notes/{id}",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "text",
        "text/plain",
        required=True,
    ),
    results={
        "204": ("empty", _c.ANY),
    },
    security=(),
)


class NotesResource:
    """Operations tagged notes"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return NotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return NotesResourceWithStreamingResponse(self)

    def get_note_text(
        self,
        *,
        id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """A text/plain response

        ``GET /notes/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            str — 200: The note.
        """
        return self._client._call(
            _OP_GET_NOTE_TEXT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def put_note_text(
        self,
        *,
        id: str,
        body: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """A text/plain request body

        ``PUT /notes/{id}``

        Args:
            id: (no description in the spec)
            body: The request body (text/plain).

        Returns:
            None — 204: Saved.
        """
        return self._client._call(
            _OP_PUT_NOTE_TEXT,
            {"id": id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class NotesResourceWithRawResponse:
    """Operations of NotesResource that return the raw APIResponse."""

    def __init__(self, resource: NotesResource) -> None:
        self.get_note_text = _r.to_raw_response_wrapper(resource.get_note_text)
        self.put_note_text = _r.to_raw_response_wrapper(resource.put_note_text)


class NotesResourceWithStreamingResponse:
    """Operations of NotesResource that yield a streamed response."""

    def __init__(self, resource: NotesResource) -> None:
        self.get_note_text = _r.to_streamed_response_wrapper(resource.get_note_text)
        self.put_note_text = _r.to_streamed_response_wrapper(resource.put_note_text)


class AsyncNotesResource:
    """Operations tagged notes"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncNotesResourceWithStreamingResponse(self)

    async def get_note_text(
        self,
        *,
        id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """A text/plain response

        ``GET /notes/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            str — 200: The note.
        """
        return await self._client._call(
            _OP_GET_NOTE_TEXT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def put_note_text(
        self,
        *,
        id: str,
        body: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """A text/plain request body

        ``PUT /notes/{id}``

        Args:
            id: (no description in the spec)
            body: The request body (text/plain).

        Returns:
            None — 204: Saved.
        """
        return await self._client._call(
            _OP_PUT_NOTE_TEXT,
            {"id": id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncNotesResourceWithRawResponse:
    """Operations of AsyncNotesResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.get_note_text = _r.async_to_raw_response_wrapper(resource.get_note_text)
        self.put_note_text = _r.async_to_raw_response_wrapper(resource.put_note_text)


class AsyncNotesResourceWithStreamingResponse:
    """Operations of AsyncNotesResource that yield a streamed response."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.get_note_text = _r.async_to_streamed_response_wrapper(
            resource.get_note_text
        )
        self.put_note_text = _r.async_to_streamed_response_wrapper(
            resource.put_note_text
        )
