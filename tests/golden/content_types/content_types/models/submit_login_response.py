"""SubmitLoginResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["SubmitLoginResponse"]

_MODELS = "content_types.models"


@dataclass(kw_only=True, repr=False)
class SubmitLoginResponse(_c.BaseModel):
    """SubmitLoginResponse"""

    token: str | _t.NotGiven = _c.opt("token", _c.STR)
