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
    "MissingCredentialsError",
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
    attempts: int = 1
    """How many times the request was sent (more than 1 after retries)."""
    elapsed: float | None = None
    """Seconds from the first attempt to this error, retries and waits included."""

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
    """The request could not be sent or no response was received.

    The message names the method, the URL and the reason (`GET https://host/x failed:
    Connection refused`); `.reason` holds the reason alone, `__cause__` the httpx error.
    """

    reason: str

    def __init__(
        self,
        message: str = "Connection error.",
        request: httpx.Request | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(message, request)
        self.reason = reason


class APITimeoutError(APIConnectionError):
    """The request timed out; `.reason` says which timeout and after how long."""

    def __init__(
        self,
        request: httpx.Request | None = None,
        message: str = "Request timed out.",
        *,
        reason: str = "",
    ) -> None:
        super().__init__(message, request, reason=reason)


class APIResponseValidationError(APIError):
    """The server answered with a success status, but the body is not what the API declares.

    With `strict_response_validation=True`, also raised for a value of another type than
    the declared one: `.path` locates it (`ServerList.servers[0].ip`), `.model` and
    `.field` name the model and field holding it, `.expected` and `.got` the types.
    """

    response: httpx.Response
    status_code: int
    path: str | None
    model: str | None
    field: str | None
    expected: str | None
    got: str | None

    def __init__(
        self,
        message: str,
        response: httpx.Response,
        body: object | None,
        *,
        path: str | None = None,
        model: str | None = None,
        field: str | None = None,
        expected: str | None = None,
        got: str | None = None,
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.path = path
        self.model = model
        self.field = field
        self.expected = expected
        self.got = got


class MissingCredentialsError(APIError):
    """An operation needs credentials the client was not given; raised before sending.

    `.operation` names it; `.alternatives` lists, per way of meeting its security
    requirement, the constructor arguments (any one way is enough), and
    `.environment_variables` the environment variables that can stand for them.
    """

    operation: str
    alternatives: tuple[tuple[str, ...], ...]
    environment_variables: tuple[tuple[str, ...], ...]

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        alternatives: tuple[tuple[str, ...], ...],
        environment_variables: tuple[tuple[str, ...], ...],
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.alternatives = alternatives
        self.environment_variables = environment_variables


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status; `.detail` is the server's own words
    from the error body (`{"message": "..."}`, `{"error": ...}`, `{"detail": ...}`, ...).
    """

    response: httpx.Response
    status_code: int
    retry_after: float | None
    detail: str
    rate_limit: Any = None  # the API's rate-limit state, where the spec declares one

    def __init__(
        self,
        message: str,
        response: httpx.Response,
        body: object | None,
        *,
        retry_after: float | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.retry_after = retry_after
        self.detail = error_detail(body) if detail is None else detail

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


#: keys of an error body that hold the server's words, most telling first (any case)
_MESSAGE_KEYS = (
    "message",
    "error_message",
    "errormessage",
    "error_description",
    "detail",
    "details",
    "error",
    "errors",
    "title",
    "msg",
    "description",
    "reason",
    "fault",
)
_MAX_DETAIL = 500


def error_detail(body: object) -> str:
    """The server's own words from an error body, short enough for an exception message.

    Any vendor's shape: `{"message": ...}` or `{"Message": ...}` (keys in any case),
    `{"error": "...", "error_description": "..."}` (OAuth2), `{"detail": ...}` (FastAPI,
    RFC 9457), `{"error": {"message": ...}}`, `{"errors": [...]}` (each item's message, or
    `loc: msg` for a validation error); a body with none of these is shown as JSON.
    """
    if isinstance(body, str):
        detail = " ".join(body.split())
    elif isinstance(body, Mapping | list):
        detail = _words(body, 0) or (json.dumps(body, default=str) if body else "")
    else:
        detail = "" if body is None else str(body)
    return detail if len(detail) <= _MAX_DETAIL else detail[:_MAX_DETAIL] + "…"


def _words(value: object, depth: int) -> str:
    """The message in one part of an error body ("" when it holds none)."""
    if depth > 4 or value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [w for w in (_words(item, depth + 1) for item in value) if w]
        return "; ".join(dict.fromkeys(parts))  # each once, in order
    if not isinstance(value, Mapping):
        return ""
    keys = {str(k).lower(): v for k, v in value.items()}
    error, description = keys.get("error"), keys.get("error_description")
    if isinstance(error, str) and isinstance(description, str) and description.strip():
        return f"{_words(description, depth)} ({error})"  # OAuth2 (RFC 6749, 5.2)
    if "msg" in keys and "loc" in keys:  # one pydantic / FastAPI validation error
        loc = keys["loc"]
        where = ".".join(str(p) for p in loc) if isinstance(loc, list) else str(loc)
        return f"{where}: {_words(keys['msg'], depth + 1)}"
    for key in _MESSAGE_KEYS:
        words = _words(keys.get(key), depth + 1)
        if words:
            return words
    if depth and "code" in keys:  # an item of an error list with a code only
        field = keys.get("field")
        code = _words(keys["code"], depth + 1)
        return f"{field}: {code}" if isinstance(field, str) and code else code
    return ""


def _error_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text
