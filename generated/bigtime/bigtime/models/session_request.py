"""SessionRequest: Login credentials of a BigTime user."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["SessionRequest"]

_MODELS = "bigtime.models"


@dataclass(kw_only=True, repr=False)
class SessionRequest(_c.BaseModel):
    """Login credentials of a BigTime user.

    Attributes:
        user_id: The user's login e-mail address.
        pwd: The user's password.
    """

    user_id: str = _c.req("UserId", _c.STR)
    pwd: str = _c.req("Pwd", _c.STR)
