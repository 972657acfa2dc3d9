"""VpnUsageHistory: Bandwidth usage of a VPN service for one period."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["VpnUsageHistory"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnUsageHistory(_c.BaseModel):
    """Bandwidth usage of a VPN service for one period.

    Attributes:
        period: Period (`YYYY-MM-DD`)
        received: Received traffic
        sent: Sent traffic
        quota: Quota
    """

    period: str | _t.NotGiven = _c.opt("period", _c.STR)
    received: int | _t.NotGiven = _c.opt("received", _c.INT)
    sent: int | _t.NotGiven = _c.opt("sent", _c.INT)
    quota: int | _t.NotGiven = _c.opt("quota", _c.INT)
