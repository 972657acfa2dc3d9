"""TokenRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["TokenRequest"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class TokenRequest(_c.BaseModel):
    """TokenRequest"""

    client_id: str = _c.req("clientId", _c.STR)
    client_secret: str = _c.req("clientSecret", _c.STR)
