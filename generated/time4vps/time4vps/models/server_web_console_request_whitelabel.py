"""ServerWebConsoleRequestWhitelabel: Should result return white-labeled VNC host (valid values: 'true', 'false')"""

from __future__ import annotations

import enum

__all__ = ["ServerWebConsoleRequestWhitelabel"]


class ServerWebConsoleRequestWhitelabel(enum.StrEnum):
    """Should result return white-labeled VNC host (valid values: 'true', 'false')

    Values the spec does not list are passed through as plain strs.
    """

    TRUE = "true"
    FALSE = "false"
