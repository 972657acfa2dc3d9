"""Models of Workflows, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster import Cluster as Cluster
    from .job import Job as Job
    from .job_started import JobStarted as JobStarted
    from .resize_request import ResizeRequest as ResizeRequest
    from .token import Token as Token
    from .token_request import TokenRequest as TokenRequest

    pass

_MODULES: dict[str, str] = {
    "Cluster": "cluster",
    "Job": "job",
    "JobStarted": "job_started",
    "ResizeRequest": "resize_request",
    "Token": "token",
    "TokenRequest": "token_request",
}

__all__ = [
    "Cluster",
    "Job",
    "JobStarted",
    "ResizeRequest",
    "Token",
    "TokenRequest",
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
