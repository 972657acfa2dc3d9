"""ServerWebConsoleRequest"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .server_web_console_request_timeout import ServerWebConsoleRequestTimeout
    from .server_web_console_request_whitelabel import ServerWebConsoleRequestWhitelabel

__all__ = ["ServerWebConsoleRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerWebConsoleRequest(_c.BaseModel):
    """ServerWebConsoleRequest

    Attributes:
        timeout: Timeout in hours
        whitelabel: Should result return white-labeled VNC host (valid values: 'true', 'false')
    """

    timeout: ServerWebConsoleRequestTimeout | str = _c.req(
        "timeout", _c.enum(_MODELS, "ServerWebConsoleRequestTimeout")
    )
    whitelabel: ServerWebConsoleRequestWhitelabel | str = _c.req(
        "whitelabel", _c.enum(_MODELS, "ServerWebConsoleRequestWhitelabel")
    )
