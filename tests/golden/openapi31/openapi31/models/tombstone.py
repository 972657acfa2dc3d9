"""Tombstone"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from .. import _models as _c

__all__ = ["Tombstone"]

_MODELS = "openapi31.models"


@dataclass(kw_only=True, repr=False)
class Tombstone(_c.BaseModel):
    """Tombstone"""

    kind: Literal["tombstone"] = _c.req("kind", _c.literal("tombstone"))
    deleted_at: datetime.datetime = _c.req("deleted_at", _c.DATETIME)
