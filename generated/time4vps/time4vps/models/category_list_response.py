"""CategoryListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .category import Category

__all__ = ["CategoryListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CategoryListResponse(_c.BaseModel):
    """CategoryListResponse"""

    categories: list[Category] = _c.req(
        "categories", _c.list_(_c.model(_MODELS, "Category"))
    )
