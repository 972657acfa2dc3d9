"""UpgradeResource: An upgradable resource of the service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .upgrade_resource_item import UpgradeResourceItem

__all__ = ["UpgradeResource"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpgradeResource(_c.BaseModel):
    """An upgradable resource of the service.

    Attributes:
        id: Resource ID (key of the `resources` map of `POST /service/{id}/upgrade`)
        name: Resource name
        type: Form field type, e.g. `select`
    """

    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    items: list[UpgradeResourceItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "UpgradeResourceItem"))
    )
