"""QuoteResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .quote_item import QuoteItem
    from .quote_summary import QuoteSummary

__all__ = ["QuoteResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteResponse(_c.BaseModel):
    """QuoteResponse

    Attributes:
        summary: Order cost summary.
        items: Quote per order item
    """

    summary: QuoteSummary = _c.req("summary", _c.model(_MODELS, "QuoteSummary"))
    items: list[QuoteItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "QuoteItem"))
    )
