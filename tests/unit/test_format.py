"""generator.format's Formatter: modules triaged as they are rendered, batches shared with a
helper (here a fake one, in this process), invalid Python refused wherever it was checked."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from generator import format as fmt

LONG = "x = [" + ", ".join(f"item_{i}" for i in range(30)) + "]\n"  # black must wrap it


@dataclass
class FakeShare:
    sources: dict[str, str]
    started: bool
    helper: FakeHelper

    def cancel(self) -> bool:
        if self.started:
            return False
        self.helper.taken_back.append(sorted(self.sources))
        return True

    def result(self) -> list[str]:
        self.helper.triaged.append(sorted(self.sources))
        return fmt.triage(self.sources)


@dataclass
class FakeHelper:
    """Starts the first `busy_after` batches; the later ones wait (may be taken back)."""

    busy_after: int
    triaged: list[list[str]] = field(default_factory=list)
    taken_back: list[list[str]] = field(default_factory=list)
    sent: int = 0

    def offload(self, sources: dict[str, str]) -> FakeShare:
        self.sent += 1
        return FakeShare(dict(sources), self.sent <= self.busy_after, self)


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


@pytest.mark.parametrize("busy_after", [0, 2, 100])
def test_the_output_is_the_same_wherever_modules_were_triaged(
    busy_after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _modules(20, monkeypatch)
    helper = FakeHelper(busy_after)
    out = _render(fmt.Formatter(helper.offload), files)
    assert out == fmt.format_files(files)  # all in this process
    assert out["pkg/long.py"] != LONG and out["pkg/long.py"].startswith("x = [\n")
    assert helper.sent > 2
    # every batch was triaged exactly once: by the helper or taken back
    shared = [p for batch in helper.triaged + helper.taken_back for p in batch]
    assert len(shared) == len(set(shared))
    assert len(helper.triaged) == min(busy_after, helper.sent)
    assert len(helper.taken_back) == helper.sent - len(helper.triaged)


def test_batches_the_helper_did_not_start_are_taken_back_from_the_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _modules(20, monkeypatch)
    helper = FakeHelper(busy_after=1)
    _render(fmt.Formatter(helper.offload), files)
    order = list(files)
    taken = [min(order.index(p) for p in batch) for batch in helper.taken_back]
    assert len(taken) >= 2 and taken == sorted(taken, reverse=True)  # latest first


@pytest.mark.parametrize("busy_after", [0, 100])
def test_invalid_python_is_refused_in_a_shared_batch_too(
    busy_after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _modules(20, monkeypatch)
    files["pkg/m03.py"] = "def broken(:\n"
    with pytest.raises(fmt.FormatError, match=r"pkg/m03\.py.*not valid Python"):
        _render(fmt.Formatter(FakeHelper(busy_after).offload), files)


def test_without_a_helper_nothing_is_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _modules(5, monkeypatch)
    files["pkg/m01.py"] = "def broken(:\n"
    formatter = fmt.Formatter()
    for path, text in files.items():
        formatter.add(path, text)  # nothing to share: all checked in finish()
    with pytest.raises(fmt.FormatError, match=r"pkg/m01\.py"):
        formatter.finish(files)
