"""ServerComponent: Server component (option)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServerComponent"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerComponent(_c.BaseModel):
    """Server component (option).

    Attributes:
        id: Component ID
        name: Component name
        selected: Whether the component is active
    """

    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    selected: bool | _t.NotGiven = _c.opt("selected", _c.BOOL)
