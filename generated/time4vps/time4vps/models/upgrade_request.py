"""UpgradeRequest: Upgrade estimate or request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .billing_cycle import BillingCycle

__all__ = ["UpgradeRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpgradeRequest(_c.BaseModel):
    """Upgrade estimate or request.

    Attributes:
        resources: Resource values keyed by resource ID: `"resource_id": "qty_value"` for sliders & qty fields, `"resource_id": "item_id"` for dropdown & radio fields, `"resource_id": {"item_id": "qty_value"}` for dropdown with qty field.
        package: New package id, optonal when upgrading resources
        cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
        send: Set to true when you want to send your upgrade request
    """

    resources: dict[str, Any] | _t.NotGiven = _c.opt("resources", _c.DICT)
    package: int | _t.NotGiven = _c.opt("package", _c.INT)
    cycle: BillingCycle | str | _t.NotGiven = _c.opt(
        "cycle", _c.enum(_MODELS, "BillingCycle")
    )
    send: bool | _t.NotGiven = _c.opt("send", _c.BOOL)
