"""ServerWebConsoleRequestTimeout: Timeout in hours"""

from __future__ import annotations

import enum

__all__ = ["ServerWebConsoleRequestTimeout"]


class ServerWebConsoleRequestTimeout(enum.StrEnum):
    """Timeout in hours

    Values the spec does not list are passed through as plain strs.
    """

    VALUE_1H = "1h"
    VALUE_3H = "3h"
    VALUE_6H = "6h"
    VALUE_12H = "12h"
    VALUE_24H = "24h"
