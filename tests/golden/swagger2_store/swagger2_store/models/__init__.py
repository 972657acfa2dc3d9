"""Models of Swagger 2.0 store, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .item import Item as Item
    from .login_response import LoginResponse as LoginResponse
    from .new_item import NewItem as NewItem
    from .new_item_status import NewItemStatus as NewItemStatus

    pass

_MODULES: dict[str, str] = {
    "Error": "error",
    "Item": "item",
    "LoginResponse": "login_response",
    "NewItem": "new_item",
    "NewItemStatus": "new_item_status",
}

__all__ = [
    "Error",
    "Item",
    "LoginResponse",
    "NewItem",
    "NewItemStatus",
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
