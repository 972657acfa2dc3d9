"""ServerChangeDnsRequest: At least 1 DNS server must be provided."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServerChangeDnsRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerChangeDnsRequest(_c.BaseModel):
    """At least 1 DNS server must be provided.

    Attributes:
        ns1: Nameserver 1 IP address (required)
        ns2: Nameserver 2 IP address (recommended)
        ns3: Nameserver 3 IP address (optional)
        ns4: Nameserver 4 IP address (optional)
    """

    ns1: str = _c.req("ns1", _c.STR)
    ns2: str | _t.NotGiven = _c.opt("ns2", _c.STR)
    ns3: str | _t.NotGiven = _c.opt("ns3", _c.STR)
    ns4: str | _t.NotGiven = _c.opt("ns4", _c.STR)
