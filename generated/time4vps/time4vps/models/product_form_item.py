"""ProductFormItem: Option of a configurable form field."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ProductFormItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductFormItem(_c.BaseModel):
    """Option of a configurable form field.

    Attributes:
        title: Option title
        value: Option value
        id: Option ID
        price: Price
        setup: Setup fee
        selected: Whether the option is selected
    """

    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    value: int | _t.NotGiven = _c.opt("value", _c.INT)
    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
    selected: bool | _t.NotGiven = _c.opt("selected", _c.BOOL)
