"""ClientDetailsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .client import Client

__all__ = ["ClientDetailsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ClientDetailsResponse(_c.BaseModel):
    """ClientDetailsResponse

    Attributes:
        client: Registration details of the account holder.
    """

    client: Client = _c.req("client", _c.model(_MODELS, "Client"))
