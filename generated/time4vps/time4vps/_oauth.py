"""OAuth2 tokens obtained by the client itself: the password and client-credentials grants
(RFC 6749, sections 4.3 and 4.4) against the spec's `tokenUrl`, renewed with the refresh
token the server issued (or by the same grant again) before it expires and after a 401.

Only the decisions live here (which grant, what to send, what the answer means); the sync
and async clients send the requests. Secrets are kept out of repr() and pickles.
"""

from __future__ import annotations

import base64
import logging
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, urljoin

import httpx

from ._exceptions import (
    APIResponseValidationError,
    _error_body,
    error_detail,
    status_error_class,
)

if TYPE_CHECKING:
    from ._base_client import Op, Scheme

__all__ = ["TokenFlows", "TokenState", "token_url"]

#: a token is renewed this long before it expires (at most a tenth of its lifetime)
EXPIRY_MARGIN = 30.0


def token_url(base_url: str, url: str) -> str:
    """The token endpoint: an absolute tokenUrl as it is, a relative one resolved against
    the client's base URL (`token` under `http://host/api` is `http://host/api/token`).
    """
    return urljoin(base_url.rstrip("/") + "/", url)


class TokenState:
    """What the client knows about the tokens it fetched, per scheme: expiry (monotonic
    seconds), refresh tokens and the password-grant arguments (all redacted)."""

    __slots__ = ("_basic", "_expires", "_secrets")

    def __init__(self) -> None:
        self._expires: dict[str, float] = {}
        self._secrets: dict[str, str] = {}
        self._basic: set[str] = set()  # token endpoints that want the client in Basic

    def wants_basic(self, scheme: str) -> bool:
        return scheme in self._basic

    def use_basic(self, scheme: str) -> None:
        self._basic.add(scheme)

    def __repr__(self) -> str:
        return "<tokens redacted>"

    def __reduce__(self) -> Any:
        raise TypeError("tokens cannot be pickled")

    def secrets(self) -> list[str]:
        return list(self._secrets.values())

    def fetched(self, scheme: str) -> bool:
        return scheme in self._expires

    def expired(self, scheme: str, now: float) -> bool:
        return now >= self._expires.get(scheme, math.inf)

    def expire(self, scheme: str) -> None:
        if scheme in self._expires:
            self._expires[scheme] = -math.inf

    def remember_password(
        self, scheme: str, username: str, password: str, scope: str | None
    ) -> None:
        self._secrets[f"{scheme}.username"] = username
        self._secrets[f"{scheme}.password"] = password
        if scope:
            self._secrets[f"{scheme}.scope"] = scope
        self._secrets.pop(f"{scheme}.refresh_token", None)

    def forget_refresh(self, scheme: str) -> None:
        self._secrets.pop(f"{scheme}.refresh_token", None)

    def grant(
        self, scheme: str, flows: Mapping[str, str], client: bool
    ) -> tuple[str, dict[str, str]] | None:
        """(flow's token URL, form) of the request that gets `scheme` a token, or None
        when the client cannot get one itself (no client credentials, no password)."""
        refresh = self._secrets.get(f"{scheme}.refresh_token")
        password_url = flows.get("password")
        scope = self._secrets.get(f"{scheme}.scope")
        if refresh and (password_url or flows.get("client_credentials")):
            url = password_url or flows["client_credentials"]
            return url, {"grant_type": "refresh_token", "refresh_token": refresh}
        username = self._secrets.get(f"{scheme}.username")
        if password_url and username is not None:
            form = {
                "grant_type": "password",
                "username": username,
                "password": self._secrets.get(f"{scheme}.password", ""),
            }
            return password_url, {**form, **({"scope": scope} if scope else {})}
        if client and flows.get("client_credentials"):
            return flows["client_credentials"], {"grant_type": "client_credentials"}
        return None

    def store(self, scheme: str, answer: Mapping[str, Any], now: float) -> str:
        """Keep what a token response says; return the access token."""
        token = answer["access_token"]
        lifetime = answer.get("expires_in")
        if isinstance(lifetime, str) and lifetime.strip().isdigit():
            lifetime = int(lifetime)
        if isinstance(lifetime, int | float) and not isinstance(lifetime, bool):
            margin = min(EXPIRY_MARGIN, lifetime / 10)
            self._expires[scheme] = now + max(lifetime - margin, 0.0)
        else:
            self._expires[scheme] = math.inf  # renewed only after a 401
        refresh = answer.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self._secrets[f"{scheme}.refresh_token"] = refresh
        return str(token)


def token_problem(answer: object) -> str | None:
    """Why a 2xx token response is unusable, or None."""
    if not isinstance(answer, Mapping):
        return "the token response is not a JSON object"
    token = answer.get("access_token")
    if not isinstance(token, str) or not token:
        return "the token response has no access_token"
    return None


def error_text(body: object) -> str:
    """An OAuth2 error body (`error`, `error_description`) or FastAPI's `detail`, as text."""
    if isinstance(body, Mapping):
        error, description = body.get("error"), body.get("error_description")
        if isinstance(error, str) and isinstance(description, str) and description:
            return f"{error}: {description}"
    return ""


