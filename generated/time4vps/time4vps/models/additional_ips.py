"""AdditionalIps"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["AdditionalIps"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class AdditionalIps(_c.BaseModel):
    """AdditionalIps

    Attributes:
        ips: Additional IP addresses
    """

    ips: list[str] | _t.NotGiven = _c.opt("ips", _c.list_(_c.STR))
