"""UpgradeOptionsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .upgrade_resource import UpgradeResource

__all__ = ["UpgradeOptionsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpgradeOptionsResponse(_c.BaseModel):
    """UpgradeOptionsResponse

    Attributes:
        resources: Upgradable resources
        package: Package upgrade options
    """

    resources: list[UpgradeResource] | _t.NotGiven = _c.opt(
        "resources", _c.list_(_c.model(_MODELS, "UpgradeResource"))
    )
    package: list[Any] | _t.NotGiven = _c.opt("package", _c.list_(_c.ANY))
