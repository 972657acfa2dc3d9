"""SearchTheme"""

from __future__ import annotations

import enum

__all__ = ["SearchTheme"]


class SearchTheme(enum.StrEnum):
    """SearchTheme

    Values the spec does not list are passed through as plain strs.
    """

    DARK = "dark"
    LIGHT = "light"
