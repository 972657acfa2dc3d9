"""UpdateDnsRecordResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .dns_record import DnsRecord

__all__ = ["UpdateDnsRecordResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpdateDnsRecordResponse(_c.BaseModel):
    """UpdateDnsRecordResponse

    Attributes:
        record: DNS zone record.
        info: Info messages
    """

    record: DnsRecord = _c.req("record", _c.model(_MODELS, "DnsRecord"))
    info: list[str] | _t.NotGiven = _c.opt("info", _c.list_(_c.STR))
