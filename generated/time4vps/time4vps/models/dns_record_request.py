"""DnsRecordRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["DnsRecordRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class DnsRecordRequest(_c.BaseModel):
    """DnsRecordRequest

    Attributes:
        name: Record name
        ttl: Record ttl (example: 3600)
        priority: Priority of the record
        type: Record type (example: A)
        content: Contents of the record (example: 192.168.1.2)
    """

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    ttl: int | _t.NotGiven = _c.opt("ttl", _c.INT)
    priority: int | _t.NotGiven = _c.opt("priority", _c.INT)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    content: str | _t.NotGiven = _c.opt("content", _c.STR)
