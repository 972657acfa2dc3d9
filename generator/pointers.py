"""JSON pointers (RFC 6901, with URI percent-decoding): follow one into a document, and
suggest the closest existing one for a pointer that leads nowhere."""

from __future__ import annotations

import difflib
from typing import Any
from urllib.parse import unquote

from generator.problems import escape_pointer_token


def resolve_pointer(data: Any, pointer: str) -> Any:
    """Follow an RFC 6901 JSON pointer (with URI percent-decoding); KeyError if absent."""
    if pointer in ("", "#"):
        return data
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    node = data
    for raw in pointer[1:].split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def close_pointer(data: Any, pointer: str) -> str | None:
    """The existing pointer closest to a dangling one: its longest existing prefix, then
    the closest name (difflib) at each missing step."""
    if not pointer.startswith("/"):
        return None
    node = data
    found = ""
    for raw in pointer[1:].split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if token not in node:
                keys = [k for k in node if isinstance(k, str)]
                matches = difflib.get_close_matches(token, keys, n=1, cutoff=0.6)
                if not matches:
                    lowered = {k.lower(): k for k in keys}
                    if token.lower() not in lowered:
                        return None
                    matches = [lowered[token.lower()]]
                token = matches[0]
            node = node[token]
            found += "/" + escape_pointer_token(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            found += "/" + token
        else:
            return None
    return found if found != pointer else None
