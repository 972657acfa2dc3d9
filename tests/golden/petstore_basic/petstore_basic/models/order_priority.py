"""OrderPriority"""

from __future__ import annotations

import enum

__all__ = ["OrderPriority"]


class OrderPriority(enum.IntEnum):
    """OrderPriority

    Values the spec does not list are passed through as plain ints.
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
