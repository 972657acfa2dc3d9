"""CertificateContacts: Certificate contacts"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .certificate_contact import CertificateContact

__all__ = ["CertificateContacts"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateContacts(_c.BaseModel):
    """Certificate contacts

    Attributes:
        admin: Certificate contact.
        billing: Certificate contact.
        tech: Certificate contact.
    """

    admin: CertificateContact | _t.NotGiven = _c.opt(
        "admin", _c.model(_MODELS, "CertificateContact")
    )
    billing: CertificateContact | _t.NotGiven = _c.opt(
        "billing", _c.model(_MODELS, "CertificateContact")
    )
    tech: CertificateContact | _t.NotGiven = _c.opt(
        "tech", _c.model(_MODELS, "CertificateContact")
    )
