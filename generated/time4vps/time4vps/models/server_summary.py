"""ServerSummary: Brief server information."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServerSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerSummary(_c.BaseModel):
    """Brief server information.

    Attributes:
        server_id: Server ID
        domain: Server host name
        ip: Main IP address
        date_created: Creation date (`YYYY-MM-DD`)
        synch_date: Last synchronisation date and time (`YYYY-MM-DD HH:MM:SS`)
        label: Server label
        type: Virtualisation type, e.g. `OpenVZ`
    """

    server_id: int = _c.req("server_id", _c.INT)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    ip: str | _t.NotGiven = _c.opt("ip", _c.STR)
    date_created: str | _t.NotGiven = _c.opt("date_created", _c.STR)
    synch_date: str | _t.NotGiven = _c.opt("synch_date", _c.STR)
    label: str | _t.NotGiven = _c.opt("label", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
