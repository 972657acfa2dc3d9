"""VpnClient: Downloadable VPN client application."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpnClient"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnClient(_c.BaseModel):
    """Downloadable VPN client application.

    Attributes:
        name: Client name
        version: Client version
        url: Download URL
    """

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    version: str | _t.NotGiven = _c.opt("version", _c.STR)
    url: str | _t.NotGiven = _c.opt("url", _c.STR)
