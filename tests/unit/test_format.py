"""generator.format's Formatter: modules triaged as they are rendered, batches shared with a
helper while it is idle (here a fake one, in this process), invalid Python refused wherever it was checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from generator import format as fmt

LONG = "x = [" + ", ".join(f"item_{i}" for i in range(30)) + "]\n"  # black must wrap it


@dataclass
class FakeShare:
    sources: dict[str, str]
    helper: FakeHelper

    def result(self) -> list[str]:
        self.helper.triaged.append(sorted(self.sources))
        return fmt.triage(self.sources)


@dataclass
class FakeHelper:
    """Takes the batches offered while it is idle: `idle(n)` says whether it is at the
    n-th offer (from 1); a busy helper declines (None) and the batch stays here."""

    idle: Callable[[int], bool]
    triaged: list[list[str]] = field(default_factory=list)
    offers: int = 0
    taken: int = 0

    def offload(self, sources: dict[str, str]) -> FakeShare | None:
        self.offers += 1
        if not self.idle(self.offers):
            return None
        self.taken += 1
        return FakeShare(dict(sources), self)


SCHEDULES = {
    "never idle": lambda n: False,
    "idle every other time": lambda n: n % 2 == 0,
    "always idle": lambda n: True,
}


def _modules(n: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setattr(fmt, "_BATCH", 100)  # a batch every few modules
    files = {f"pkg/m{i:02}.py": f"value_{i} = {i}\n" * 4 for i in range(n)}
    files["pkg/long.py"] = LONG
    files["README.md"] = "not Python: never checked"
    return files


def _render(formatter: fmt.Formatter, files: dict[str, str]) -> dict[str, str]:
    for path, text in files.items():
        formatter.add(path, text)
    return formatter.finish(files)


@pytest.mark.parametrize("schedule", SCHEDULES)
def test_the_output_is_the_same_wherever_modules_were_triaged(
    schedule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _modules(20, monkeypatch)
    helper = FakeHelper(SCHEDULES[schedule])
    out = _render(fmt.Formatter(helper.offload), files)
    assert out == fmt.format_files(files)  # all in this process
    assert out["pkg/long.py"] != LONG and out["pkg/long.py"].startswith("x = [\n")
    assert helper.offers > 2
    # the batches taken were triaged by the helper, each once; the rest here
    assert len(helper.triaged) == helper.taken
    shared = [p for batch in helper.triaged for p in batch]
    assert len(shared) == len(set(shared))
    expected = {"never idle": 0, "always idle": helper.offers}.get(schedule)
    assert helper.taken == (helper.offers // 2 if expected is None else expected)


def test_batches_wait_for_the_helper_oldest_first_and_the_newest_stay_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A helper busy at first (validating) gets the batches that waited, oldest first;
    what it has not taken when rendering ends is triaged here, newest first."""
    files = _modules(20, monkeypatch)
    helper = FakeHelper(lambda n: n > 6 and n % 3 == 0)
    out = _render(fmt.Formatter(helper.offload), files)
    assert out == fmt.format_files(files)
    order = list(files)
    firsts = [min(order.index(p) for p in batch) for batch in helper.triaged]
    assert firsts and firsts[0] == 0  # the first batch waited, and went first
    assert firsts == sorted(firsts)
    assert "pkg/m19.py" not in {p for batch in helper.triaged for p in batch}


@pytest.mark.parametrize("schedule", ["never idle", "always idle"])
def test_invalid_python_is_refused_in_a_shared_batch_too(
    schedule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _modules(20, monkeypatch)
    files["pkg/m03.py"] = "def broken(:\n"
    with pytest.raises(fmt.FormatError, match=r"pkg/m03\.py.*not valid Python"):
        _render(fmt.Formatter(FakeHelper(SCHEDULES[schedule]).offload), files)


def test_without_a_helper_nothing_is_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _modules(5, monkeypatch)
    files["pkg/m01.py"] = "def broken(:\n"
    formatter = fmt.Formatter()
    for path, text in files.items():
        formatter.add(path, text)  # nothing to share: all checked in finish()
    with pytest.raises(fmt.FormatError, match=r"pkg/m01\.py"):
        formatter.finish(files)
