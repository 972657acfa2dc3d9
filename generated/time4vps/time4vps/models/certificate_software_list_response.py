"""CertificateSoftwareListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .certificate_software import CertificateSoftware

__all__ = ["CertificateSoftwareListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateSoftwareListResponse(_c.BaseModel):
    """CertificateSoftwareListResponse"""

    software: list[CertificateSoftware] = _c.req(
        "software", _c.list_(_c.model(_MODELS, "CertificateSoftware"))
    )
