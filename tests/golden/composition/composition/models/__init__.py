"""Models of Composition, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .circle import Circle as Circle
    from .department import Department as Department
    from .dog import Dog as Dog
    from .employee import Employee as Employee
    from .lizard import Lizard as Lizard
    from .lizard_scales import LizardScales as LizardScales
    from .owner import Owner as Owner
    from .pet_base import PetBase as PetBase
    from .square import Square as Square
    from .tree_node import TreeNode as TreeNode

    pass

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "Circle": "circle",
    "Department": "department",
    "Dog": "dog",
    "Employee": "employee",
    "Lizard": "lizard",
    "LizardScales": "lizard_scales",
    "Owner": "owner",
    "PetBase": "pet_base",
    "Square": "square",
    "TreeNode": "tree_node",
}

__all__ = [
    "Cat",
    "Circle",
    "Department",
    "Dog",
    "Employee",
    "Lizard",
    "LizardScales",
    "Owner",
    "PetBase",
    "Square",
    "TreeNode",
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
