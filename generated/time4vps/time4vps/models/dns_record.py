"""DnsRecord: DNS zone record."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["DnsRecord"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class DnsRecord(_c.BaseModel):
    """DNS zone record.

    Attributes:
        id: Record ID
        name: Record name
        ttl: Record ttl. Returned as an integer by `GET /service/{service_id}/dns/{zone_id}` and as a string by the record update call.
        priority: Priority of the record
        content: Contents of the record
        type: Record type, e.g. `A`, `NS`
    """

    id: str = _c.req("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    ttl: int | str | _t.NotGiven = _c.opt("ttl", _c.union(_c.INT, _c.STR))
    priority: int | _t.NotGiven = _c.opt("priority", _c.INT)
    content: str | _t.NotGiven = _c.opt("content", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
