"""Balance"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Balance"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Balance(_c.BaseModel):
    """Balance

    Attributes:
        currency: Currency code
        acc_balance: Account balance (unpaid invoices total), as a decimal string
        acc_credit: Account credit, as a decimal string
    """

    currency: str | _t.NotGiven = _c.opt("currency", _c.STR)
    acc_balance: str | _t.NotGiven = _c.opt("acc_balance", _c.STR)
    acc_credit: str | _t.NotGiven = _c.opt("acc_credit", _c.STR)
