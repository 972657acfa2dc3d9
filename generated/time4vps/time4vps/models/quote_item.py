"""QuoteItem: Quote for one order item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .quote_domain import QuoteDomain
    from .quote_product import QuoteProduct

__all__ = ["QuoteItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteItem(_c.BaseModel):
    """Quote for one order item.

    Attributes:
        product: Product part of a quote item (abridged in the vendor documentation); null for domain-only items.
        domains: Domains of the item keyed by domain name
        coupon: Applied coupon
        index: Index of the item in the request
        valid: Whether the item is valid
        info: Info messages
        error: Error messages
    """

    product: QuoteProduct | _t.NotGiven | None = _c.opt(
        "product", _c.nullable(_c.model(_MODELS, "QuoteProduct"))
    )
    domains: dict[str, QuoteDomain] | _t.NotGiven = _c.opt(
        "domains", _c.dict_(_c.model(_MODELS, "QuoteDomain"))
    )
    coupon: dict[str, Any] | _t.NotGiven = _c.opt("coupon", _c.DICT)
    index: int | _t.NotGiven = _c.opt("index", _c.INT)
    valid: bool | _t.NotGiven = _c.opt("valid", _c.BOOL)
    info: list[str] | _t.NotGiven = _c.opt("info", _c.list_(_c.STR))
    error: list[str] | _t.NotGiven = _c.opt("error", _c.list_(_c.STR))
