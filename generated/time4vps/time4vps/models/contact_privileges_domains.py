"""ContactPrivilegesDomains: Domain privileges keyed by domain ID; `full` grants full control over all domains."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ContactPrivilegesDomains"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactPrivilegesDomains(_c.BaseModel):
    """Domain privileges keyed by domain ID; `full` grants full control over all domains.

    Attributes:
        full: `1` = full control over domains
    """

    full: int | _t.NotGiven = _c.opt("full", _c.INT)
