"""ServerRenameRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["ServerRenameRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerRenameRequest(_c.BaseModel):
    """ServerRenameRequest

    Attributes:
        hostname: New hostname (required, must be pointed to server IP)
    """

    hostname: str = _c.req("hostname", _c.STR)
