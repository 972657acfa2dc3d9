"""QuoteTax"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["QuoteTax"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteTax(_c.BaseModel):
    """QuoteTax

    Attributes:
        name: Tax name
        tax: Tax amount
        value: Tax rate, in percent
    """

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    tax: float | _t.NotGiven = _c.opt("tax", _c.FLOAT)
    value: float | _t.NotGiven = _c.opt("value", _c.FLOAT)
