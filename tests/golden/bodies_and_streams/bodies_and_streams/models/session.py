"""Session"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Session"]

_MODELS = "bodies_and_streams.models"


@dataclass(kw_only=True, repr=False)
class Session(_c.BaseModel):
    """Session"""

    token: str | _t.NotGiven = _c.opt("token", _c.STR)
