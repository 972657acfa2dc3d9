"""PasswordResetRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["PasswordResetRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class PasswordResetRequest(_c.BaseModel):
    """PasswordResetRequest

    Attributes:
        email: EMail address
    """

    email: str | _t.NotGiven = _c.opt("email", _c.STR)
