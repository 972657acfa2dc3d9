"""Error"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Error"]

_MODELS = "bodies_and_streams.models"


@dataclass(kw_only=True, repr=False)
class Error(_c.BaseModel):
    """Error"""

    message: str | _t.NotGiven = _c.opt("message", _c.STR)
