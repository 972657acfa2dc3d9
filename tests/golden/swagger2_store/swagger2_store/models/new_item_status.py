"""NewItemStatus"""

from __future__ import annotations

import enum

__all__ = ["NewItemStatus"]


class NewItemStatus(enum.StrEnum):
    """NewItemStatus

    Values the spec does not list are passed through as plain strs.
    """

    AVAILABLE = "available"
    SOLD = "sold"
