"""LoginResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["LoginResponse"]

_MODELS = "swagger2_store.models"


@dataclass(kw_only=True, repr=False)
class LoginResponse(_c.BaseModel):
    """LoginResponse"""

    token: str | _t.NotGiven = _c.opt("token", _c.STR)
