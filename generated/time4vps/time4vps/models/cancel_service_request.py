"""CancelServiceRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CancelServiceRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CancelServiceRequest(_c.BaseModel):
    """CancelServiceRequest

    Attributes:
        immediate: Set to `false` to terminate the service at the end of the billing period, `true` to terminate it immediately.
        reason: Reason for this request
    """

    immediate: bool | _t.NotGiven = _c.opt("immediate", _c.BOOL)
    reason: str | _t.NotGiven = _c.opt("reason", _c.STR)
