"""ResizeRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["ResizeRequest"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class ResizeRequest(_c.BaseModel):
    """ResizeRequest"""

    size: int = _c.req("size", _c.INT)
