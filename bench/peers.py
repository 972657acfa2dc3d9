"""The peers, installed once into their own virtualenv outside the project's dependencies.

The virtualenv lives in the clientgen cache (CLIENTGEN_CACHE, default ~/.cache/clientgen) under
`bench/peers-venv`. It holds, pinned: `openapi-python-client` (PyPI), `openapi-generator-cli`
(PyPI; the wheel bundles `openapi-generator.jar` and runs it on the machine's `java`), and the
runtime dependencies of the clients they generate (`httpx`, `attrs` come with
openapi-python-client; `pydantic`, `python-dateutil`, `urllib3` for openapi-generator's), so
that the runtime and import benchmarks run every client, ours included, in one interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PINS = (
    "openapi-python-client==0.29.1",
    "openapi-generator-cli==7.26.0",
    "httpx==0.28.1",
    "python-dateutil==4.0.0",
    "urllib3==2.8.0",
)


def cache_root() -> Path:
    base = os.environ.get("CLIENTGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "clientgen"
    )
    return Path(base) / "bench"


@dataclass(frozen=True)
class Peers:
    venv: Path
    opc_version: str
    ogc_version: str
    jar: Path | None
    java: str | None
    java_version: str
    ogc_problem: str  # why openapi-generator cannot run here ("" if it can)

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    @property
    def opc(self) -> Path:
        return self.bin / "openapi-python-client"

    @property
    def ogc(self) -> Path:
        return self.bin / "openapi-generator-cli"

    def env(self) -> dict[str, str]:
        """openapi-python-client runs `ruff` from PATH as its formatter: put the venv first."""
        return {"PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}"}


def _java_version(java: str | None) -> str:
    if not java:
        return "not installed"
    proc = subprocess.run(
        [java, "-version"], capture_output=True, text=True, check=False
    )
    lines = (proc.stderr or proc.stdout).strip().splitlines()
    return lines[0] if lines else "unknown"


def _version(python: Path, dist: str) -> str:
    proc = subprocess.run(
        [
            str(python),
            "-c",
            f"import importlib.metadata as m; print(m.version({dist!r}))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() or "missing"


def ensure_peers(log: Path | None = None) -> Peers:
    """Create and fill the peers' virtualenv once (re-done when the pins change)."""
    root = cache_root()
    venv = root / "peers-venv"
    stamp = venv / ".bench-pins.json"
    wanted = json.dumps(list(PINS))
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted):
        if venv.exists():
            shutil.rmtree(venv)
        root.mkdir(parents=True, exist_ok=True)
        out = open(log, "ab") if log else None  # noqa: SIM115
        try:
            subprocess.run(
                [sys.executable, "-m", "venv", str(venv)],
                check=True,
                stdout=out,
                stderr=out,
            )
            subprocess.run(
                [
                    str(venv / "bin" / "python"),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    *PINS,
                ],
                check=True,
                stdout=out,
                stderr=out,
            )
        finally:
            if out:
                out.close()
        stamp.write_text(wanted, encoding="utf-8")
    jars = sorted(venv.glob("lib/python*/site-packages/openapi_generator_cli/*.jar"))
    java = shutil.which("java")
    problem = ""
    if not jars:
        problem = "the openapi-generator-cli wheel holds no jar"
    elif not java:
        problem = "no `java` on this machine"
    python = venv / "bin" / "python"
    return Peers(
        venv=venv,
        opc_version=_version(python, "openapi-python-client"),
        ogc_version=_version(python, "openapi-generator-cli"),
        jar=jars[0] if jars else None,
        java=java,
        java_version=_java_version(java),
        ogc_problem=problem,
    )
