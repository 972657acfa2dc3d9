"""The raw response object returned by `client.<resource>.with_raw_response.<operation>()`."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = ["APIResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

_T = TypeVar("_T")
_P = ParamSpec("_P")

# Set while an operation is called through `with_raw_response`: the client then returns an
# APIResponse instead of the parsed result.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "raw_response", default=False
)


class APIResponse(Generic[_T]):
    """An HTTP response with its parsed result available on demand via `parse()`."""

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

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> _T:
        """The result the operation returns when called normally (parsed once, then cached)."""
        if not self._done:
            self._parsed = self._parser(self.http_response)
            self._done = True
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        req = self.http_response.request
        return f"<APIResponse [{self.status_code}] {req.method} {req.url.path}>"


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
