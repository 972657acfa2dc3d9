"""OsTemplate: OS template available for a server."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["OsTemplate"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OsTemplate(_c.BaseModel):
    """OS template available for a server.

    Attributes:
        os: OS template code, the `os` value of reinstall
        title: OS name
    """

    os: str = _c.req("os", _c.STR)
    title: str | _t.NotGiven = _c.opt("title", _c.STR)
