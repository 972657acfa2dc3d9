"""BodyUploadOne"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["BodyUploadOne"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class BodyUploadOne(_c.BaseModel):
    """BodyUploadOne"""

    file: str = _c.req("file", _c.STR)
