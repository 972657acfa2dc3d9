"""Error"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Error"]

_MODELS = "petstore_basic.models"


@dataclass(kw_only=True, repr=False)
class Error(_c.BaseModel):
    """Error"""

    code: int = _c.req("code", _c.INT)
    message: str = _c.req("message", _c.STR)
