"""HealthResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["HealthResponse"]

_MODELS = "petstore_basic.models"


@dataclass(kw_only=True, repr=False)
class HealthResponse(_c.BaseModel):
    """HealthResponse"""

    ok: bool | _t.NotGiven = _c.opt("ok", _c.BOOL)
