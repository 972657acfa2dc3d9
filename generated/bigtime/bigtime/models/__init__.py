"""Models of BigTime API, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client_basic import ClientBasic as ClientBasic
    from .client_create import ClientCreate as ClientCreate
    from .client_detail import ClientDetail as ClientDetail
    from .client_update import ClientUpdate as ClientUpdate
    from .get_client_view import GetClientView as GetClientView
    from .session import Session as Session
    from .session_request import SessionRequest as SessionRequest

    pass

_MODULES: dict[str, str] = {
    "ClientBasic": "client_basic",
    "ClientCreate": "client_create",
    "ClientDetail": "client_detail",
    "ClientUpdate": "client_update",
    "GetClientView": "get_client_view",
    "Session": "session",
    "SessionRequest": "session_request",
}

__all__ = [
    "ClientBasic",
    "ClientCreate",
    "ClientDetail",
    "ClientUpdate",
    "GetClientView",
    "Session",
    "SessionRequest",
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
