"""Service: Service details as returned by `GET /service/{id}`."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Service"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Service(_c.BaseModel):
    """Service details as returned by `GET /service/{id}`.

    Attributes:
        id: Service ID
        date_created: Creation date (`YYYY-MM-DD`)
        domain: Domain (host name) of the service
        firstpayment: First payment amount, as a decimal string
        total: Recurring amount, as a decimal string
        billingcycle: Billing cycle name, e.g. `Monthly`, `Annually`
        next_due: Next due date (`YYYY-MM-DD`)
        next_invoice: Next invoice date (`YYYY-MM-DD`)
        status: Service status, e.g. `Pending`, `Active`
        label: Custom service label (see `POST /service/{id}/label`)
        username: Service username
        name: Product name
    """

    id: str = _c.req("id", _c.STR)
    date_created: str | _t.NotGiven = _c.opt("date_created", _c.STR)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    firstpayment: str | _t.NotGiven = _c.opt("firstpayment", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    billingcycle: str | _t.NotGiven = _c.opt("billingcycle", _c.STR)
    next_due: str | _t.NotGiven = _c.opt("next_due", _c.STR)
    next_invoice: str | _t.NotGiven = _c.opt("next_invoice", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    label: str | _t.NotGiven = _c.opt("label", _c.STR)
    username: str | _t.NotGiven = _c.opt("username", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
