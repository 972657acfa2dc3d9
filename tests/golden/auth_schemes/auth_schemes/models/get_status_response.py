"""GetStatusResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["GetStatusResponse"]

_MODELS = "auth_schemes.models"


@dataclass(kw_only=True, repr=False)
class GetStatusResponse(_c.BaseModel):
    """GetStatusResponse"""

    up: bool | _t.NotGiven = _c.opt("up", _c.BOOL)
