"""InvoiceSummary: Invoice as listed by `GET /invoice`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["InvoiceSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InvoiceSummary(_c.BaseModel):
    """Invoice as listed by `GET /invoice`.

    Attributes:
        id: Invoice ID
        date: Invoice date (`YYYY-MM-DD`)
        dateorig: Original invoice date (`YYYY-MM-DD`)
        duedate: Due date (`YYYY-MM-DD`)
        paybefore: Pay before date (`YYYY-MM-DD`)
        total: Invoice total, as a decimal string
        datepaid: Date and time of payment (`YYYY-MM-DD HH:MM:SS`)
        status: Invoice status, e.g. `Paid`
        merge_id: ID of the invoice this one was merged into, null if none
        number: Invoice number, e.g. `2016/12/1`
        currency: Currency code
    """

    id: str = _c.req("id", _c.STR)
    date: str | _t.NotGiven = _c.opt("date", _c.STR)
    dateorig: str | _t.NotGiven = _c.opt("dateorig", _c.STR)
    duedate: str | _t.NotGiven = _c.opt("duedate", _c.STR)
    paybefore: str | _t.NotGiven = _c.opt("paybefore", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    datepaid: str | _t.NotGiven = _c.opt("datepaid", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    merge_id: str | _t.NotGiven | None = _c.opt("merge_id", _c.nullable(_c.STR))
    number: str | _t.NotGiven = _c.opt("number", _c.STR)
    currency: str | _t.NotGiven = _c.opt("currency", _c.STR)
