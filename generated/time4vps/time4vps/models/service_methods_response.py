"""ServiceMethodsResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .service_method import ServiceMethod

__all__ = ["ServiceMethodsResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServiceMethodsResponse(_c.BaseModel):
    """ServiceMethodsResponse"""

    methods: list[ServiceMethod] = _c.req(
        "methods", _c.list_(_c.model(_MODELS, "ServiceMethod"))
    )
