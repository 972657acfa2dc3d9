"""ItemSize"""

from __future__ import annotations

import enum

__all__ = ["ItemSize"]


class ItemSize(enum.StrEnum):
    """ItemSize

    Values the spec does not list are passed through as plain strs.
    """

    S = "S"
    M = "M"
    L = "L"
