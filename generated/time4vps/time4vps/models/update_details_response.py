"""UpdateDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .client import Client

__all__ = ["UpdateDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpdateDetailsResponse(_c.BaseModel):
    """UpdateDetailsResponse

    Attributes:
        client: Registration details of the account holder.
        info: Info codes, e.g. `client_info_updated`
    """

    client: Client = _c.req("client", _c.model(_MODELS, "Client"))
    info: list[str] | _t.NotGiven = _c.opt("info", _c.list_(_c.STR))
