"""ServiceSummary: Service as listed by `GET /service`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServiceSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceSummary(_c.BaseModel):
    """Service as listed by `GET /service`.

    Attributes:
        id: Service ID
        domain: Domain (host name) of the service
        total: Recurring amount, as a decimal string
        status: Service status, e.g. `Pending`, `Active`
        billingcycle: Billing cycle name, e.g. `Monthly`, `Annually`
        next_due: Next due date (`YYYY-MM-DD`)
        name: Product name
        category: Product category name
        category_url: Product category slug
    """

    id: str = _c.req("id", _c.STR)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    billingcycle: str | _t.NotGiven = _c.opt("billingcycle", _c.STR)
    next_due: str | _t.NotGiven = _c.opt("next_due", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    category: str | _t.NotGiven = _c.opt("category", _c.STR)
    category_url: str | _t.NotGiven = _c.opt("category_url", _c.STR)
