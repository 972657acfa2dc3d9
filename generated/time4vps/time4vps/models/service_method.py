"""ServiceMethod: An API method available for a service."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServiceMethod"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceMethod(_c.BaseModel):
    """An API method available for a service.

    Attributes:
        name: Method name
        method: HTTP method
        route: Route, with `@id` standing for the service ID
    """

    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    method: str | _t.NotGiven = _c.opt("method", _c.STR)
    route: str | _t.NotGiven = _c.opt("route", _c.STR)
