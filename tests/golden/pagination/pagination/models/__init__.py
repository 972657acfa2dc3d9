"""Models of Paging API, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item import Item as Item
    from .item_list import ItemList as ItemList
    from .results import Results as Results
    from .runs import Runs as Runs

    pass

_MODULES: dict[str, str] = {
    "Item": "item",
    "ItemList": "item_list",
    "Results": "results",
    "Runs": "runs",
}

__all__ = [
    "Item",
    "ItemList",
    "Results",
    "Runs",
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
