"""Models of Petstore Basic, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .health_response import HealthResponse as HealthResponse
    from .new_pet import NewPet as NewPet
    from .order import Order as Order
    from .order_priority import OrderPriority as OrderPriority
    from .pet import Pet as Pet
    from .pet_status import PetStatus as PetStatus

    pass

_MODULES: dict[str, str] = {
    "Error": "error",
    "HealthResponse": "health_response",
    "NewPet": "new_pet",
    "Order": "order",
    "OrderPriority": "order_priority",
    "Pet": "pet",
    "PetStatus": "pet_status",
}

__all__ = [
    "Error",
    "HealthResponse",
    "NewPet",
    "Order",
    "OrderPriority",
    "Pet",
    "PetStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
