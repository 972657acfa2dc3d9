"""The client runtime: request building, auth, retries, errors, parsing, logging.

Generated clients subclass `SyncAPIClient` / `AsyncAPIClient` and describe each operation
with an `Op`; everything that does not depend on the API lives here.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import email.utils
import ipaddress
import json
import logging
import os
import random
import re
import socket
import ssl
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    _error_body,
    error_detail,
    status_error_class,
)
from ._models import ANY, Converter, ModelValidationError, TypeMismatch, dump
from ._oauth import TokenFlows, TokenState
from ._response import Asked, AsyncStreamedAPIResponse, StreamedAPIResponse
from ._types import NOT_GIVEN, Headers, NotGiven, Query, TimeoutTypes
from ._workflows import (
    LoginSpec,
    local_datetime,
    rate_limit_exhausted,
    read_rate_limit,
    task_in_progress_class,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIError",
    "AsyncAPIClient",
    "Body",
    "Op",
    "Param",
    "Scheme",
    "SyncAPIClient",
]

_T = TypeVar("_T")
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})
_ALWAYS_SENSITIVE = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie"}
)


@dataclass(frozen=True)
class Param:
    """How one keyword argument goes on the wire."""

    name: str
    wire: str
    location: str  # path | query | header | cookie
    explode: bool = True
    style: str = "form"
    local_datetime: bool = False  # datetime/date written YYYY-MM-DDThh:mm:ss, no zone


@dataclass(frozen=True)
class Body:
    """How an operation's request body is sent."""

    kind: str  # json | form | multipart | binary | text
    content_type: str
    fields: tuple[
        tuple[str, str], ...
    ] = ()  # (argument, wire name) of a flattened object
    required: bool = False
    files: tuple[str, ...] = ()  # multipart fields that carry files
    # the arguments a flattened JSON or form body cannot do without, unless it is given
    # whole as `body=` (a model or a mapping: the alternative to its arguments)
    needs: tuple[str, ...] = ()

    @property
    def whole(self) -> bool:
        """A flattened body that can also be given whole, as `body=`."""
        return bool(self.fields) and self.kind in ("json", "form")


@dataclass(frozen=True)
class Scheme:
    """A security scheme: what it sends and which constructor arguments feed it."""

    kind: str  # basic | bearer | apiKey | oauth2
    location: str  # header | query | cookie
    wire: str
    args: tuple[str, ...]
    flows: tuple[tuple[str, str], ...] = ()  # OAuth2: (grant type, token URL)
    client: tuple[str, ...] = ()  # OAuth2: the client_id and client_secret arguments


class Op(Generic[_T]):
    """Everything about one operation that does not change between calls."""

    __slots__ = (
        "_by_status",
        "accepts_json",
        "body",
        "busy",
        "method",
        "name",
        "ordered",
        "params",
        "path",
        "results",
        "security",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        params: tuple[Param, ...] = (),
        body: Body | None = None,
        results: Mapping[str, tuple[str, Converter]] | None = None,
        security: tuple[tuple[str, ...], ...] = (),
        ordered: tuple[tuple[str, str], ...] = (),
        busy: str | None = None,
    ) -> None:
        self.name = name
        self.ordered = ordered  # (a, b): argument a must not be later than b
        self.busy = busy  # pattern of the error text when another task is running
        self.method = method
        self.path = path
        self.params = params
        self.body = body
        self.results = dict(results or {})
        self.security = security
        self.accepts_json = any(kind == "json" for kind, _ in self.results.values())
        self._by_status: dict[int, tuple[str, Converter]] = {}

    def result_for(self, status: int) -> tuple[str, Converter]:
        """What a response of this status holds and how to load it (memoized)."""
        found = self._by_status.get(status)
        if found is None:
            found = self._by_status[status] = self._result_for(status)
        return found

    def _result_for(self, status: int) -> tuple[str, Converter]:
        code = str(status)
        for key in (code, code[0] + "XX", "default"):
            if key in self.results:
                return self.results[key]
        success = [v for k, v in self.results.items() if k.startswith("2")]
        return success[0] if success else ("json", ANY)


