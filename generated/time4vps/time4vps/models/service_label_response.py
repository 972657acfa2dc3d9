"""ServiceLabelResponse"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["ServiceLabelResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceLabelResponse(_c.BaseModel):
    """ServiceLabelResponse

    Attributes:
        label: Current service label
    """

    label: str = _c.req("label", _c.STR)
