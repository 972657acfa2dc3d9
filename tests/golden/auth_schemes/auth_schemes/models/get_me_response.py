"""GetMeResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["GetMeResponse"]

_MODELS = "auth_schemes.models"


@dataclass(kw_only=True, repr=False)
class GetMeResponse(_c.BaseModel):
    """GetMeResponse"""

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
