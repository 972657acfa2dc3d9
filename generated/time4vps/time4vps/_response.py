"""The responses of `client.<resource>.with_raw_response.<operation>()` (read whole) and
`client.<resource>.with_streaming_response.<operation>()` (a context manager yielding a
response whose body is read as it arrives, and closed on exit)."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = [
    "APIResponse",
    "Asked",
    "AsyncStreamedAPIResponse",
    "AsyncStreamedResponseContext",
    "StreamedAPIResponse",
    "StreamedResponseContext",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")

# Set while an operation is called through `with_raw_response`: the client then returns an
# APIResponse instead of the parsed result.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "raw_response", default=False
)
# Set while an operation is called through `with_streaming_response`: the client then sends
# the request without reading the body and returns a streamed response.
STREAM_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "stream_response", default=False
)


class _Response(Generic[_T]):
    """What every response a method can give instead of its result has: the status and
    headers, and the result parsed once on demand."""

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[httpx.Response], Any]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: Any = None
        self._done = False

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def _parse(self) -> _T:
        if not self._done:
            self._parsed = self._parser(self.http_response)
            self._done = True
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        req = self.http_response.request
        return (
            f"<{type(self).__name__} [{self.status_code}] {req.method} {req.url.path}>"
        )


class APIResponse(_Response[_T]):
    """An HTTP response with its parsed result available on demand via `parse()`."""

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> _T:
        """The result the operation returns when called normally (parsed once, then cached)."""
        return self._parse()


def to_raw_response_wrapper(func: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = RAW_RESPONSE.set(True)
        try:
            return func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        token = RAW_RESPONSE.set(True)
        try:
            return await func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


class _Streamed(_Response[_T]):
    """What the sync and async streamed responses share: the status and headers, known
    before the body is read."""

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed


class StreamedAPIResponse(_Streamed[_T]):
    """A response whose body has not been read yet: iterate it (`iter_bytes()`,
    `iter_text()`, `iter_lines()`), or `read()` it whole, or `parse()` it as the operation
    would have. Yielded by `with client.<resource>.with_streaming_response.<op>(...)`,
    which closes it (and its connection, when the body was not read to the end) on exit.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body's bytes as they arrive (decoded from any Content-Encoding)."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text, as it arrives (in the response's encoding)."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body's lines, as they arrive (without their line endings)."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body (read to the end; the connection can then be reused)."""
        return self.http_response.read()

    def parse(self) -> _T:
        """The result the operation returns when called normally: the body is read first."""
        self.read()
        return self._parse()

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedAPIResponse(_Streamed[_T]):
    """A response whose body has not been read yet: iterate it (`async for` over
    `iter_bytes()`, `iter_text()`, `iter_lines()`), or `await read()` it whole, or
    `await parse()` it as the operation would have. Yielded by
    `async with client.<resource>.with_streaming_response.<op>(...)`, which closes it on
    exit."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body's bytes as they arrive (decoded from any Content-Encoding)."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text, as it arrives (in the response's encoding)."""
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines, as they arrive (without their line endings)."""
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body (read to the end; the connection can then be reused)."""
        return await self.http_response.aread()

    async def parse(self) -> _T:
        """The result the operation returns when called normally: the body is read first."""
        await self.read()
        return self._parse()

    async def close(self) -> None:
        await self.http_response.aclose()


class Asked:
    """The caller's request for a raw or a streamed response, as a context manager: on
    entry it reads `raw` (with_raw_response) and `stream` (with_streaming_response) and
    unsets both, so calls made inside (e.g. a re-login, a next page) parse normally; on
    exit it restores them."""

    __slots__ = ("_raw_token", "_stream_token", "raw", "stream")

    def __enter__(self) -> Asked:
        self.raw, self.stream = RAW_RESPONSE.get(), STREAM_RESPONSE.get()
        self._raw_token = RAW_RESPONSE.set(False)
        self._stream_token = STREAM_RESPONSE.set(False)
        return self

    def __exit__(self, *exc: object) -> None:
        RAW_RESPONSE.reset(self._raw_token)
        STREAM_RESPONSE.reset(self._stream_token)

    def result(
        self,
        response: httpx.Response,
        parser: Callable[[httpx.Response], Any],
        streamed: type[_Streamed[Any]],
    ) -> Any:
        """What the call returns for `response`: unread as `streamed` when streaming, an
        APIResponse when raw, else the result `parser` makes of it."""
        if self.stream:
            return streamed(response, parser)
        if self.raw:
            return APIResponse(response, parser)
        return parser(response)


class StreamedResponseContext(Generic[_T]):
    """`with` it: the request is sent on entry (status errors raise there, their body
    read for the message), the response is yielded unread, and closed on exit."""

    def __init__(self, send: Callable[[], StreamedAPIResponse[_T]]) -> None:
        self._send = send
        self._response: StreamedAPIResponse[_T] | None = None

    def __enter__(self) -> StreamedAPIResponse[_T]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext(Generic[_T]):
    """`async with` it: the request is sent on entry (status errors raise there), the
    response is yielded unread, and closed on exit."""

    def __init__(
        self, send: Callable[[], Awaitable[AsyncStreamedAPIResponse[_T]]]
    ) -> None:
        self._send = send
        self._response: AsyncStreamedAPIResponse[_T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[_T]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(
    func: Callable[_P, _T],
) -> Callable[_P, StreamedResponseContext[_T]]:
    """The operation `func` as a context manager yielding its response unread."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> StreamedResponseContext[_T]:
        def send() -> StreamedAPIResponse[_T]:
            token = STREAM_RESPONSE.set(True)
            try:
                return func(*args, **kwargs)  # type: ignore[return-value]
            finally:
                STREAM_RESPONSE.reset(token)

        return StreamedResponseContext(send)

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_T]],
) -> Callable[_P, AsyncStreamedResponseContext[_T]]:
    """The async operation `func` as an async context manager yielding its response unread."""

    @functools.wraps(func)
    def wrapped(
        *args: _P.args, **kwargs: _P.kwargs
    ) -> AsyncStreamedResponseContext[_T]:
        async def send() -> AsyncStreamedAPIResponse[_T]:
            token = STREAM_RESPONSE.set(True)
            try:
                return await func(*args, **kwargs)  # type: ignore[return-value]
            finally:
                STREAM_RESPONSE.reset(token)

        return AsyncStreamedResponseContext(send)

    return wrapped
