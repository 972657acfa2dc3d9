"""ContactListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .contact import Contact

__all__ = ["ContactListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ContactListResponse(_c.BaseModel):
    """ContactListResponse"""

    contacts: list[Contact] = _c.req("contacts", _c.list_(_c.model(_MODELS, "Contact")))
