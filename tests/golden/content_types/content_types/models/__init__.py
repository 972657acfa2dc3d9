"""Models of Content Types, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_info import FileInfo as FileInfo
    from .submit_login_response import SubmitLoginResponse as SubmitLoginResponse

    pass

_MODULES: dict[str, str] = {
    "FileInfo": "file_info",
    "SubmitLoginResponse": "submit_login_response",
}

__all__ = [
    "FileInfo",
    "SubmitLoginResponse",
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
