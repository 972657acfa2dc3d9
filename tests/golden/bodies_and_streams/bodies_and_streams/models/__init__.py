"""Models of Bodies and streams, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .credentials import Credentials as Credentials
    from .error import Error as Error
    from .pet import Pet as Pet
    from .session import Session as Session

    pass

_MODULES: dict[str, str] = {
    "Credentials": "credentials",
    "Error": "error",
    "Pet": "pet",
    "Session": "session",
}

__all__ = [
    "Credentials",
    "Error",
    "Pet",
    "Session",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
