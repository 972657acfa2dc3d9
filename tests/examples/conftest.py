"""Fixtures of the example tests: the small specs' packages, generated once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.examples._packages import SPECS, generated


@pytest.fixture(scope="session")
def extra(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packages of `_packages.SPECS`, each at extra/NAME/NAME (its distribution)."""
    folder = tmp_path_factory.mktemp("examples")
    for name, document in SPECS.items():
        generated(document, name, folder / name)
    return folder
