"""UsageGraph: Usage graph image link, valid for around 5-10 minutes."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["UsageGraph"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UsageGraph(_c.BaseModel):
    """Usage graph image link, valid for around 5-10 minutes.

    Attributes:
        type: Graph type, e.g. `cpu_daily`
        url: Image URL (protocol-relative)
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    url: str | _t.NotGiven = _c.opt("url", _c.STR)
