"""VpnConfig"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["VpnConfig"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class VpnConfig(_c.BaseModel):
    """VpnConfig

    Attributes:
        template: Base64-encoded config file
    """

    template: str = _c.req("template", _c.STR)
