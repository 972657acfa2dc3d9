"""Cat"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .owner import Owner

__all__ = ["Cat"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Cat(_c.BaseModel):
    """Cat"""

    pet_type: str = _c.req("pet_type", _c.STR)
    name: str = _c.req("name", _c.STR)
    owner: Owner | _t.NotGiven | None = _c.opt(
        "owner", _c.nullable(_c.model(_MODELS, "Owner"))
    )
    lives: int | _t.NotGiven = _c.opt("lives", _c.INT)
