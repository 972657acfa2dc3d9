"""OrderItem: One item of a multi-service order: `type` plus the parameters of `POST /order/{product_id}` (type `product`) or `POST /certificate/order` (type `certificate`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .billing_cycle import BillingCycle
    from .certificate_organization import CertificateOrganization
    from .order_item_type import OrderItemType

__all__ = ["OrderItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderItem(_c.BaseModel):
    """One item of a multi-service order: `type` plus the parameters of `POST /order/{product_id}` (type `product`) or `POST /certificate/order` (type `certificate`).

    Attributes:
        type: Order type
        product_id: Product ID (or certificate product ID)
        domain: Domain name, ie. example.com, may be optional (type `product`)
        cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
        custom: Additional options data available for some products (type `product`)
        promocode: Promotion code (type `product`)
        csr: Certificate signing request (type `certificate`)
        years: Number of years (type `certificate`)
        approver_email: Email addres used in domain validation (type `certificate`)
        admin: Admin contact ID (type `certificate`)
        tech: Tech contact ID (type `certificate`)
        billing: Billing contact ID (type `certificate`)
        organization: Organization details.
        software: Server/Software ID (type `certificate`)
        data: Addditional data required for some products (type `certificate`)
    """

    type: OrderItemType | str = _c.req("type", _c.enum(_MODELS, "OrderItemType"))
    product_id: int | _t.NotGiven = _c.opt("product_id", _c.INT)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    cycle: BillingCycle | str | _t.NotGiven = _c.opt(
        "cycle", _c.enum(_MODELS, "BillingCycle")
    )
    custom: dict[str, Any] | _t.NotGiven = _c.opt("custom", _c.DICT)
    promocode: str | _t.NotGiven = _c.opt("promocode", _c.STR)
    csr: str | _t.NotGiven = _c.opt("csr", _c.STR)
    years: int | _t.NotGiven = _c.opt("years", _c.INT)
    approver_email: str | _t.NotGiven = _c.opt("approver_email", _c.STR)
    admin: int | _t.NotGiven = _c.opt("admin", _c.INT)
    tech: int | _t.NotGiven = _c.opt("tech", _c.INT)
    billing: int | _t.NotGiven = _c.opt("billing", _c.INT)
    organization: CertificateOrganization | _t.NotGiven = _c.opt(
        "organization", _c.model(_MODELS, "CertificateOrganization")
    )
    software: int | _t.NotGiven = _c.opt("software", _c.INT)
    data: dict[str, Any] | _t.NotGiven = _c.opt("data", _c.DICT)
