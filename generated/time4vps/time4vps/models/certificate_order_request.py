"""CertificateOrderRequest: Certificate order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .certificate_organization import CertificateOrganization

__all__ = ["CertificateOrderRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateOrderRequest(_c.BaseModel):
    """Certificate order.

    Attributes:
        product_id: Certificate product ID
        csr: Certificate signing request (PEM). The vendor table describes this field as "Domain name, ie. example.com"; the `POST /order` example sends a PEM CSR.
        years: Number of years
        pay_method: Payment method ID
        approver_email: Email addres used in domain validation
        admin: Admin contact ID
        tech: Tech contact ID
        billing: Billing contact ID
        organization: Organization details.
        software: Server/Software ID (see `GET /certificate/order/{product_id}/software`)
        data: Addditional data required for some products
    """

    product_id: int | _t.NotGiven = _c.opt("product_id", _c.INT)
    csr: str | _t.NotGiven = _c.opt("csr", _c.STR)
    years: int | _t.NotGiven = _c.opt("years", _c.INT)
    pay_method: int | _t.NotGiven = _c.opt("pay_method", _c.INT)
    approver_email: str | _t.NotGiven = _c.opt("approver_email", _c.STR)
    admin: int | _t.NotGiven = _c.opt("admin", _c.INT)
    tech: int | _t.NotGiven = _c.opt("tech", _c.INT)
    billing: int | _t.NotGiven = _c.opt("billing", _c.INT)
    organization: CertificateOrganization | _t.NotGiven = _c.opt(
        "organization", _c.model(_MODELS, "CertificateOrganization")
    )
    software: int | _t.NotGiven = _c.opt("software", _c.INT)
    data: dict[str, Any] | _t.NotGiven = _c.opt("data", _c.DICT)
