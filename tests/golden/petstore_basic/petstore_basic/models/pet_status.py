"""PetStatus: Where the pet is in the adoption process."""

from __future__ import annotations

import enum

__all__ = ["PetStatus"]


class PetStatus(enum.StrEnum):
    """Where the pet is in the adoption process.

    Values the spec does not list are passed through as plain strs.
    """

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"
