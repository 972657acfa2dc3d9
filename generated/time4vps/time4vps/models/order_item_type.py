"""OrderItemType: Order type"""

from __future__ import annotations

import enum

__all__ = ["OrderItemType"]


class OrderItemType(enum.StrEnum):
    """Order type

    Values the spec does not list are passed through as plain strs.
    """

    PRODUCT = "product"
    CERTIFICATE = "certificate"
