"""InitScript: Init script. `content` is only included by `GET /scripts/{id}`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["InitScript"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InitScript(_c.BaseModel):
    """Init script. `content` is only included by `GET /scripts/{id}`.

    Attributes:
        id: Init Script ID
        name: Script name
        syntax: Script syntax, e.g. `python`
        content: Script content
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    syntax: str | _t.NotGiven = _c.opt("syntax", _c.STR)
    content: str | _t.NotGiven = _c.opt("content", _c.STR)
