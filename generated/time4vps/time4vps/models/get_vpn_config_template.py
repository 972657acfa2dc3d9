"""GetVpnConfigTemplate"""

from __future__ import annotations

import enum

__all__ = ["GetVpnConfigTemplate"]


class GetVpnConfigTemplate(enum.StrEnum):
    """GetVpnConfigTemplate

    Values the spec does not list are passed through as plain strs.
    """

    OVPN_DEFAULT = "ovpn_default"
    OVPN_443 = "ovpn_443"
    PBK_DEFAULT = "pbk_default"
