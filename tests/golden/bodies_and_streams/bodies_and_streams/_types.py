"""Small shared types of the client runtime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Literal

import httpx

__all__ = ["NOT_GIVEN", "FileTypes", "Headers", "NotGiven", "Query", "TimeoutTypes"]


class NotGiven:
    """Sentinel for "argument not given", distinct from `None` (which may be a real value)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
Headers = Mapping[str, str]
Query = Mapping[str, object]
FileContent = bytes | IO[bytes]
FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
