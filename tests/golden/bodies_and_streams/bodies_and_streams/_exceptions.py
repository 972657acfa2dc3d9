"""Errors raised by the client. Every one of them is an `APIError`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


def _unpickle(cls: type[APIError], message: str, state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class APIError(Exception):
    """Base class of every error this client raises.

    Pickling keeps the message, status and body but drops `request` and `response`, which
    carry the credentials in their headers.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {
            k: (None if k in ("request", "response") else v)
            for k, v in self.__dict__.items()
        }
        return (_unpickle, (type(self), self.message, state))

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        body: object | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request could not be sent or no response was received."""

    def __init__(
        self, message: str = "Connection error.", request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self, request: httpx.Request | None = None, message: str = "Request timed out."
    ) -> None:
        super().__init__(message, request)


class APIResponseValidationError(APIError):
    """The server answered with a success status, but the body is not what the API declares."""

    response: httpx.Response
    status_code: int

    def __init__(
        self, message: str, response: httpx.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    retry_after: float | None
    rate_limit: Any = None  # the API's rate-limit state, where the spec declares one

    def __init__(
        self,
        message: str,
        response: httpx.Response,
        body: object | None,
        *,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.retry_after = retry_after

    @property
    def headers(self) -> httpx.Headers:
        # `response` is None on an error restored from a pickle
        return self.response.headers if self.response is not None else httpx.Headers()

    @property
    def request_id(self) -> str | None:
        for name in (
            "x-request-id",
            "request-id",
            "x-correlation-id",
            "x-amzn-requestid",
        ):
            if name in self.headers:
                return self.headers[name]
        return None


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class MethodNotAllowedError(APIStatusError):
    """405 Method Not Allowed (some APIs use it for missing permissions)."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests; `.rate_limit` holds the limits the server reported."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)


def error_detail(body: object) -> str:
    """The server's own words from an error body, short enough for an exception message."""
    detail = ""
    if isinstance(body, Mapping):
        for key in (
            "message",
            "error",
            "errors",
            "detail",
            "error_description",
            "title",
            "msg",
        ):
            value = body.get(key)
            if isinstance(value, str) and value:
                detail = value
            elif isinstance(value, list) and value:
                detail = "; ".join(
                    str(v.get("message", v)) if isinstance(v, Mapping) else str(v)
                    for v in value
                )
            elif isinstance(value, Mapping) and isinstance(value.get("message"), str):
                detail = value["message"]
            if detail:
                break
        else:
            detail = json.dumps(body, default=str) if body else ""
    elif isinstance(body, list):
        detail = json.dumps(body, default=str)
    elif isinstance(body, str):
        detail = " ".join(body.split())
    return detail if len(detail) <= 500 else detail[:500] + "…"


def _error_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text
