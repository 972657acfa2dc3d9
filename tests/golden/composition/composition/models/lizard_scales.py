"""LizardScales"""

from __future__ import annotations

import enum

__all__ = ["LizardScales"]


class LizardScales(enum.StrEnum):
    """LizardScales

    Values the spec does not list are passed through as plain strs.
    """

    SMOOTH = "smooth"
    ROUGH = "rough"
