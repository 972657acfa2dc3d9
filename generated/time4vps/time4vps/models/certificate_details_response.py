"""CertificateDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .certificate import Certificate

__all__ = ["CertificateDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateDetailsResponse(_c.BaseModel):
    """CertificateDetailsResponse

    Attributes:
        service: SSL certificate service details.
    """

    service: Certificate = _c.req("service", _c.model(_MODELS, "Certificate"))