class _Secrets:
    """Credentials, kept out of repr(), str() and pickles."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str | None]) -> None:
        self._values = {k: v for k, v in values.items() if v}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def has(self, names: Sequence[str]) -> bool:
        return all(n in self._values for n in names)

    def __repr__(self) -> str:
        return "<credentials redacted>"

    def __reduce__(self) -> Any:
        raise TypeError("credentials cannot be pickled")


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _text_value(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    value = dump(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (seconds or HTTP-date)."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
    except (TypeError, ValueError, IndexError):
        return None  # unparseable: fall back to the normal backoff
    if parsed is None:
        return None
    return max(parsed.timestamp() - time.time(), 0.0)


class BaseClient(TokenFlows):
    """State and logic shared by the sync and async clients."""

    _schemes: Mapping[str, Scheme] = {}
    _resource_attrs: tuple[str, ...] = ()
    _owns_http: bool = True
    _package: str = "client"
    _user_agent: str = "client"  # `{distribution}/{version} clientgen/{version}`
    _default_base_url: str = ""
    _base_path: str = (
        ""  # a relative server URL of the spec (/api/v1), joined to base_url
    )
    _rate_limit_headers: Mapping[str, str] = {}  # field -> header
    _rate_limit_type: Any = None  # builds the typed rate-limit value from the fields
    _rate_limit_zero_message: str = ""
    _login: tuple[Op[Any], LoginSpec] | None = None
    _login_args: _Secrets | None = None
    _login_hint: str = ""  # how to log in, e.g. `API.login(user_id=..., password=...)`

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None],
        base_url: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Headers | None,
        allow_insecure: bool,
        retry_non_idempotent: bool = False,
        strict_response_validation: bool = False,
        fallback_base_url: str = "",
    ) -> None:
        env = self._package.upper()
        resolved: dict[str, str | None] = {}
        for name, value in credentials.items():
            resolved[name] = (
                value if value is not None else os.environ.get(f"{env}_{name.upper()}")
            )
        self._credentials = _Secrets(resolved)
        self._tokens = TokenState()
        self.base_url = self._resolve_base_url(
            base_url or os.environ.get(f"{env}_BASE_URL") or "", fallback_base_url
        )
        self.timeout: TimeoutTypes = (
            DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        )
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries
        # the User-Agent says which client sends (a User-Agent of yours replaces it;
        # `client.user_agent + " myapp/1.0"` extends it)
        self.default_headers = {
            "User-Agent": self.user_agent,
            **(default_headers or {}),
        }
        self.allow_insecure = allow_insecure
        self.retry_non_idempotent = retry_non_idempotent
        self.strict_response_validation = strict_response_validation
        self.rate_limit: Any = None
        self._log = logging.getLogger(self._package)
        _configure_logging(self._log, os.environ.get(f"{env}_LOG"))
        self._check_transport_security()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def user_agent(self) -> str:
        """This client's own User-Agent: the package, clientgen, Python and httpx."""
        python = ".".join(str(n) for n in sys.version_info[:3])
        return f"{self._user_agent} python/{python} httpx/{httpx.__version__}"

    def _resolve_base_url(self, given: str, fallback: str) -> str:
        """The URL requests go to: the one given (argument or environment variable), else
        the spec's server, else the http_client's own base URL; with the spec's relative
        server path (e.g. /api/v1) appended. Refused unless it is http(s) with a host.
        """
        env = f"{self._package.upper()}_BASE_URL"
        path = self._base_path.rstrip("/")
        url = given or self._default_base_url or fallback
        if not url:
            where = f"the API's server URL {path!r} is relative, so " if path else ""
            raise ValueError(
                f"{type(self).__name__} needs the server's address: {where}pass "
                f'base_url= (e.g. base_url="http://localhost:8000") or set the {env} '
                "environment variable"
            )
        url = url.rstrip("/")
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"base_url {url!r} is not a usable server URL: it needs http:// or "
                f'https:// and a host (e.g. "https://api.example.com"); pass base_url= '
                f"or set {env}"
            )
        if path and not parts.path.rstrip("/").endswith(path):
            url += path  # the spec's relative server, below the address given
        return url

    def __reduce__(self) -> Any:
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds credentials)"
        )

    def __copy__(self) -> Self:
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connection pool.

        `retry_non_idempotent=True` lets failed POST/PATCH requests be retried on
        408/5xx, timeouts and connection errors too: use it only where resending is safe.
        `strict_response_validation=True` raises `APIResponseValidationError` on a
        response value of another type than the API declares (instead of keeping it).
        """
        new = copy.copy(self)
        for name in self._resource_attrs:
            new.__dict__.pop(name, None)
        new._owns_http = False
        if not isinstance(timeout, NotGiven):
            new.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            new.max_retries = max_retries
        if default_headers is not None:
            new.default_headers = {**self.default_headers, **default_headers}
        if not isinstance(retry_non_idempotent, NotGiven):
            new.retry_non_idempotent = retry_non_idempotent
        if not isinstance(strict_response_validation, NotGiven):
            new.strict_response_validation = strict_response_validation
        return new

    def _check_transport_security(self) -> None:
        parts = urlsplit(self.base_url)
        if (
            parts.scheme == "https"
            or self.allow_insecure
            or _is_loopback(parts.hostname or "")
        ):
            return
        for scheme in self._schemes.values():
            if scheme.kind == "basic" and self._credentials.has(scheme.args):
                raise ValueError(
                    f"refusing to send Basic credentials over plain {parts.scheme}:// to "
                    f"{parts.hostname}; use https, or pass allow_insecure=True if you must"
                )

    @staticmethod
    def _clock() -> float:
        return time.monotonic()

    @property
    def _sensitive(self) -> frozenset[str]:
        """The header names (lower case) a log shows redacted."""
        return _sensitive_names(self._schemes)[0]

    @property
    def _sensitive_query(self) -> frozenset[str]:
        """The query parameters that carry credentials (redacted when shown)."""
        return _sensitive_names(self._schemes)[1]

    # -- building ------------------------------------------------------------------
    def _auth(
        self, op: Op[Any], given: _Given | None = None
    ) -> tuple[dict[str, str], list[tuple[str, str]], dict[str, str]]:
        """The credentials of the first security alternative the client can meet, as
        headers, query parameters and cookies. With `given` (what the request carries
        from the user), an alternative is also met where the user sends some of its
        schemes: the client adds the rest."""
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: dict[str, str] = {}
        alternatives = sorted(
            op.security, key=lambda alt: not alt
        )  # empty (anonymous) last
        for alt in alternatives:
            schemes = [self._schemes[n] for n in alt if n in self._schemes]
            if not all(
                self._credentials.has(s.args) or (given is not None and given.sends(s))
                for s in schemes
            ):
                continue
            for s in schemes:
                if not self._credentials.has(s.args):
                    continue  # the user sends this one
                value = self._credential_value(s)
                if s.location == "header":
                    headers[s.wire] = value
                elif s.location == "query":
                    query.append((s.wire, value))
                else:
                    cookies[s.wire] = value
            return headers, query, cookies
        return headers, query, cookies

    def _credential_value(self, s: Scheme) -> str:
        if s.kind == "basic":
            user, pwd = (self._credentials.get(a) or "" for a in s.args)
            token = base64.b64encode(f"{user}:{pwd}".encode()).decode("ascii")
            return f"Basic {token}"
        value = self._credentials.get(s.args[0]) or ""
        return f"Bearer {value}" if s.kind in ("bearer", "oauth2") else value

    def _require_credentials(
        self,
        op: Op[Any],
        args: Mapping[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
    ) -> _Given | None:
        """Raise MissingCredentialsError, before anything is sent, when no alternative of
        the operation's security requirement can be met: by credentials given to the
        constructor or found in the environment, by a token the client can fetch, or by
        the header, query parameter or cookie sent some other way (default_headers=,
        extra_headers=, extra_query=, the http_client's own headers, params, cookies or
        auth). Returns what the request carries from the user, when it was read."""
        if (
            () in op.security
            or getattr(getattr(self, "_http", None), "auth", None) is not None
        ):
            return None
        given = _Given(self, op, args, extra_headers, extra_query)
        for alt in op.security:
            if all(
                name not in self._schemes
                or self._credentials.has(self._schemes[name].args)
                or self._grant(name, self._schemes[name]) is not None
                or given.sends(self._schemes[name])
                for name in alt
            ):
                return given
        raise self._missing_credentials(op)

    def _missing_credentials(self, op: Op[Any]) -> MissingCredentialsError:
        cls = type(self).__name__.removeprefix("Async")
        env = self._package.upper()
        ways: list[tuple[str, ...]] = []
        for alt in op.security:
            schemes = [self._schemes[n] for n in alt if n in self._schemes]
            args = tuple(dict.fromkeys(a for s in schemes for a in s.args))
            if args and args not in ways:
                ways.append(args)
            client = tuple(dict.fromkeys(a for s in schemes for a in s.client))
            if client and any(
                g == "client_credentials" for s in schemes for g, _ in s.flows
            ):
                others = tuple(a for s in schemes if not s.client for a in s.args)
                way = tuple(dict.fromkeys(client + others))
                if way not in ways:
                    ways.append(way)
        envs = tuple(tuple(f"{env}_{a.upper()}" for a in way) for way in ways)
        calls = " or ".join(
            f"{cls}({', '.join(f'{a}=...' for a in way)})" for way in ways
        )
        variables = ", or ".join(" and ".join(names) for names in envs)
        message = (
            f"{op.method} {op.path} ({op.name}) needs credentials the client does not "
            f"have; nothing was sent. Pass them: {calls}, or set {variables}"
        )
        if any(dict(s.flows).get("password") for s in self._schemes.values()):
            message += (
                ", or get a token with client.fetch_token(username=..., password=...)"
            )
        if self._login_hint:
            message += f", or log in with {self._login_hint}"
        return MissingCredentialsError(
            message + ".",
            operation=op.name,
            alternatives=tuple(ways),
            environment_variables=envs,
        )

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Op[Any],
        args: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Headers | None,
        extra_query: Query | None,
        url: str | None = None,
        given: _Given | None = None,
    ) -> httpx.Request:
        """The request for `op` with `args`; with `url` (a next page's link, which
        carries the path and query), only the headers, cookies and credentials. `given`:
        what the request carries from the user, when already read (else read here, if
        the client cannot meet the security requirement alone)."""
        path = op.path
        query: list[tuple[str, str]] = []
        headers: dict[str, str] = (
            {"Accept": "application/json"} if op.accepts_json else {}
        )
        headers.update(self.default_headers)
        cookies: dict[str, str] = {}
        for p in op.params:
            value = args.get(p.name, NOT_GIVEN)
            if value is NOT_GIVEN or (value is None and p.location != "path"):
                continue
            if p.local_datetime:
                value = local_datetime(p.name, value)
            if url is not None and p.location in ("path", "query"):
                continue
            if p.location == "path":
                path = path.replace(
                    "{" + p.wire + "}", quote(_text_value(value), safe="")
                )
            elif p.location == "query":
                query.extend(_query_pairs(p, value))
            elif p.location == "header":
                headers[p.wire] = _joined(value)
            else:
                cookies[p.wire] = _joined(value)
        if op.security:
            auth_headers, auth_query, auth_cookies = self._auth(op)
            if (
                not (auth_headers or auth_query or auth_cookies)
                and () not in op.security
            ):
                # none met by the client alone: the user sends (part of) the credentials
                if given is None:
                    given = _Given(self, op, args, extra_headers, extra_query)
                auth_headers, auth_query, auth_cookies = self._auth(op, given)
            headers.update(auth_headers)
            query.extend(auth_query)
            cookies.update(auth_cookies)
        if extra_query:
            for key, value in extra_query.items():
                query.extend(_query_pairs(Param(key, key, "query"), value))
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        kwargs = _body_kwargs(op.body, args) if op.body is not None else {}
        if op.body is not None and op.body.kind not in ("multipart",) and kwargs:
            headers.setdefault("Content-Type", op.body.content_type)
        if extra_headers:
            headers.update(extra_headers)
        if url is not None:  # what the link does not carry: credentials, extra_query
            present = set(httpx.URL(url).params.keys())
            query = [(k, v) for k, v in query if k not in present]
        return http.build_request(
            op.method,
            url if url is not None else self.base_url + path,
            params=tuple(query) if query else None,
            headers=headers,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            **kwargs,
        )

    def _transport_error(
        self,
        exc: httpx.TransportError,
        request: httpx.Request,
        attempts: int = 1,
        elapsed: float | None = None,
    ) -> APIError:
        """The error for a request that got no response: the method, the URL (API keys
        in the query redacted) and the reason, from the OS or TLS error underneath."""
        url = self._redact(str(self._shown_url(request.url)))
        if isinstance(exc, httpx.UnsupportedProtocol):  # e.g. redirected to ws://
            reason = self._redact(str(exc)).rstrip(".") or "unsupported URL"
            message = f"{request.method} {url} failed: {reason} (not retried)"
            return APIConnectionError(message, request, reason=reason)
        if isinstance(exc, httpx.TimeoutException):
            reason = _timeout_reason(exc, request)
            message = f"{request.method} {url} timed out: {reason}"
        else:
            reason = self._redact(_connection_reason(exc, request))
            message = f"{request.method} {url} failed: {reason}"
        if attempts > 1:
            message += f" ({_attempts(attempts, elapsed)})"
        err: APIConnectionError
        if isinstance(exc, httpx.TimeoutException):
            err = APITimeoutError(request, message, reason=reason)
        else:
            err = APIConnectionError(message, request, reason=reason)
        err.attempts, err.elapsed = attempts, elapsed
        return err

    def _shown_url(self, url: httpx.URL) -> httpx.URL:
        """The URL as an error or a log shows it: API keys in the query redacted."""
        sensitive = self._sensitive_query
        if not sensitive or not url.query:
            return url
        params = [
            (k, "<redacted>" if k in sensitive else v)
            for k, v in url.params.multi_items()
        ]
        return url.copy_with(params=params)

    # -- retries -------------------------------------------------------------------
    def _retry_allowed(self, op: Op[Any]) -> bool:
        return op.method in IDEMPOTENT or self.retry_non_idempotent

    def _retry_delay(
        self, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before retry number `attempt` (0-based); None: too long to wait."""
        if response is not None:
            after = parse_retry_after(response.headers)
            if after is not None:
                return after if after <= MAX_RETRY_AFTER else None
        delay: float = min(INITIAL_RETRY_DELAY * (2**attempt), MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _should_retry_status(self, op: Op[Any], response: httpx.Response) -> bool:
        if response.status_code == 429:
            return True
        return response.status_code in RETRY_STATUSES and self._retry_allowed(op)

    def _retry_transport(
        self, op: Op[Any], attempt: int, retries: int, exc: httpx.TransportError
    ) -> float | None:
        """Delay before retrying after a timeout or connection error, or None: raise.
        A configuration error (a URL httpx cannot send to) is never retried."""
        if isinstance(exc, httpx.UnsupportedProtocol):
            return None
        if attempt < retries and self._retry_allowed(op):
            return self._retry_delay(attempt, None) or 0.0
        return None

    def _next_step(
        self,
        op: Op[Any],
        response: httpx.Response,
        attempt: int,
        retries: int,
        relogged: bool,
    ) -> tuple[str, float]:
        """What the send loop does with a response: ("return" | "relogin" | "retry" |
        "raise" | "too-long", delay). "too-long" raises with the server's wait attached.
        """
        self._log_response(response)
        self._observe(response)
        if response.is_success:
            return "return", 0.0
        if (
            response.status_code == 401
            and not relogged
            and (self._can_relogin(op) or self._renewable(op))
        ):
            return "relogin", 0.0
        if self._should_retry_status(op, response) and not self._no_retry_429(response):
            delay = self._retry_delay(attempt, response)
            if delay is None:
                return "too-long", parse_retry_after(response.headers) or 0.0
            if attempt < retries:
                return "retry", delay
        return "raise", 0.0

    # -- results -------------------------------------------------------------------
    def _status_error(
        self,
        response: httpx.Response,
        op: Op[Any] | None = None,
        retry_after: float | None = None,
        attempts: int = 1,
        elapsed: float | None = None,
    ) -> APIStatusError:
        body = _error_body(response)
        req = response.request
        detail = error_detail(body)
        message = f"{response.status_code} {response.reason_phrase} on {req.method} {req.url.path}"
        if detail:
            message += f": {detail}"
        values = self._rate_limit_values(response)
        if response.status_code == 429 and values and rate_limit_exhausted(values):
            message += f" (rate limit is zero: {self._rate_limit_zero_message or 'not retried'})"
        elif retry_after is not None:
            message += (
                f" (server asked to retry after {retry_after:.0f} s; not retried)"
            )
        cls = status_error_class(response.status_code)
        if (
            op is not None
            and op.busy
            and 400 <= response.status_code < 500
            and response.status_code not in (401, 403, 404)
            and re.search(op.busy, detail)
        ):
            cls = task_in_progress_class(response.status_code)
            message += " (another task is still running: wait for it, then retry)"
        if attempts > 1:
            message += f" ({_attempts(attempts, elapsed)})"
        err = cls(
            self._redact(message),
            response,
            body,
            retry_after=retry_after,
            detail=self._redact(detail),
        )
        err.attempts, err.elapsed = attempts, elapsed
        if values is not None and self._rate_limit_type is not None:
            err.rate_limit = self._rate_limit_type(**values)
        return err

    # -- rate limits and login -------------------------------------------------------
    def _redact(self, text: str) -> str:
        """Remove any credential the server echoed back from a message."""
        secrets = list(self._credentials._values.values()) + self._tokens.secrets()
        if self._login_args is not None:
            secrets.extend(self._login_args._values.values())
        for scheme in self._schemes.values():  # the header values they become, too
            if self._credentials.has(scheme.args):
                value = self._credential_value(scheme)
                secrets += [value, value.split(" ", 1)[-1]]
        for secret in sorted(
            (v for v in secrets if v and len(v) >= 3), key=len, reverse=True
        ):
            text = text.replace(secret, "<redacted>")
        return text

    def _rate_limit_values(
        self, response: httpx.Response
    ) -> dict[str, int | None] | None:
        if not self._rate_limit_headers:
            return None
        return read_rate_limit(response.headers, self._rate_limit_headers)

    def _observe(self, response: httpx.Response) -> None:
        values = self._rate_limit_values(response)
        if values is not None and self._rate_limit_type is not None:
            self.rate_limit = self._rate_limit_type(**values)

    def _no_retry_429(self, response: httpx.Response) -> bool:
        if response.status_code != 429:
            return False
        values = self._rate_limit_values(response)
        return bool(values) and rate_limit_exhausted(values or {})

    def _login_call_args(self) -> dict[str, Any]:
        assert self._login is not None and self._login_args is not None
        _, spec = self._login
        return {
            op_arg: self._login_args.get(arg)
            for arg, op_arg in spec.arguments
            if self._login_args.get(arg) is not None
        }

    def _store_login(self, response: object) -> None:
        assert self._login is not None and self._login_args is not None
        _, spec = self._login
        given = {arg: self._login_args.get(arg) for arg, _ in spec.overrides}
        merged = dict(self._credentials._values)
        merged.update(spec.credentials(response, given))
        self._credentials = _Secrets(merged)

    def _can_relogin(self, op: Op[Any]) -> bool:
        return (
            self._login is not None
            and self._login_args is not None
            and op is not self._login[0]
        )

    def _parse(self, op: Op[Any], response: httpx.Response) -> Any:
        kind, converter = op.result_for(response.status_code)
        if kind == "empty" or response.status_code == 204:
            return None
        if kind == "binary":
            return response.content
        if kind == "text":
            return response.text
        if not response.content.strip():
            return None  # an empty body is "no result", whatever the declared type
        try:
            data = json.loads(response.content)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{response.request.method} {response.request.url.path}: response is not valid JSON "
                f"({exc}); content-type {response.headers.get('content-type')!r}",
                response,
                response.text,
            ) from None
        if self.strict_response_validation:
            return self._parse_strict(converter, response, data)
        try:
            return converter.load(data)
        except ModelValidationError as exc:
            raise APIResponseValidationError(
                f"{response.request.method} {response.request.url.path}: {exc}",
                response,
                data,
            ) from None

    def _parse_strict(
        self, converter: Converter, response: httpx.Response, data: Any
    ) -> Any:
        """Load `data` checking every value against its declared type."""
        req = response.request
        try:
            return converter.strict(data)
        except TypeMismatch as exc:
            path = "result" + exc.location
            field = f" ({exc.model}.{exc.field})" if exc.model else ""
            raise APIResponseValidationError(
                self._redact(
                    f"{req.method} {req.url.path}: {path}{field} is not of the declared "
                    f"type: expected {exc.expected}, got {exc.shown()}"
                ),
                response,
                data,
                path=path,
                model=exc.model,
                field=exc.field,
                expected=exc.expected,
                got=exc.got,
            ) from None
        except ModelValidationError as exc:
            raise APIResponseValidationError(
                f"{req.method} {req.url.path}: {exc}", response, data
            ) from None

    # -- logging -------------------------------------------------------------------
    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if not self._log.isEnabledFor(logging.DEBUG):
            return
        sensitive = self._sensitive
        headers = {
            k: ("<redacted>" if k.lower() in sensitive else v)
            for k, v in request.headers.items()
        }
        url = self._shown_url(request.url)
        self._log.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            url,
            attempt + 1,
            headers,
        )

    def _log_response(self, response: httpx.Response) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            req = response.request
            self._log.debug(
                "response %s %s -> %d", req.method, req.url.path, response.status_code
            )


