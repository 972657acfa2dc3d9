"""ServiceIdFromOrderResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["ServiceIdFromOrderResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceIdFromOrderResponse(_c.BaseModel):
    """ServiceIdFromOrderResponse

    Attributes:
        account_id: Service ID created by the order
    """

    account_id: int = _c.req("account_id", _c.INT)
