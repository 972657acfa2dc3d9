"""The example error messages of a package's README ("What they say").

They are the messages the client runtime (templates/runtime/_base_client.py) raises, for the
README's example operation, so that a user reads what their client will say. Tests compare
them with what the generated clients really raise (tests/clients/test_explained_errors.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.model import Api, Operation, SecurityScheme
from generator.snippets import login_hint

__all__ = ["ErrorExamples", "error_examples"]

#: where a client without a server in its spec is pointed in the README's examples
LOCAL = "http://localhost:8000"


@dataclass(frozen=True)
class ErrorExamples:
    method: str  # `GET`
    request: str  # `GET /server`
    url: str  # the full URL it goes to
    host: str  # its host
    missing_credentials: str  # MissingCredentialsError's message ("": none needed)


def error_examples(api: Api, op: Operation | None) -> ErrorExamples:
    """What the errors of a call of `op` (the README's example operation) say."""
    if op is None:
        return ErrorExamples("GET", "GET /items", f"{LOCAL}/items", "localhost", "")
    base = (api.default_base_url or LOCAL + api.base_path).rstrip("/")
    secured = _secured(api, op)
    return ErrorExamples(
        op.http_method,
        f"{op.http_method} {op.path}",
        base + op.path,
        urlsplit(base).hostname or "localhost",
        missing_credentials(api, secured) if secured else "",
    )


def _secured(api: Api, op: Operation) -> Operation | None:
    """The example operation when it needs credentials, else the first one that does."""
    candidates = [op] + [o for o in api.operations if o is not op]
    return next((o for o in candidates if _needs(api, o)), None)


def _needs(api: Api, op: Operation) -> bool:
    known = {s.name for s in api.security_schemes}
    return bool(op.security) and all(
        any(n in known for n in alt) for alt in op.security
    )


def missing_credentials(api: Api, op: Operation) -> str:
    """What `MissingCredentialsError` says for `op` on a client without credentials
    (the runtime's `_missing_credentials`, worded the same)."""
    schemes = {s.name: s for s in api.security_schemes}
    ways: list[tuple[str, ...]] = []
    for alt in op.security:
        found: list[SecurityScheme] = [schemes[n] for n in alt if n in schemes]
        args = tuple(dict.fromkeys(a for s in found for a in s.send_args))
        if args and args not in ways:
            ways.append(args)
        client = tuple(dict.fromkeys(a for s in found for a in s.client_args))
        if client and any(s.flow_url("client_credentials") for s in found):
            others = tuple(a for s in found if not s.client_args for a in s.send_args)
            way = tuple(dict.fromkeys(client + others))
            if way not in ways:
                ways.append(way)
    env = api.package.upper()
    cls = api.client_class
    calls = " or ".join(f"{cls}({', '.join(f'{a}=...' for a in way)})" for way in ways)
    variables = ", or ".join(
        " and ".join(f"{env}_{a.upper()}" for a in way) for way in ways
    )
    name = f"{api.resource_of(op).attr}.{op.method_name}"
    message = (
        f"{op.http_method} {op.path} ({name}) needs credentials the "
        f"client does not have; nothing was sent. Pass them: {calls}, or set {variables}"
    )
    if api.password_flow:
        message += (
            ", or get a token with client.fetch_token(username=..., password=...)"
        )
    if api.login:
        message += f", or log in with {login_hint(api)}"
    return message + "."
