"""FilterStatus"""

from __future__ import annotations

import enum

__all__ = ["FilterStatus"]


class FilterStatus(enum.StrEnum):
    """FilterStatus

    Values the spec does not list are passed through as plain strs.
    """

    OPEN = "open"
    CLOSED = "closed"
