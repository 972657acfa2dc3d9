"""Cluster"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Cluster"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class Cluster(_c.BaseModel):
    """Cluster"""

    id: str = _c.req("id", _c.STR)
    size: int = _c.req("size", _c.INT)
