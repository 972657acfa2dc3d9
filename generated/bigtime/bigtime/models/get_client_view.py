"""GetClientView"""

from __future__ import annotations

import enum

__all__ = ["GetClientView"]


class GetClientView(enum.StrEnum):
    """GetClientView

    Values the spec does not list are passed through as plain strs.
    """

    BASIC = "Basic"
    DETAILED = "Detailed"
