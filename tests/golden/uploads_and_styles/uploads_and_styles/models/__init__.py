"""Models of Uploads and Styles, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .body_upload_one import BodyUploadOne as BodyUploadOne
    from .by_labels_error400 import ByLabelsError400 as ByLabelsError400
    from .filter_ import Filter as Filter
    from .filter_status import FilterStatus as FilterStatus
    from .received import Received as Received
    from .search_codes_item import SearchCodesItem as SearchCodesItem
    from .search_error400 import SearchError400 as SearchError400
    from .search_page import SearchPage as SearchPage
    from .search_theme import SearchTheme as SearchTheme

    pass

_MODULES: dict[str, str] = {
    "BodyUploadOne": "body_upload_one",
    "ByLabelsError400": "by_labels_error400",
    "Filter": "filter_",
    "FilterStatus": "filter_status",
    "Received": "received",
    "SearchCodesItem": "search_codes_item",
    "SearchError400": "search_error400",
    "SearchPage": "search_page",
    "SearchTheme": "search_theme",
}

__all__ = [
    "BodyUploadOne",
    "ByLabelsError400",
    "Filter",
    "FilterStatus",
    "Received",
    "SearchCodesItem",
    "SearchError400",
    "SearchPage",
    "SearchTheme",
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
