"""ServiceListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .service_summary import ServiceSummary

__all__ = ["ServiceListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceListResponse(_c.BaseModel):
    """ServiceListResponse"""

    services: list[ServiceSummary] = _c.req(
        "services", _c.list_(_c.model(_MODELS, "ServiceSummary"))
    )
