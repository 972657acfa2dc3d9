"""Hypothesis keeps its caches (and would keep its example database) in the system temp
directory, not in the checkout."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import configuration

configuration.set_hypothesis_home_dir(
    Path(tempfile.gettempdir()) / "clientgen-hypothesis"
)
