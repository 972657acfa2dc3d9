"""DnsZoneSummary: DNS zone as listed by `GET /dns`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["DnsZoneSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class DnsZoneSummary(_c.BaseModel):
    """DNS zone as listed by `GET /dns`.

    Attributes:
        domain_id: Zone ID
        name: Zone name
        service_id: Service ID
    """

    domain_id: str = _c.req("domain_id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    service_id: str | _t.NotGiven = _c.opt("service_id", _c.STR)
