"""ProductConfigField: Basic order field of a product (billing cycle, domain, ...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .pricing_period import PricingPeriod

__all__ = ["ProductConfigField"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductConfigField(_c.BaseModel):
    """Basic order field of a product (billing cycle, domain, ...).

    Attributes:
        type: Field type, e.g. `select`, `input`
        title: Field title
        id: Field ID
        name: Name of the order parameter, e.g. `cycle`, `domain`
        items: Options of a `select` field
        value: Current value
        price: Price of the current value
        setup: Setup fee of the current value
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    id: str | _t.NotGiven = _c.opt("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    items: list[PricingPeriod] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "PricingPeriod"))
    )
    value: str | _t.NotGiven | None = _c.opt("value", _c.nullable(_c.STR))
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
