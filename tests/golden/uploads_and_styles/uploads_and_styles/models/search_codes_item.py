"""SearchCodesItem"""

from __future__ import annotations

import enum

__all__ = ["SearchCodesItem"]


class SearchCodesItem(enum.StrEnum):
    """SearchCodesItem

    Values the spec does not list are passed through as plain strs.
    """

    A = "a"
    B = "b"
    C = "c"
