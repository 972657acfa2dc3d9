"""ProductFormFieldConfig: Field configuration"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _models as _c
from .. import _types as _t

__all__ = ["ProductFormFieldConfig"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductFormFieldConfig(_c.BaseModel):
    """Field configuration"""

    conditionals: list[Any] | _t.NotGiven = _c.opt("conditionals", _c.list_(_c.ANY))
