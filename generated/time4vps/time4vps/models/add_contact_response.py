"""AddContactResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["AddContactResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class AddContactResponse(_c.BaseModel):
    """AddContactResponse

    Attributes:
        contact_id: ID of the new contact
        info: Info codes, e.g. `profile_added`
    """

    contact_id: str = _c.req("contact_id", _c.STR)
    info: list[str] | _t.NotGiven = _c.opt("info", _c.list_(_c.STR))
