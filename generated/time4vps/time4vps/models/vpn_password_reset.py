"""VpnPasswordReset"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["VpnPasswordReset"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnPasswordReset(_c.BaseModel):
    """VpnPasswordReset

    Attributes:
        password: New VPN user password
    """

    password: str = _c.req("password", _c.STR)
