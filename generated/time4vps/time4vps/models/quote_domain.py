"""QuoteDomain: Domain part of a quote item (abridged in the vendor documentation)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["QuoteDomain"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteDomain(_c.BaseModel):
    """Domain part of a quote item (abridged in the vendor documentation).

    Attributes:
        id: Domain product ID
        index: Item index
        category_id: Category ID
        category_name: Category name
        name: Domain name
        tld: Top-level domain, e.g. `.com`
        period: Registration period, in years
        price: Price, as a decimal string
    """

    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    index: int | _t.NotGiven = _c.opt("index", _c.INT)
    category_id: str | _t.NotGiven = _c.opt("category_id", _c.STR)
    category_name: str | _t.NotGiven = _c.opt("category_name", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    tld: str | _t.NotGiven = _c.opt("tld", _c.STR)
    period: int | _t.NotGiven = _c.opt("period", _c.INT)
    price: str | _t.NotGiven = _c.opt("price", _c.STR)
