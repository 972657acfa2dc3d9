"""The wheel's build hook: the wheel carries the bundled templates compiled ahead of time
(generator/precompiled.py) in generator/_compiled/, which `pip install` byte-compiles with
the rest of the package. (A checkout gets them from `make setup`.)"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompiledTemplates(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, self.root)
        try:
            from generator import precompiled
        finally:
            sys.path.remove(self.root)
        self._folder = Path(tempfile.mkdtemp(prefix="clientgen-build-"))
        store = self._folder / "_compiled"
        precompiled.write(Path(self.root) / "templates", store)
        build_data["force_include"][str(store)] = "generator/_compiled"

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
