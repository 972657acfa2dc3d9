"""PaymentMethodFeesResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .payment_method_fee import PaymentMethodFee

__all__ = ["PaymentMethodFeesResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class PaymentMethodFeesResponse(_c.BaseModel):
    """PaymentMethodFeesResponse"""

    payments: list[PaymentMethodFee] = _c.req(
        "payments", _c.list_(_c.model(_MODELS, "PaymentMethodFee"))
    )
