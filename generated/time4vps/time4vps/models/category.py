"""Category: Product category."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Category"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Category(_c.BaseModel):
    """Product category.

    Attributes:
        id: Category ID
        name: Category name
        description: Category description
        slug: Category slug
    """

    id: str = _c.req("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    slug: str | _t.NotGiven = _c.opt("slug", _c.STR)
