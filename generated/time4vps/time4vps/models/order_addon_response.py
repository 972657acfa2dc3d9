"""OrderAddonResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["OrderAddonResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderAddonResponse(_c.BaseModel):
    """OrderAddonResponse

    Attributes:
        id: ID of the ordered addon
    """

    id: int = _c.req("id", _c.INT)
