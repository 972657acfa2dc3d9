"""A model module never takes a builtin's name: importing `models/getattr.py` would bind
`getattr` in `models/__init__`, whose lazy `__getattr__` calls the builtin (found by the
random-documents fuzz test: "TypeError: 'module' object is not callable")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.write import write_package


def test_models_named_like_builtins_import(tmp_path: Path) -> None:
    names = ["Getattr", "Globals", "Filter", "Importlib", "Sorted"]
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                n: {"type": "object", "properties": {"x": {"type": "string"}}}
                for n in names
            }
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    files = generate(path, ClientConfig("shadow", "Shadow")).files
    modules = {p.rsplit("/", 1)[1] for p in files if p.startswith("shadow/models/")}
    assert not {"getattr.py", "globals.py", "filter.py", "sorted.py"} & modules
    write_package(tmp_path / "dist", files)
    probe = (
        "import shadow.models as m\n"
        + "".join(f"assert m.{n}.from_dict({{'x': 'v'}}).x == 'v'\n" for n in names)
        + "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path / "dist",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
