"""VpnServer: VPN server (servers in maintenance are included)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpnServer"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnServer(_c.BaseModel):
    """VPN server (servers in maintenance are included).

    Attributes:
        id: VPN server ID
        name: Server name
        city: City
        region: Region
        ip: IP address
        lat: Latitude
        lng: Longitude
        load: Server load
        available: Whether the server is available
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    city: str | _t.NotGiven = _c.opt("city", _c.STR)
    region: str | _t.NotGiven = _c.opt("region", _c.STR)
    ip: str | _t.NotGiven = _c.opt("ip", _c.STR)
    lat: float | _t.NotGiven = _c.opt("lat", _c.FLOAT)
    lng: float | _t.NotGiven = _c.opt("lng", _c.FLOAT)
    load: int | _t.NotGiven = _c.opt("load", _c.INT)
    available: bool | _t.NotGiven = _c.opt("available", _c.BOOL)
