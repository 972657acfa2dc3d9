"""VpsProduct: Available virtual private server product."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpsProduct"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpsProduct(_c.BaseModel):
    """Available virtual private server product.

    Attributes:
        id: Product ID
        name: Product name
        description: Product description (HTML)
        prices: Prices
        components: Components
        addons: Addons
        upgrades: IDs of products this one upgrades to
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    prices: list[str] | _t.NotGiven = _c.opt("prices", _c.list_(_c.STR))
    components: list[str] | _t.NotGiven = _c.opt("components", _c.list_(_c.STR))
    addons: list[str] | _t.NotGiven = _c.opt("addons", _c.list_(_c.STR))
    upgrades: list[str] | _t.NotGiven = _c.opt("upgrades", _c.list_(_c.STR))
