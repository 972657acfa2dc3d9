"""DnsListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .dns_zone_summary import DnsZoneSummary

__all__ = ["DnsListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class DnsListResponse(_c.BaseModel):
    """DnsListResponse

    Attributes:
        service_ids: IDs of the services with DNS
    """

    service_ids: list[str] | _t.NotGiven = _c.opt("service_ids", _c.list_(_c.STR))
    zones: list[DnsZoneSummary] | _t.NotGiven = _c.opt(
        "zones", _c.list_(_c.model(_MODELS, "DnsZoneSummary"))
    )
