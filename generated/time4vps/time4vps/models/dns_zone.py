"""DnsZone: DNS zone with its records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .dns_record import DnsRecord

__all__ = ["DnsZone"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class DnsZone(_c.BaseModel):
    """DNS zone with its records.

    Attributes:
        service_id: Service ID
        name: Zone name
    """

    service_id: int | _t.NotGiven = _c.opt("service_id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    records: list[DnsRecord] | _t.NotGiven = _c.opt(
        "records", _c.list_(_c.model(_MODELS, "DnsRecord"))
    )
