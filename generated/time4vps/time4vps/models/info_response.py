"""InfoResponse: Generic acknowledgement of a write call: a list of info codes or messages."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["InfoResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class InfoResponse(_c.BaseModel):
    """Generic acknowledgement of a write call: a list of info codes or messages.

    Attributes:
        success: Present on some calls; `true` when the change was applied
        info: Info codes or messages, e.g. `client_registered`, `profile_updated`
    """

    info: list[str] = _c.req("info", _c.list_(_c.STR))
    success: bool | _t.NotGiven = _c.opt("success", _c.BOOL)
