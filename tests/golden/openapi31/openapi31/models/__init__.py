"""Models of OpenAPI 3.1 Features, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item import Item as Item
    from .item_page import ItemPage as ItemPage
    from .item_size import ItemSize as ItemSize
    from .tombstone import Tombstone as Tombstone

    pass

_MODULES: dict[str, str] = {
    "Item": "item",
    "ItemPage": "item_page",
    "ItemSize": "item_size",
    "Tombstone": "tombstone",
}

__all__ = [
    "Item",
    "ItemPage",
    "ItemSize",
    "Tombstone",
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
