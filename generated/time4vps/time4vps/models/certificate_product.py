"""CertificateProduct: Certificate available for purchase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .certificate_period import CertificatePeriod

__all__ = ["CertificateProduct"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateProduct(_c.BaseModel):
    """Certificate available for purchase.

    Attributes:
        id: Certificate product ID
        name: Certificate name
        description: Description
        periods: Available periods
        category: Category name
        category_url: Category slug
    """

    id: str = _c.req("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    periods: list[CertificatePeriod] | _t.NotGiven = _c.opt(
        "periods", _c.list_(_c.model(_MODELS, "CertificatePeriod"))
    )
    category: str | _t.NotGiven = _c.opt("category", _c.STR)
    category_url: str | _t.NotGiven = _c.opt("category_url", _c.STR)
