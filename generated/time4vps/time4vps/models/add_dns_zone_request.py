"""AddDnsZoneRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["AddDnsZoneRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class AddDnsZoneRequest(_c.BaseModel):
    """AddDnsZoneRequest

    Attributes:
        name: Zone name (example: testzone.com)
    """

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
