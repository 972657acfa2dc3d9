"""Token"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Token"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class Token(_c.BaseModel):
    """Token"""

    access_token: str = _c.req("access_token", _c.STR)
    tenant: str | _t.NotGiven = _c.opt("tenant", _c.STR)
    expires_in: int | _t.NotGiven = _c.opt("expires_in", _c.INT)
