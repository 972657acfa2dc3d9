"""generator.collector: long-lived structures are made without collections and then
counted as old; the collector's own state is left as the caller had it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from generator import collector


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    yield
    if gc.get_freeze_count() != frozen:
        gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def _in(generation: int, obj: object) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


def test_what_the_block_makes_is_old_and_nothing_was_collected_meanwhile() -> None:
    gc.enable()
    collected: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with collector.long_lived():
            made = [{"n": i} for i in range(50_000)]  # many young containers
            assert not gc.isenabled()
    finally:
        gc.callbacks.remove(count)
    assert collected == []
    assert gc.isenabled()
    assert gc.get_count()[0] < 100  # the young count starts again
    assert _in(2, made) and not _in(0, made)


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector.long_lived():
        pass
    assert not gc.isenabled()


def test_objects_frozen_by_someone_else_stay_frozen() -> None:
    gc.enable()
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    with collector.long_lived():
        made = [{"n": i} for i in range(100)]
    assert gc.get_freeze_count() == frozen  # not unfrozen
    assert _in(0, made)  # and nothing was moved
