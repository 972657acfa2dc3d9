"""Models of Auth Schemes, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_me_response import GetMeResponse as GetMeResponse
    from .get_status_response import GetStatusResponse as GetStatusResponse

    pass

_MODULES: dict[str, str] = {
    "GetMeResponse": "get_me_response",
    "GetStatusResponse": "get_status_response",
}

__all__ = [
    "GetMeResponse",
    "GetStatusResponse",
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
