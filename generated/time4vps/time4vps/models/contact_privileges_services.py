"""ContactPrivilegesServices: Service privileges keyed by service ID; `full` grants full control over all services."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ContactPrivilegesServices"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactPrivilegesServices(_c.BaseModel):
    """Service privileges keyed by service ID; `full` grants full control over all services.

    Attributes:
        full: `1` = full control over services
    """

    full: int | _t.NotGiven = _c.opt("full", _c.INT)
