"""Department"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .employee import Employee

__all__ = ["Department"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Department(_c.BaseModel):
    """Department"""

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    head: Employee | _t.NotGiven = _c.opt("head", _c.model(_MODELS, "Employee"))
