"""Certificate: SSL certificate service details."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .certificate_contacts import CertificateContacts
    from .certificate_organization import CertificateOrganization

__all__ = ["Certificate"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Certificate(_c.BaseModel):
    """SSL certificate service details.

    Attributes:
        id: Service ID
        date_created: Creation date (`YYYY-MM-DD`)
        domain: Domain (host name) of the service
        firstpayment: First payment amount, as a decimal string
        total: Recurring amount, as a decimal string
        billingcycle: Billing cycle name, e.g. `Monthly`, `Annually`
        next_due: Next due date (`YYYY-MM-DD`)
        next_invoice: Next invoice date (`YYYY-MM-DD`)
        status: Service status, e.g. `Pending`, `Active`
        label: Custom service label (see `POST /service/{id}/label`)
        name: Product name
        cert_status: Certificate status (empty string when not issued yet)
        cert_expires: Certificate expiry date and time (`YYYY-MM-DD HH:MM:SS`)
        csr: Certificate signing request (PEM)
        contacts: Certificate contacts
        organization: Organization details.
        cert_email: Certificate approver email
        software: Server/Software ID
    """

    id: str = _c.req("id", _c.STR)
    date_created: str | _t.NotGiven = _c.opt("date_created", _c.STR)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    firstpayment: str | _t.NotGiven = _c.opt("firstpayment", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    billingcycle: str | _t.NotGiven = _c.opt("billingcycle", _c.STR)
    next_due: str | _t.NotGiven = _c.opt("next_due", _c.STR)
    next_invoice: str | _t.NotGiven = _c.opt("next_invoice", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    label: str | _t.NotGiven = _c.opt("label", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    cert_status: str | _t.NotGiven = _c.opt("cert_status", _c.STR)
    cert_expires: str | _t.NotGiven = _c.opt("cert_expires", _c.STR)
    csr: str | _t.NotGiven = _c.opt("csr", _c.STR)
    contacts: CertificateContacts | _t.NotGiven = _c.opt(
        "contacts", _c.model(_MODELS, "CertificateContacts")
    )
    organization: CertificateOrganization | _t.NotGiven = _c.opt(
        "organization", _c.model(_MODELS, "CertificateOrganization")
    )
    cert_email: str | _t.NotGiven = _c.opt("cert_email", _c.STR)
    software: str | _t.NotGiven = _c.opt("software", _c.STR)
