"""FileInfo"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["FileInfo"]

_MODELS = "content_types.models"


@dataclass(kw_only=True, repr=False)
class FileInfo(_c.BaseModel):
    """FileInfo"""

    name: str = _c.req("name", _c.STR)
    size: int = _c.req("size", _c.INT)
    content_type: str | _t.NotGiven = _c.opt("content_type", _c.STR)
