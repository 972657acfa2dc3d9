"""UpgradeResourceItem: One selectable value of an upgradable resource."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["UpgradeResourceItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpgradeResourceItem(_c.BaseModel):
    """One selectable value of an upgradable resource.

    Attributes:
        id: Item ID
        name: Item name
        price: Price
        setup_price: Setup price
        selected: Whether this is the current value
    """

    id: str | _t.NotGiven = _c.opt("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    setup_price: float | _t.NotGiven = _c.opt("setup_price", _c.FLOAT)
    selected: bool | _t.NotGiven = _c.opt("selected", _c.BOOL)
