"""Filter"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .filter_status import FilterStatus

__all__ = ["Filter"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class Filter(_c.BaseModel):
    """Filter"""

    status: FilterStatus | str | _t.NotGiven = _c.opt(
        "status", _c.enum(_MODELS, "FilterStatus")
    )
    min_price: int | _t.NotGiven = _c.opt("min_price", _c.INT)
