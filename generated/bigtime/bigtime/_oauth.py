"""OAuth2 tokens obtained by the client itself: the password and client-credentials grants
(RFC 6749, sections 4.3 and 4.4) against the spec's `tokenUrl`, renewed with the refresh
token the server issued (or by the same grant again) before it expires and after a 401.

Only the decisions live here (which grant, what to send, what the answer means); the sync
and async clients send the requests. Secrets are kept out of repr() and pickles.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

__all__ = ["TokenState", "token_url"]

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
