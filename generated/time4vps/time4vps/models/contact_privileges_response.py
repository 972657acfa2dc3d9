"""ContactPrivilegesResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .contact_privileges import ContactPrivileges

__all__ = ["ContactPrivilegesResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactPrivilegesResponse(_c.BaseModel):
    """ContactPrivilegesResponse

    Attributes:
        privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
    """

    privileges: ContactPrivileges = _c.req(
        "privileges", _c.model(_MODELS, "ContactPrivileges")
    )
