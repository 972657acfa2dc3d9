"""Owner"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Owner"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Owner(_c.BaseModel):
    """Owner"""

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
