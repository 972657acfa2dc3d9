"""Item"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .item_size import ItemSize

__all__ = ["Item"]

_MODELS = "openapi31.models"


@dataclass(kw_only=True, repr=False)
class Item(_c.BaseModel):
    """Item"""

    kind: Literal["item"] = _c.req("kind", _c.literal("item"))
    name: str = _c.req("name", _c.STR)
    weight: float | _t.NotGiven | None = _c.opt("weight", _c.nullable(_c.FLOAT))
    size: ItemSize | str | _t.NotGiven | None = _c.opt(
        "size", _c.nullable(_c.enum(_MODELS, "ItemSize"))
    )
    labels: list[str] | _t.NotGiven | None = _c.opt(
        "labels", _c.nullable(_c.list_(_c.STR))
    )
    ref: str | int | _t.NotGiven = _c.opt("ref", _c.union(_c.STR, _c.INT))
