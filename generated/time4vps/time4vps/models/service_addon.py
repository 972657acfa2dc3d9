"""ServiceAddon: Addon ordered for a service."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServiceAddon"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceAddon(_c.BaseModel):
    """Addon ordered for a service.

    Attributes:
        id: Addon ID
        name: Addon name
        status: Addon status, e.g. `Pending`
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
