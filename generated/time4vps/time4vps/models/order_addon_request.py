"""OrderAddonRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["OrderAddonRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderAddonRequest(_c.BaseModel):
    """OrderAddonRequest

    Attributes:
        addon_id: Addon id
    """

    addon_id: int | _t.NotGiven = _c.opt("addon_id", _c.INT)
