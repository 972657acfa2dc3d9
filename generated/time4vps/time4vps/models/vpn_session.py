"""VpnSession: Active VPN session."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpnSession"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnSession(_c.BaseModel):
    """Active VPN session.

    Attributes:
        remote_ip: Remote IP address
        local_ip: Local IP address
        received: Received traffic
        sent: Sent traffic
        duration: Session duration
        type: Session type, e.g. `OpenVPN`
        server_id: VPN server ID
        server_name: VPN server name
        server_city: VPN server city
        server_region: VPN server region
    """

    remote_ip: str | _t.NotGiven = _c.opt("remote_ip", _c.STR)
    local_ip: str | _t.NotGiven = _c.opt("local_ip", _c.STR)
    received: int | _t.NotGiven = _c.opt("received", _c.INT)
    sent: int | _t.NotGiven = _c.opt("sent", _c.INT)
    duration: int | _t.NotGiven = _c.opt("duration", _c.INT)
    doomed: bool | _t.NotGiven = _c.opt("doomed", _c.BOOL)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    server_id: int | _t.NotGiven = _c.opt("serverID", _c.INT)
    server_name: str | _t.NotGiven = _c.opt("serverName", _c.STR)
    server_city: str | _t.NotGiven = _c.opt("serverCity", _c.STR)
    server_region: str | _t.NotGiven = _c.opt("serverRegion", _c.STR)
