"""QuoteProduct: Product part of a quote item (abridged in the vendor documentation); null for domain-only items."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["QuoteProduct"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteProduct(_c.BaseModel):
    """Product part of a quote item (abridged in the vendor documentation); null for domain-only items.

    Attributes:
        id: Product ID
        category_name: Category name
        category_id: Category ID
        name: Product name
        domain: Domain
    """

    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    category_name: str | _t.NotGiven = _c.opt("category_name", _c.STR)
    category_id: int | _t.NotGiven = _c.opt("category_id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
