"""The spec's `servers`: which are absolute URLs, which are relative paths, and what a
scheme-less one (`localhost:8080`) is taken to mean.

A relative server (`/api/v1`, as FastAPI's `root_path` publishes it) has no address of its
own: the client joins it to the base URL the user gives. A scheme-less one that names a host
is given a scheme, and the assumption is reported as a located warning.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from generator.model import Server

#: `host`, `host:port` or `host:port/path` without a scheme: a dotted name, localhost or an IP
_HOST = re.compile(
    r"^(?P<host>localhost|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"(?::\d{1,5})?(?:[/?#].*)?$"
)


def expand(server: dict[str, Any]) -> str:
    """The server's URL with each variable replaced by its default."""
    url = str(server["url"])
    variables = server.get("variables")
    if isinstance(variables, dict):
        for name, var in variables.items():
            if isinstance(var, dict) and "default" in var:
                url = url.replace("{" + str(name) + "}", str(var["default"]))
    return url


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize(url: str) -> tuple[str, str | None]:
    """(the URL the client uses, the assumption made about it or None).

    Absolute http(s) URLs are kept; `//host/path` gets https; a scheme-less host gets
    http (a loopback host) or https (any other); everything else is a path relative to the
    address the user gives, written with a leading `/`.
    """
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return text, None
    if text.startswith("//"):
        fixed = "https:" + text
        return fixed, f"assumed: {fixed} (https)"
    found = _HOST.match(text)
    if found:
        scheme = "http" if _loopback(found.group("host").lower()) else "https"
        fixed = f"{scheme}://{text}"
        return fixed, f"assumed: {fixed}"
    if parts.scheme and parts.netloc:  # ftp://, ws://: nothing httpx sends to
        return (
            "",
            f"assumed: no default server; the client needs base_url= ({text!r} is not http(s))",
        )
    stripped = text.lstrip("./").rstrip("/")
    path = "/" + stripped if stripped else ""
    if path and not text.startswith("/"):
        return path, f"assumed: {path!r}, relative to the base URL the user gives"
    return path, None


def servers(raw: Any, warn: Callable[[int, str], None]) -> tuple[Server, ...]:
    """The spec's servers, normalized; `warn(index, message)` reports each assumption."""
    out = []
    for i, s in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(s, dict) or not isinstance(s.get("url"), str):
            continue
        given = expand(s)
        url, assumption = normalize(given)
        if assumption is not None:
            warn(
                i,
                f"server URL {given!r} has no http:// or https:// scheme; {assumption}",
            )
        description = s.get("description")
        out.append(
            Server(url, description.strip() if isinstance(description, str) else "")
        )
    return tuple(out)
