"""BalanceResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .balance import Balance

__all__ = ["BalanceResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class BalanceResponse(_c.BaseModel):
    """BalanceResponse"""

    details: Balance = _c.req("details", _c.model(_MODELS, "Balance"))
    success: bool | _t.NotGiven = _c.opt("success", _c.BOOL)
