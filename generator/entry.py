"""`clientgen`: the validation helper (generator.helper) is forked first, for the commands
that validate a spec, so that it imports openapi-spec-validator while this process imports
the rest of the generator (0.13-0.36 s); then the command line runs (generator.cli).

The cycle collector is told to run rarely, in both processes. A run builds one large,
long-lived model and very little cyclic garbage, and at Python's default thresholds the
collector walks that model again and again: 0.42 of the 2.2 s of regenerating GitHub's
client after an edit, and 0.6 s of its 5.5 s cold run. black's trees, the one large cyclic
garbage, are collected explicitly (generator.format)."""

from __future__ import annotations

import gc
import sys

_VALIDATING = ("generate", "check")  # the commands whose generations use the helper

# a young collection every 100,000 net allocations (not 700), and an older one only after
# many of those: a whole run makes a handful
_THRESHOLDS = (100_000, 50, 100)


def main() -> None:
    gc.set_threshold(*_THRESHOLDS)
    if sys.argv[1:2] and sys.argv[1] in _VALIDATING:
        from generator.helper import start

        start(keep=True)
    from generator.cli import main as cli

    cli()
