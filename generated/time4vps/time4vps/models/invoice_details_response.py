"""InvoiceDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .invoice import Invoice

__all__ = ["InvoiceDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InvoiceDetailsResponse(_c.BaseModel):
    """InvoiceDetailsResponse

    Attributes:
        invoice: Invoice details as returned by `GET /invoice/{id}`. Note that amounts are numbers here, while `GET /invoice` returns `total` as a string.
    """

    invoice: Invoice = _c.req("invoice", _c.model(_MODELS, "Invoice"))