class _Host(Protocol):
    """What the token flows use of the client (BaseClient provides it)."""

    base_url: str
    default_headers: dict[str, str]
    timeout: Any
    _schemes: Mapping[str, Scheme]
    _credentials: Any
    _tokens: TokenState
    _log: logging.Logger

    def _clock(self) -> float: ...

    def _log_response(self, response: httpx.Response) -> None: ...

    def _redact(self, text: str) -> str: ...

    def _grant(self, name: str, s: Scheme) -> tuple[str, dict[str, str]] | None: ...


class TokenFlows:
    """The client's side of the flows: which token an operation needs, the token request,
    and what its answer means (the sync and async clients send the requests)."""

    @property
    def _fetches_tokens(self: _Host) -> bool:
        return any(s.flows for s in self._schemes.values())

    def _token_fetch(
        self: _Host, op: Op[Any]
    ) -> tuple[str, str, dict[str, str]] | None:
        """(scheme, token URL, form) when `op` needs a token the client must fetch first:
        the first security alternative it can satisfy has a missing or expired token."""
        now = self._clock()
        for alt in sorted(op.security, key=lambda alt: not alt):
            schemes = [(n, self._schemes[n]) for n in alt if n in self._schemes]
            wanted = None
            for name, s in schemes:
                ready = self._credentials.has(s.args) and not self._tokens.expired(
                    name, now
                )
                if ready:
                    continue
                grant = self._grant(name, s)
                if grant is None:
                    break  # this alternative cannot be satisfied
                wanted = wanted or (name, *grant)
            else:
                return wanted
        return None

    def _grant(self: _Host, name: str, s: Scheme) -> tuple[str, dict[str, str]] | None:
        if not s.flows:
            return None
        found = self._tokens.grant(name, dict(s.flows), self._credentials.has(s.client))
        if found is None:
            return None
        url, form = found
        return token_url(self.base_url, url), form

    def _renewable(self: _Host, op: Op[Any]) -> bool:
        """A 401 on a token the client fetched: fetch a new one (once) and repeat."""
        names = {n for alt in op.security for n in alt}
        renew = [
            n
            for n in names
            if n in self._schemes
            and self._tokens.fetched(n)
            and self._grant(n, self._schemes[n]) is not None
        ]
        for n in renew:
            self._tokens.expire(n)
        return bool(renew)

    def _token_request(
        self: _Host,
        http: httpx.Client | httpx.AsyncClient,
        scheme: str,
        url: str,
        form: dict[str, str],
    ) -> httpx.Request:
        s = self._schemes[scheme]
        data = dict(form)
        headers = {"Accept": "application/json", **self.default_headers}
        if self._credentials.has(s.client):  # RFC 6749, 2.3.1
            client_id = self._credentials.get(s.client[0]) or ""
            secret = self._credentials.get(s.client[1]) or ""
            if self._tokens.wants_basic(scheme):
                pair = f"{quote(client_id, safe='')}:{quote(secret, safe='')}"
                token = base64.b64encode(pair.encode()).decode("ascii")
                headers["Authorization"] = f"Basic {token}"
            else:  # client_secret_post first: what most servers (and FastAPI forms) read
                data["client_id"] = client_id
                data["client_secret"] = secret
        self._log.debug(
            "fetching an OAuth2 token (%s) from %s", form["grant_type"], url
        )
        return http.build_request(
            "POST", url, data=data, headers=headers, timeout=self.timeout
        )

    def _token_answer(
        self: _Host, scheme: str, form: dict[str, str], response: httpx.Response
    ) -> bool:
        """Keep the token of a success; False: try again (a refresh was refused, or the
        client's id and secret in the form were: they go in a Basic header next); raise the
        typed error, with the server's reason, on any other failure.
        """
        self._log_response(response)
        body = _error_body(response)
        s = self._schemes[scheme]
        if (
            response.status_code == 401
            and self._credentials.has(s.client)
            and not self._tokens.wants_basic(scheme)
        ):
            self._tokens.use_basic(scheme)
            return False
        if not response.is_success:
            if form["grant_type"] == "refresh_token" and response.status_code in (
                400,
                401,
            ):
                self._tokens.forget_refresh(scheme)
                if self._grant(scheme, self._schemes[scheme]) is not None:
                    return False
            detail = error_text(body) or error_detail(body)
            req = response.request
            message = (
                f"{response.status_code} {response.reason_phrase} on {req.method} "
                f"{req.url.path}: the OAuth2 token request ({form['grant_type']}) failed"
            )
            message += f": {detail}" if detail else ""
            cls = status_error_class(response.status_code)
            reason = self._redact(error_detail(body))  # what it would take from `body`
            raise cls(self._redact(message), response, body, detail=reason)
        problem = token_problem(body)
        if problem is not None or not isinstance(body, Mapping):
            raise APIResponseValidationError(
                f"POST {response.request.url.path}: {problem}", response, body
            )
        token = self._tokens.store(scheme, body, self._clock())
        self._credentials._values[self._schemes[scheme].args[0]] = token
        return True

    def _password_form(
        self: _Host, username: str, password: str, scope: str | None
    ) -> tuple[str, str, dict[str, str]]:
        for name, s in self._schemes.items():
            if dict(s.flows).get("password"):
                self._tokens.remember_password(name, username, password, scope)
                grant = self._grant(name, s)
                assert grant is not None
                return (name, *grant)
        raise TypeError("this API declares no OAuth2 password flow")