# per security schemes mapping (a client class's constant): the sensitive header names
# and query parameters, computed once
_SENSITIVE: dict[
    int, tuple[Mapping[str, Scheme], tuple[frozenset[str], frozenset[str]]]
] = {}


def _sensitive_names(
    schemes: Mapping[str, Scheme],
) -> tuple[frozenset[str], frozenset[str]]:
    """The header names (lower case, with the always sensitive ones) and the query
    parameters that carry the credentials of `schemes`."""
    cached = _SENSITIVE.get(id(schemes))
    if cached is not None and cached[0] is schemes:
        return cached[1]
    headers = _ALWAYS_SENSITIVE | {
        s.wire.lower() for s in schemes.values() if s.location == "header"
    }
    query = frozenset(s.wire for s in schemes.values() if s.location == "query")
    _SENSITIVE[id(schemes)] = (schemes, (headers, query))
    return headers, query


class _Given:
    """The credentials a request carries that the client did not add itself: headers
    (default_headers=, extra_headers=, the http_client's, header arguments), query
    parameters (extra_query=, the http_client's params) and cookies."""

    __slots__ = ("cookies", "headers", "query")

    def __init__(
        self,
        client: BaseClient,
        op: Op[Any],
        args: Mapping[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
    ) -> None:
        http: Any = getattr(client, "_http", None)
        headers = httpx.Headers(getattr(http, "headers", None))
        headers.update(client.default_headers)
        headers.update(extra_headers or {})
        for p in op.params:
            if p.location == "header" and args.get(p.name) not in (NOT_GIVEN, None):
                headers[p.wire] = "given"
        self.headers = headers
        self.query = set(extra_query or {}) | set(getattr(http, "params", {}) or {})
        self.cookies = set(getattr(http, "cookies", {}) or {})
        for part in headers.get("cookie", "").split(";"):
            self.cookies.add(part.split("=", 1)[0].strip())

    def sends(self, scheme: Scheme) -> bool:
        if scheme.location == "query":
            return scheme.wire in self.query
        if scheme.location == "cookie":
            return scheme.wire in self.cookies
        return bool(self.headers.get(scheme.wire))


def _attempts(attempts: int, elapsed: float | None) -> str:
    over = f" over {elapsed:.1f} s" if elapsed is not None else ""
    return f"after {attempts} attempts{over}"


def _timeout_reason(exc: httpx.TimeoutException, request: httpx.Request) -> str:
    """Which timeout fired, and after how long (the request's own timeout settings)."""
    kinds = {
        httpx.ConnectTimeout: ("connect", "no connection"),
        httpx.ReadTimeout: ("read", "no response data"),
        httpx.WriteTimeout: ("write", "the request could not be sent"),
        httpx.PoolTimeout: ("pool", "no free connection in the pool"),
    }
    for cls, (kind, what) in kinds.items():
        if isinstance(exc, cls):
            limit = (request.extensions.get("timeout") or {}).get(kind)
            after = f" within {limit:g} s" if isinstance(limit, int | float) else ""
            return f"{what}{after} ({kind} timeout)"
    return str(exc) or "timed out"


def _connection_reason(exc: BaseException, request: httpx.Request) -> str:
    """The OS or TLS reason under an httpx error (its `__cause__` chain), in words."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    host = request.url.host
    for err in reversed(chain):  # the deepest error knows best
        if isinstance(err, ssl.SSLCertVerificationError):
            why = err.verify_message or _ssl_words(err)
            return f"TLS certificate verify failed: {why}"
        if isinstance(err, ssl.SSLError):
            return f"TLS handshake failed: {_ssl_words(err)}"
        if isinstance(err, socket.gaierror):
            why = err.strerror or str(err)
            return f"cannot resolve host {host!r}: {why}"
        if isinstance(err, OSError) and isinstance(err.errno, int) and err.errno > 0:
            return os.strerror(err.errno)
    for err in chain:
        if str(err):
            return str(err)
    return type(exc).__name__


def _ssl_words(err: ssl.SSLError) -> str:
    """`[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)` -> `wrong version
    number`."""
    text = re.sub(r"^\[[^\]]*\]\s*", "", str(err.args[1] if len(err.args) > 1 else err))
    return re.sub(r"\s*\(_ssl\.c:\d+\)$", "", text) or str(err.reason or err)


def _configure_logging(logger: logging.Logger, level: str | None) -> None:
    if not level or getattr(logger, "_clientgen_configured", False):
        return
    logger.setLevel(logging.DEBUG if level.lower() == "debug" else logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")
    )
    logger.addHandler(handler)
    logger._clientgen_configured = True  # type: ignore[attr-defined]


def _check_body(op: Op[Any], args: Mapping[str, Any]) -> None:
    """`body=` and the body's own keyword arguments are alternatives: a TypeError, as
    Python's own for a bad call, when both are given, or when neither gives what the body
    needs. Before anything is sent."""
    body = op.body
    if body is None or not body.whole:
        return
    given = [n for n, _ in body.fields if args.get(n, NOT_GIVEN) is not NOT_GIVEN]
    if args.get("body", NOT_GIVEN) is not NOT_GIVEN:
        if given:
            names = ", ".join(f"{n}=" for n in given)
            raise TypeError(
                f"{op.name}() got both body= and {names}: pass the request body either "
                "whole (body=) or as keyword arguments, not both"
            )
        return
    missing = [n for n in body.needs if args.get(n, NOT_GIVEN) is NOT_GIVEN]
    if missing:
        names = ", ".join(repr(n) for n in missing)
        s = "s" if len(missing) > 1 else ""
        raise TypeError(
            f"{op.name}() missing required keyword argument{s}: {names} "
            "(or pass the whole request body as body=)"
        )


def _check_order(op: Op[Any], args: Mapping[str, Any]) -> None:
    """Reject a range whose start is later than its end, before anything is sent."""
    for first, second in op.ordered:
        a, b = args.get(first, NOT_GIVEN), args.get(second, NOT_GIVEN)
        if a is NOT_GIVEN or b is NOT_GIVEN or a is None or b is None:
            continue
        lo, hi = local_datetime(first, a), local_datetime(second, b)
        if isinstance(lo, str) and isinstance(hi, str) and lo > hi:
            raise ValueError(f"{first} ({lo}) is later than {second} ({hi})")


def _joined(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ",".join(_text_value(v) for v in value)
    return _text_value(value)


def _query_pairs(p: Param, value: Any) -> list[tuple[str, str]]:
    value = dump(value)
    if isinstance(value, Mapping):
        if p.style == "deepObject":
            return [(f"{p.wire}[{k}]", _text_value(v)) for k, v in value.items()]
        if p.explode:
            return [(str(k), _text_value(v)) for k, v in value.items()]
        return [(p.wire, ",".join(f"{k},{_text_value(v)}" for k, v in value.items()))]
    if isinstance(value, list):
        if p.explode:
            return [(p.wire, _text_value(v)) for v in value]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(p.style, ",")
        return [(p.wire, sep.join(_text_value(v) for v in value))]
    return [(p.wire, _text_value(value))]


def _body_kwargs(body: Body | None, args: Mapping[str, Any]) -> dict[str, Any]:
    if body is None:
        return {}
    if not body.fields:
        value = args.get("body", NOT_GIVEN)
        if value is NOT_GIVEN:
            return {}
        if body.kind == "json":
            return {"content": json.dumps(dump(value)).encode()}
        if body.kind == "text":
            return {"content": str(value).encode()}
        if body.kind == "binary":
            return {"content": value}
        if body.kind == "form":
            return {"data": {k: _joined(v) for k, v in dump(value).items()}}
        fields = dict(value)
        return {"files": _multipart_parts(fields, _file_like(fields))}
    whole = args.get("body", NOT_GIVEN) if body.whole else NOT_GIVEN
    if whole is not NOT_GIVEN:  # a model (sent as its to_dict()) or a mapping
        if body.kind == "json":
            return {"content": json.dumps(dump(whole)).encode()}
        return {"data": {k: _form_value(v) for k, v in dump(whole).items()}}
    given = {
        wire: args[name]
        for name, wire in body.fields
        if args.get(name, NOT_GIVEN) is not NOT_GIVEN
    }
    if not given and not body.required:
        return {}
    if body.kind == "json":
        return {"content": json.dumps(dump(given)).encode()}
    if body.kind == "form":
        return {"data": {k: _form_value(v) for k, v in given.items()}}
    return {"files": _multipart_parts(given, body.files)}


def _multipart_parts(
    given: Mapping[str, Any], file_fields: tuple[str, ...]
) -> list[tuple[str, Any]]:
    """Every field as multipart parts: a file (bytes, a binary file object or a
    (filename, content[, content type]) tuple) is one part, sent as given; a list of files
    is one part per file; other values are text parts, lists one part per item. Always
    multipart, also without files: the operation accepts nothing else."""
    parts: list[tuple[str, Any]] = []
    for name, value in given.items():
        if value is None:
            continue
        if name in file_fields:
            for item in value if isinstance(value, list) else [value]:
                parts.append((name, item))
            continue
        text = _form_value(value)
        for item in text if isinstance(text, list) else [text]:
            parts.append((name, (None, str(item).encode())))
    return parts


def _file_like(fields: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields of a whole multipart body given as a mapping that hold files."""

    def is_file(v: Any) -> bool:
        return isinstance(v, bytes | tuple) or hasattr(v, "read")

    return tuple(
        k
        for k, v in fields.items()
        if is_file(v) or (isinstance(v, list) and v and all(is_file(x) for x in v))
    )


def _form_value(value: Any) -> Any:
    value = dump(value)
    if isinstance(value, list):
        return [_text_value(v) for v in value]
    if isinstance(value, dict):
        return json.dumps(value)
    return _text_value(value)


class SyncAPIClient(BaseClient):
    """Synchronous client runtime."""

    def __init__(
        self, *, http_client: httpx.Client | None = None, **kwargs: Any
    ) -> None:
        fallback = str(http_client.base_url) if http_client is not None else ""
        super().__init__(fallback_base_url=fallback, **kwargs)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.timeout, follow_redirects=True
        )

    def close(self) -> None:
        """Close the connection pool (only when this client created it)."""
        if self._owns_http:
            self._http.close()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _relogin(self) -> None:
        """Log in again with the stored login arguments (after a 401); a fetched OAuth2
        token was marked expired instead, and _ensure_token fetches a new one."""
        if self._login is None:
            return
        self._log.debug("credentials rejected (401); logging in again")
        self._log_in()

    def _ensure_token(self, op: Op[Any]) -> None:
        """Fetch the OAuth2 token(s) `op` needs and the client does not hold (valid)."""
        for _ in range(4):
            wanted = self._token_fetch(op)
            if wanted is None:
                return
            self._send_token_request(*wanted)

    def _send_token_request(self, scheme: str, url: str, form: dict[str, str]) -> bool:
        request = self._token_request(self._http, scheme, url, form)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, request) from exc
        response.read()
        return self._token_answer(scheme, form, response)

    def _fetch_password_token(
        self, username: str, password: str, scope: str | None
    ) -> None:
        for _ in range(2):
            if self._send_token_request(
                *self._password_form(username, password, scope)
            ):
                return

    def _log_in(self) -> None:
        assert self._login is not None
        self._store_login(self._call(self._login[0], self._login_call_args()))

    def _start_login(self, arguments: Mapping[str, str | None]) -> None:
        """Remember the login arguments (redacted) and log in; close on failure."""
        self._login_args = _Secrets(arguments)
        try:
            self._log_in()
        except BaseException:
            self.close()
            raise

    def _call(
        self,
        op: Op[_T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> _T:
        with Asked() as asked:  # nested calls (e.g. a re-login) parse normally
            _check_body(op, args)
            response = self._send(
                op, args, timeout, max_retries, extra_headers, extra_query, asked.stream
            )
            return asked.result(  # type: ignore[no-any-return]
                response, lambda r: self._parse(op, r), StreamedAPIResponse
            )

    def _send(
        self,
        op: Op[Any],
        args: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Headers | None,
        extra_query: Query | None,
        stream: bool = False,
        *,
        url: str | None = None,
    ) -> httpx.Response:
        """Send until the answer is final; a success is returned unread when `stream`."""
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        given: _Given | None = None  # what the request carries from the user, if read
        if op.security:
            given = self._require_credentials(op, args, extra_headers, extra_query)
        started = self._clock()
        attempt = 0
        relogged = False
        first = True
        while True:
            if self._fetches_tokens and op.security:
                self._ensure_token(op)
                given = None  # a token request may have set cookies: read it again
            if first and op.ordered:  # the arguments do not change between attempts
                _check_order(op, args)
            request = self._build_request(
                self._http, op, args, timeout, extra_headers, extra_query, url, given
            )
            first = False
            given = None  # a response may have set cookies: read it again
            self._log_request(request, attempt)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._retry_transport(op, attempt, retries, exc)
                if delay is None:
                    elapsed = self._clock() - started
                    raise self._transport_error(
                        exc, request, attempt + 1, elapsed
                    ) from exc
                self._sleep(delay)
                attempt += 1
                continue
            step, delay = self._next_step(op, response, attempt, retries, relogged)
            if step == "return":
                return response
            if step == "relogin":
                response.close()
                self._relogin()
                relogged = True
                continue
            if step == "retry":
                response.close()
                self._sleep(delay)
                attempt += 1
                continue
            response.read()
            raise self._status_error(
                response,
                op,
                delay if step == "too-long" else None,
                attempt + 1,
                self._clock() - started,
            )


class AsyncAPIClient(BaseClient):
    """Asynchronous client runtime."""

    def __init__(
        self, *, http_client: httpx.AsyncClient | None = None, **kwargs: Any
    ) -> None:
        fallback = str(http_client.base_url) if http_client is not None else ""
        super().__init__(fallback_base_url=fallback, **kwargs)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, follow_redirects=True
        )

    async def aclose(self) -> None:
        """Close the connection pool (only when this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        await self.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def _relogin(self) -> None:
        """Log in again with the stored login arguments (after a 401); a fetched OAuth2
        token was marked expired instead, and _ensure_token fetches a new one."""
        if self._login is None:
            return
        self._log.debug("credentials rejected (401); logging in again")
        await self._log_in()

    async def _ensure_token(self, op: Op[Any]) -> None:
        """Fetch the OAuth2 token(s) `op` needs and the client does not hold (valid)."""
        for _ in range(4):
            wanted = self._token_fetch(op)
            if wanted is None:
                return
            await self._send_token_request(*wanted)

    async def _send_token_request(
        self, scheme: str, url: str, form: dict[str, str]
    ) -> bool:
        request = self._token_request(self._http, scheme, url, form)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, request) from exc
        await response.aread()
        return self._token_answer(scheme, form, response)

    async def _fetch_password_token(
        self, username: str, password: str, scope: str | None
    ) -> None:
        for _ in range(2):
            wanted = self._password_form(username, password, scope)
            if await self._send_token_request(*wanted):
                return

    async def _log_in(self) -> None:
        assert self._login is not None
        self._store_login(await self._call(self._login[0], self._login_call_args()))

    async def _start_login(self, arguments: Mapping[str, str | None]) -> None:
        """Remember the login arguments (redacted) and log in; close on failure."""
        self._login_args = _Secrets(arguments)
        try:
            await self._log_in()
        except BaseException:
            await self.aclose()
            raise

    async def _call(
        self,
        op: Op[_T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> _T:
        with Asked() as asked:  # nested calls (e.g. a re-login) parse normally
            _check_body(op, args)
            response = await self._send(
                op, args, timeout, max_retries, extra_headers, extra_query, asked.stream
            )
            return asked.result(  # type: ignore[no-any-return]
                response, lambda r: self._parse(op, r), AsyncStreamedAPIResponse
            )

    async def _send(
        self,
        op: Op[Any],
        args: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Headers | None,
        extra_query: Query | None,
        stream: bool = False,
        *,
        url: str | None = None,
    ) -> httpx.Response:
        """Send until the answer is final; a success is returned unread when `stream`."""
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        given: _Given | None = None  # what the request carries from the user, if read
        if op.security:
            given = self._require_credentials(op, args, extra_headers, extra_query)
        started = self._clock()
        attempt = 0
        relogged = False
        first = True
        while True:
            if self._fetches_tokens and op.security:
                await self._ensure_token(op)
                given = None  # a token request may have set cookies: read it again
            if first and op.ordered:  # the arguments do not change between attempts
                _check_order(op, args)
            request = self._build_request(
                self._http, op, args, timeout, extra_headers, extra_query, url, given
            )
            first = False
            given = None  # a response may have set cookies: read it again
            self._log_request(request, attempt)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                delay = self._retry_transport(op, attempt, retries, exc)
                if delay is None:
                    elapsed = self._clock() - started
                    raise self._transport_error(
                        exc, request, attempt + 1, elapsed
                    ) from exc
                await self._sleep(delay)
                attempt += 1
                continue
            step, delay = self._next_step(op, response, attempt, retries, relogged)
            if step == "return":
                return response
            if step == "relogin":
                await response.aclose()
                await self._relogin()
                relogged = True
                continue
            if step == "retry":
                await response.aclose()
                await self._sleep(delay)
                attempt += 1
                continue
            await response.aread()
            raise self._status_error(
                response,
                op,
                delay if step == "too-long" else None,
                attempt + 1,
                self._clock() - started,
            )
