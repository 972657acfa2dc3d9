"""ProductFormField: Configurable option of a product, sent in the `custom` map of the order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .product_form_field_config import ProductFormFieldConfig
    from .product_form_item import ProductFormItem

__all__ = ["ProductFormField"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductFormField(_c.BaseModel):
    """Configurable option of a product, sent in the `custom` map of the order.

    Attributes:
        type: Field type, e.g. `select`
        title: Field title
        id: Field ID
        first_item_id: ID of the first option
        description: Field description
        name: Order parameter name, e.g. `custom[1618]`
        required: Whether a value is required
        multiple: Whether several options may be selected
        config: Field configuration
        value: Selected values
        textvalue: Selected values, as text
        price: Price
        recurring_price: Recurring price
        setup: Setup fee
        prorata_date: Pro-rata date, null if not applicable
        items: Options
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    id: str | _t.NotGiven = _c.opt("id", _c.STR)
    first_item_id: int | _t.NotGiven = _c.opt("firstItemId", _c.INT)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    required: bool | _t.NotGiven = _c.opt("required", _c.BOOL)
    multiple: bool | _t.NotGiven = _c.opt("multiple", _c.BOOL)
    config: ProductFormFieldConfig | _t.NotGiven = _c.opt(
        "config", _c.model(_MODELS, "ProductFormFieldConfig")
    )
    value: list[Any] | _t.NotGiven = _c.opt("value", _c.list_(_c.ANY))
    textvalue: list[Any] | _t.NotGiven = _c.opt("textvalue", _c.list_(_c.ANY))
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    recurring_price: float | _t.NotGiven = _c.opt("recurring_price", _c.FLOAT)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
    prorata_date: str | _t.NotGiven | None = _c.opt("prorata_date", _c.nullable(_c.STR))
    items: list[ProductFormItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "ProductFormItem"))
    )
