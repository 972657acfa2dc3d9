"""Employee"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .department import Department

__all__ = ["Employee"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Employee(_c.BaseModel):
    """Employee"""

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    department: Department | _t.NotGiven = _c.opt(
        "department", _c.model(_MODELS, "Department")
    )
