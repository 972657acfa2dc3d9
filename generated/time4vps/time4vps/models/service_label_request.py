"""ServiceLabelRequest"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ServiceLabelRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceLabelRequest(_c.BaseModel):
    """ServiceLabelRequest

    Attributes:
        label: New label
    """

    label: str | _t.NotGiven = _c.opt("label", _c.STR)
