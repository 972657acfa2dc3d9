"""VpnLoginDetails: VPN login details."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpnLoginDetails"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnLoginDetails(_c.BaseModel):
    """VPN login details.

    Attributes:
        username: Username
        password: Password
        shared_key: Pre-shared key
    """

    username: str | _t.NotGiven = _c.opt("username", _c.STR)
    password: str | _t.NotGiven = _c.opt("password", _c.STR)
    shared_key: str | _t.NotGiven = _c.opt("shared_key", _c.STR)
