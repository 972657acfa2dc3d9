"""ProductAddonConfigField: Order field of an addon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .pricing_period import PricingPeriod

__all__ = ["ProductAddonConfigField"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductAddonConfigField(_c.BaseModel):
    """Order field of an addon.

    Attributes:
        type: Field type, e.g. `checkbox`, `select`
        title: Field title
        name: Order parameter name, e.g. `addon[31]`, `addon_cycles[31]`
        checked: Whether the checkbox is checked
        items: Options of a `select` field
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    checked: bool | _t.NotGiven = _c.opt("checked", _c.BOOL)
    items: list[PricingPeriod] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "PricingPeriod"))
    )
