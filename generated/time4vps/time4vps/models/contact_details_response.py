"""ContactDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .contact import Contact

__all__ = ["ContactDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactDetailsResponse(_c.BaseModel):
    """ContactDetailsResponse

    Attributes:
        contact: A contact (sub-account) of the client. `GET /contact` returns the short form (`company`, `lastlogin`), `GET /contact/{id}` the full form (address, `type`, `privileges`).
    """

    contact: Contact = _c.req("contact", _c.model(_MODELS, "Contact"))
