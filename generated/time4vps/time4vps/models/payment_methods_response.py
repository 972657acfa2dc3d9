"""PaymentMethodsResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["PaymentMethodsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class PaymentMethodsResponse(_c.BaseModel):
    """PaymentMethodsResponse

    Attributes:
        payments: Payment method names keyed by payment method ID (the `pay_method` value of order calls).
    """

    payments: dict[str, str] = _c.req("payments", _c.dict_(_c.STR))
