"""CertificateProductListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .certificate_product import CertificateProduct

__all__ = ["CertificateProductListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateProductListResponse(_c.BaseModel):
    """CertificateProductListResponse"""

    products: list[CertificateProduct] = _c.req(
        "products", _c.list_(_c.model(_MODELS, "CertificateProduct"))
    )
