"""ServiceDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .service import Service

__all__ = ["ServiceDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceDetailsResponse(_c.BaseModel):
    """ServiceDetailsResponse

    Attributes:
        service: Service details as returned by `GET /service/{id}`.
    """

    service: Service = _c.req("service", _c.model(_MODELS, "Service"))
