"""ContactPrivileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .contact_privileges_domains import ContactPrivilegesDomains
    from .contact_privileges_services import ContactPrivilegesServices

__all__ = ["ContactPrivileges"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactPrivileges(_c.BaseModel):
    """Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.

    Attributes:
        billing: Billing privileges: `emails` (receive billing notifications), `payinvoice` (allow to view/pay invoices), `orders` (allow to place new orders), `balance` (view account balance), `addfunds` (add account funds), `creditcard` (edit credit card details)
        support: Support privileges: `newticket` (open new tickets), `tickets` (view all tickets), `closeticket` (close tickets), `emails` (receive email notifications from support)
        misc: Other privileges: `editmain` (modify main profile details), `emails` (view emails history), `editipaccess` (edit allowed IP access), `manageprofiles` (add / edit contacts), `affiliates` (access affiliates section)
        services: Service privileges keyed by service ID; `full` grants full control over all services.
        domains: Domain privileges keyed by domain ID; `full` grants full control over all domains.
    """

    billing: list[str] | _t.NotGiven = _c.opt("billing", _c.list_(_c.STR))
    support: list[str] | _t.NotGiven = _c.opt("support", _c.list_(_c.STR))
    misc: list[str] | _t.NotGiven = _c.opt("misc", _c.list_(_c.STR))
    services: ContactPrivilegesServices | _t.NotGiven = _c.opt(
        "services", _c.model(_MODELS, "ContactPrivilegesServices")
    )
    domains: ContactPrivilegesDomains | _t.NotGiven = _c.opt(
        "domains", _c.model(_MODELS, "ContactPrivilegesDomains")
    )
