"""Circle"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Circle"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Circle(_c.BaseModel):
    """Circle"""

    radius: float = _c.req("radius", _c.FLOAT)
