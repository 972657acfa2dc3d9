"""CertificateListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .certificate_summary import CertificateSummary

__all__ = ["CertificateListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateListResponse(_c.BaseModel):
    """CertificateListResponse"""

    sslservices: list[CertificateSummary] = _c.req(
        "sslservices", _c.list_(_c.model(_MODELS, "CertificateSummary"))
    )
