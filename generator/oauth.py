"""OAuth2 and OpenID Connect schemes: what the client is given, and which flows it runs.

A scheme of either type sends `Authorization: Bearer <access token>`. The token is a
constructor argument named for what it is (`access_token`, env `PKG_ACCESS_TOKEN`), never
after the scheme (`o_auth2_password_bearer`). The password and client-credentials flows can
also be run by the client itself against the flow's `tokenUrl` (kept as written: a relative
one is resolved against the client's base URL at run time).
"""

from __future__ import annotations

from typing import Any

#: the flows a client can run itself: spec name -> OAuth2 grant type
GRANTS = {"password": "password", "clientCredentials": "client_credentials"}


def flows(scheme: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """(grant type, token URL) of each runnable flow of an oauth2 scheme."""
    declared = scheme.get("flows")
    if scheme.get("type") != "oauth2" or not isinstance(declared, dict):
        return ()
    out = []
    for name, grant in GRANTS.items():
        flow = declared.get(name)
        if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
            out.append((grant, flow["tokenUrl"].strip()))
    return tuple(out)


def token_argument(name: str, token_schemes: int, snake: str) -> str:
    """The token's argument: `access_token`, prefixed with the scheme's name when several
    schemes carry tokens."""
    return "access_token" if token_schemes == 1 else f"{snake}_access_token"
