"""Invoice: Invoice details as returned by `GET /invoice/{id}`. Note that amounts are numbers here, while `GET /invoice` returns `total` as a string."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .client import Client
    from .invoice_item import InvoiceItem

__all__ = ["Invoice"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Invoice(_c.BaseModel):
    """Invoice details as returned by `GET /invoice/{id}`. Note that amounts are numbers here, while `GET /invoice` returns `total` as a string.

    Attributes:
        id: Invoice ID
        status: Invoice status, e.g. `Paid`
        date: Invoice date (`YYYY-MM-DD`)
        duedate: Due date (`YYYY-MM-DD`)
        paybefore: Pay before date (`YYYY-MM-DD`)
        datepaid: Date and time of payment (`YYYY-MM-DD HH:MM:SS`)
        subtotal: Subtotal
        credit: Credit applied
        tax: Tax amount
        taxrate: Tax rate, in percent
        tax2: Second tax amount
        taxrate2: Second tax rate, in percent
        taxexempt: `1` if the invoice is tax exempt, `0` otherwise
        total: Invoice total
        notes: Invoice notes
        items: Invoice lines
        client: Registration details of the account holder.
        number: Invoice number, e.g. `2016/12/1`
        currency: Currency code
    """

    id: str = _c.req("id", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    date: str | _t.NotGiven = _c.opt("date", _c.STR)
    duedate: str | _t.NotGiven = _c.opt("duedate", _c.STR)
    paybefore: str | _t.NotGiven = _c.opt("paybefore", _c.STR)
    datepaid: str | _t.NotGiven = _c.opt("datepaid", _c.STR)
    subtotal: float | _t.NotGiven = _c.opt("subtotal", _c.FLOAT)
    credit: float | _t.NotGiven = _c.opt("credit", _c.FLOAT)
    tax: float | _t.NotGiven = _c.opt("tax", _c.FLOAT)
    taxrate: float | _t.NotGiven = _c.opt("taxrate", _c.FLOAT)
    tax2: float | _t.NotGiven = _c.opt("tax2", _c.FLOAT)
    taxrate2: float | _t.NotGiven = _c.opt("taxrate2", _c.FLOAT)
    taxexempt: str | _t.NotGiven = _c.opt("taxexempt", _c.STR)
    total: float | _t.NotGiven = _c.opt("total", _c.FLOAT)
    rate: float | _t.NotGiven = _c.opt("rate", _c.FLOAT)
    rate2: float | _t.NotGiven = _c.opt("rate2", _c.FLOAT)
    rate3: float | _t.NotGiven = _c.opt("rate3", _c.FLOAT)
    notes: str | _t.NotGiven = _c.opt("notes", _c.STR)
    items: list[InvoiceItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "InvoiceItem"))
    )
    client: Client | _t.NotGiven = _c.opt("client", _c.model(_MODELS, "Client"))
    number: str | _t.NotGiven = _c.opt("number", _c.STR)
    currency: str | _t.NotGiven = _c.opt("currency", _c.STR)
