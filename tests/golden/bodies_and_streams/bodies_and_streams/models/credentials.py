"""Credentials"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Credentials"]

_MODELS = "bodies_and_streams.models"


@dataclass(kw_only=True, repr=False)
class Credentials(_c.BaseModel):
    """Credentials"""

    username: str = _c.req("username", _c.STR)
    password: str = _c.req("password", _c.STR)
    remember: bool | _t.NotGiven = _c.opt("remember", _c.BOOL)
