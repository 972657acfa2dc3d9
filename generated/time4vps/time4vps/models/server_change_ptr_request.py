"""ServerChangePtrRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["ServerChangePtrRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerChangePtrRequest(_c.BaseModel):
    """ServerChangePtrRequest

    Attributes:
        ip_address: IP Address to change PTR (required)
        hostname: Hostname (required)
    """

    ip_address: str = _c.req("ip_address", _c.STR)
    hostname: str = _c.req("hostname", _c.STR)
