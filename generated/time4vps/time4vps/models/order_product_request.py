"""OrderProductRequest: Order of one product. Available cycles and configuration options are listed by `GET /order/{product_id}`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .billing_cycle import BillingCycle

__all__ = ["OrderProductRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderProductRequest(_c.BaseModel):
    """Order of one product. Available cycles and configuration options are listed by `GET /order/{product_id}`.

    Attributes:
        domain: Domain name, ie. example.com, may be optional. For whitelabel server use 'serverhost.name'.
        cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
        pay_method: Payment method ID
        custom: Additional options data available for some products, keyed by form field ID (see `forms[].name`, e.g. `custom[1618]`, in `GET /order/{product_id}`)
        promocode: Promotion code
    """

    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    cycle: BillingCycle | str | _t.NotGiven = _c.opt(
        "cycle", _c.enum(_MODELS, "BillingCycle")
    )
    pay_method: int | _t.NotGiven = _c.opt("pay_method", _c.INT)
    custom: dict[str, Any] | _t.NotGiven = _c.opt("custom", _c.DICT)
    promocode: str | _t.NotGiven = _c.opt("promocode", _c.STR)
