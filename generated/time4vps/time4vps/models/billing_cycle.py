"""BillingCycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product."""

from __future__ import annotations

import enum

__all__ = ["BillingCycle"]


class BillingCycle(enum.StrEnum):
    """Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.

    Values the spec does not list are passed through as plain strs.
    """

    M = "m"
    Q = "q"
    A = "a"
    B = "b"
    T = "t"
