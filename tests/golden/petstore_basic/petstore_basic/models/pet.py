"""Pet"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .pet_status import PetStatus

__all__ = ["Pet"]

_MODELS = "petstore_basic.models"


@dataclass(kw_only=True, repr=False)
class Pet(_c.BaseModel):
    """Pet

    Attributes:
        status: Where the pet is in the adoption process.
    """

    name: str = _c.req("name", _c.STR)
    id: int = _c.req("id", _c.INT)
    tag: str | _t.NotGiven | None = _c.opt("tag", _c.nullable(_c.STR))
    status: PetStatus | str | _t.NotGiven = _c.opt(
        "status", _c.enum(_MODELS, "PetStatus")
    )
    birthday: datetime.date | _t.NotGiven = _c.opt("birthday", _c.DATE)
    created_at: datetime.datetime | _t.NotGiven = _c.opt("created_at", _c.DATETIME)
    photo_urls: list[str] | _t.NotGiven = _c.opt("photo_urls", _c.list_(_c.STR))
