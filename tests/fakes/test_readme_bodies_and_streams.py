"""The README sections on request bodies given whole and on streaming run as written.

Each vendor package's README shows a body given as arguments, then whole (its model, then a
dict), and a streamed response: those python blocks are run against the package's fake, with
the client the README's fake section builds, and every call must reach the fake with the
same body.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import FAKES, GENERATED, PACKAGES


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The examples write files (a download saved as download.bin): keep them out of the checkout."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _block(package: str, heading: str) -> str:
    text = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    assert heading in text, f"{package}/README.md has no {heading!r} section"
    section = text.split(heading, 1)[1]
    found = re.search(r"^```python\n(.*?)^```", section, re.S | re.M)
    assert found, f"no python block under {heading!r}"
    return found.group(1)


def _client_line(package: str) -> str:
    """The line of the README's fake section that builds the client on the fake."""
    example = _block(package, "## Testing your code with the fake API")
    line = next(ln for ln in example.splitlines() if "http_client=fake" in ln)
    return line.strip()


@pytest.mark.parametrize("package", PACKAGES)
def test_the_body_example_sends_the_same_body_three_ways(package: str) -> None:
    namespace: dict[str, Any] = {"fake": FAKES[package]()}
    fake = namespace["fake"]
    exec(f"from {package} import *\n{_client_line(package)}", namespace)
    exec(_block(package, "## Request bodies"), namespace)
    calls = fake.calls
    assert len(calls) == 3 and {c.status for c in calls} == {200}, calls
    assert calls[0].body == calls[1].body == calls[2].body != {}


@pytest.mark.parametrize("package", PACKAGES)
def test_the_streaming_example_runs(package: str, capsys: Any) -> None:
    namespace: dict[str, Any] = {"fake": FAKES[package]()}
    fake = namespace["fake"]
    exec(f"from {package} import *\n{_client_line(package)}", namespace)
    exec(_block(package, "## Streaming responses"), namespace)
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("200 application/json")
    assert "".join(printed[1:]).strip()  # the body's lines
    assert len(fake.calls) == 1
