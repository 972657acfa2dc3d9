"""ServerReinstallRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServerReinstallRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerReinstallRequest(_c.BaseModel):
    """ServerReinstallRequest

    Attributes:
        os: Operating System (required), see `GET /server/{server_id}/oses`
        script: Init Script ID (optional), see `GET /scripts`
        ssh_key: SSH Key (optional)
    """

    os: str = _c.req("os", _c.STR)
    script: int | _t.NotGiven = _c.opt("script", _c.INT)
    ssh_key: str | _t.NotGiven = _c.opt("ssh_key", _c.STR)
