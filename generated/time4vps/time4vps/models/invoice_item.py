"""InvoiceItem: Invoice line."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["InvoiceItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InvoiceItem(_c.BaseModel):
    """Invoice line.

    Attributes:
        id: Invoice item ID
        invoice_id: Invoice ID
        type: Item type, e.g. `Other`
        item_id: Related item ID (`0` or negative for non-service items)
        description: Line description
        amount: Unit amount, as a decimal string
        taxed: `1` if the line is taxed, `0` otherwise
        qty: Quantity, as a decimal string
        linetotal: Line total, as a decimal string
    """

    id: str = _c.req("id", _c.STR)
    invoice_id: str | _t.NotGiven = _c.opt("invoice_id", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    item_id: str | _t.NotGiven = _c.opt("item_id", _c.STR)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    amount: str | _t.NotGiven = _c.opt("amount", _c.STR)
    taxed: str | _t.NotGiven = _c.opt("taxed", _c.STR)
    qty: str | _t.NotGiven = _c.opt("qty", _c.STR)
    linetotal: str | _t.NotGiven = _c.opt("linetotal", _c.STR)
