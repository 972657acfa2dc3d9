"""CertificateSoftware"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CertificateSoftware"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateSoftware(_c.BaseModel):
    """CertificateSoftware

    Attributes:
        id: Server/Software ID
        name: Software name
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
