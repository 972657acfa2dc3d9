"""Models of TIM4biz API, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .send_sms_request import SendSmsRequest as SendSmsRequest

    pass

_MODULES: dict[str, str] = {
    "SendSmsRequest": "send_sms_request",
}

__all__ = [
    "SendSmsRequest",
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
