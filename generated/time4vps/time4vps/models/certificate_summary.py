"""CertificateSummary: SSL certificate service as listed by `GET /certificate`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CertificateSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateSummary(_c.BaseModel):
    """SSL certificate service as listed by `GET /certificate`.

    Attributes:
        id: Service ID
        domain: Domain (host name) of the service
        total: Recurring amount, as a decimal string
        status: Service status, e.g. `Pending`, `Active`
        billingcycle: Billing cycle name, e.g. `Monthly`, `Annually`
        next_due: Next due date (`YYYY-MM-DD`)
        name: Product name
        category: Product category name
        category_url: Product category slug
        cert_email: Certificate approver email
        cert_status: Certificate status (empty string when not issued yet)
        cert_expires: Certificate expiry date and time (`YYYY-MM-DD HH:MM:SS`)
    """

    id: str = _c.req("id", _c.STR)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    billingcycle: str | _t.NotGiven = _c.opt("billingcycle", _c.STR)
    next_due: str | _t.NotGiven = _c.opt("next_due", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    category: str | _t.NotGiven = _c.opt("category", _c.STR)
    category_url: str | _t.NotGiven = _c.opt("category_url", _c.STR)
    cert_email: str | _t.NotGiven = _c.opt("cert_email", _c.STR)
    cert_status: str | _t.NotGiven = _c.opt("cert_status", _c.STR)
    cert_expires: str | _t.NotGiven = _c.opt("cert_expires", _c.STR)
