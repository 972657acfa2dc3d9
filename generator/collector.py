"""How clientgen works with Python's cycle collector.

A run builds a few large structures that live until it ends and hold no cycles: the parsed
spec, the model, the journal. At Python's default thresholds the collector walks them
again and again: 0.42 of the 2.2 s of regenerating GitHub's client after an edit, and
0.6 s of its 5.5 s cold run. So `clientgen` has it run rarely (`for_a_run`), and the
structures read whole are made with it paused and then counted as old (`long_lived`).
black's syntax trees, the one large cyclic garbage, are collected explicitly
(generator.format).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# a young collection every 100,000 net allocations (not 700), and an older one only after
# many of those: a whole run makes a handful. (1,000,000 saved 0.2 s more of a cold GitHub
# run but raised its peak memory from 172 to 192 MB.)
_THRESHOLDS = (100_000, 50, 100)


def for_a_run() -> None:
    """The collector's thresholds for a whole clientgen process (not for a library
    caller's: the generator used in-process leaves them as they are)."""
    gc.set_threshold(*_THRESHOLDS)


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """No collections while the block runs, and what it made counts as old afterwards:
    freezing and unfreezing moves every tracked object to the oldest generation, which is
    collected rarely, and zeroes the young count. The move is skipped where something else
    has frozen objects (unfreezing would undo that); a collector that was off stays off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
