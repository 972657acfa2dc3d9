"""Pet"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Pet"]

_MODELS = "bodies_and_streams.models"


@dataclass(kw_only=True, repr=False)
class Pet(_c.BaseModel):
    """Pet"""

    name: str = _c.req("name", _c.STR)
    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    tag: str | _t.NotGiven = _c.opt("tag", _c.STR)
