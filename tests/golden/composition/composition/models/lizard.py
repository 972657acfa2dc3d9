"""Lizard"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .lizard_scales import LizardScales
    from .owner import Owner

__all__ = ["Lizard"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Lizard(_c.BaseModel):
    """Lizard"""

    pet_type: str = _c.req("pet_type", _c.STR)
    name: str = _c.req("name", _c.STR)
    owner: Owner | _t.NotGiven | None = _c.opt(
        "owner", _c.nullable(_c.model(_MODELS, "Owner"))
    )
    scales: LizardScales | str | _t.NotGiven = _c.opt(
        "scales", _c.enum(_MODELS, "LizardScales")
    )
