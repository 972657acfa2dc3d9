"""InvoiceListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .invoice_summary import InvoiceSummary

__all__ = ["InvoiceListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InvoiceListResponse(_c.BaseModel):
    """InvoiceListResponse"""

    invoices: list[InvoiceSummary] = _c.req(
        "invoices", _c.list_(_c.model(_MODELS, "InvoiceSummary"))
    )
