"""ServerUsageHistory: Bandwidth and quota usage of a server for one month."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServerUsageHistory"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerUsageHistory(_c.BaseModel):
    """Bandwidth and quota usage of a server for one month.

    Attributes:
        year: Year
        month: Month
        bw_in: Incoming bandwidth
        bw_out: Outgoing bandwidth
        quota_usage: Disk quota usage
        quota_limit: Disk quota limit
        inode_usage: Inode usage
        inode_limit: Inode limit
    """

    year: int | _t.NotGiven = _c.opt("year", _c.INT)
    month: int | _t.NotGiven = _c.opt("month", _c.INT)
    bw_in: int | _t.NotGiven = _c.opt("bw_in", _c.INT)
    bw_out: int | _t.NotGiven = _c.opt("bw_out", _c.INT)
    quota_usage: int | _t.NotGiven = _c.opt("quota_usage", _c.INT)
    quota_limit: int | _t.NotGiven = _c.opt("quota_limit", _c.INT)
    inode_usage: int | _t.NotGiven = _c.opt("inode_usage", _c.INT)
    inode_limit: int | _t.NotGiven = _c.opt("inode_limit", _c.INT)
