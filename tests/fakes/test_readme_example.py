"""The README of each generated package shows how to test with the fake; the example must run.

The python block under "Testing your code with the fake API" is written to a test file and
run with pytest in a subprocess (outside this repository's pytest configuration), exactly
as a user would paste it, so the documentation cannot rot.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from .conftest import ASYNC_CLIENTS, FAKES, GENERATED, PACKAGES, SYNC_CLIENTS

SECTION = "## Testing your code with the fake API"


def readme_section(package: str) -> str:
    """The text of the README section about the fake, up to the next heading."""
    text = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    assert SECTION in text, f"{package}/README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1]
    following = re.search(r"^#{1,2} ", section, re.MULTILINE)
    return section[: following.start()] if following else section


def readme_example(package: str) -> str:
    """The python code block of that section."""
    found = re.search(r"^```python\n(.*?)^```", readme_section(package), re.S | re.M)
    assert found, f"no python block under {SECTION!r} in {package}/README.md"
    return found.group(1)


@pytest.fixture(scope="module")
def readme_run(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Every README example written to its own test file, all run in one pytest
    subprocess (with its own, empty configuration); the report, one line per test."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    for package in PACKAGES:
        (folder / f"test_readme_{package}.py").write_text(
            readme_example(package), encoding="utf-8"
        )
    prefixes = (*(f"{p.upper()}_" for p in PACKAGES), "PYTEST_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-rA",
            "-p",
            "no:cacheprovider",
            "--continue-on-collection-errors",
            ".",
        ],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout + result.stderr


@pytest.mark.parametrize("package", PACKAGES)
def test_readme_example_runs(package: str, readme_run: str) -> None:
    tests = re.findall(r"^(?:async )?def (test_\w+)", readme_example(package), re.M)
    assert tests, "the example should be a pytest test"
    module = f"test_readme_{package}.py"
    for name in tests:
        assert f"PASSED {module}::{name}" in readme_run, readme_run
    assert not re.search(rf"^(FAILED|ERROR) {module}", readme_run, re.M), readme_run


@pytest.mark.parametrize("package", PACKAGES)
def test_readme_example_uses_the_package_names(package: str) -> None:
    code = readme_example(package)
    section = readme_section(package)
    fake = FAKES[package]
    assert isinstance(fake, type)
    assert f"from {package}.testing import {fake.__name__}" in code
    assert f"{fake.__name__}()" in code
    assert "http_client=fake.http_client()" in code
    assert f"{SYNC_CLIENTS[package].__name__}(" in code
    assert "fake.async_http_client()" in section
    assert ASYNC_CLIENTS[package].__name__ in section


_PLACEHOLDER = re.compile(r"\b(\w+)=\.\.\.\s*[,)]")


@pytest.mark.parametrize(
    "package",
    [
        pytest.param(
            package,
        )
        for package in PACKAGES
    ],
)
def test_readme_example_passes_real_values(package: str) -> None:
    """Arguments in the example are values the API accepts, not `...` placeholders."""
    assert _PLACEHOLDER.findall(readme_example(package)) == []
