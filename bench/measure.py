"""Time whole processes: wall time and the peak RSS of the largest process.

    python -m bench.measure SPEC.json

SPEC is {"commands": [[argv...], ...], "env": {...}, "cwd": "...", "log": "..."}. The
commands run one after another as children of this process (stdout and stderr to the log);
one JSON line is printed: {"wall": seconds, "cpu": user + system seconds of all the children,
"maxrss_mb": MB, "rc": exit code of the first failure or 0, "load": 1-minute load average at
the end}. The peak is `getrusage(RUSAGE_CHILDREN).ru_maxrss`: the largest resident set of
any waited-for descendant (worker pools and the JVM included). Run this module as a fresh
process for every measurement, so that maxima never carry over from an earlier one.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path


def run(spec: dict[str, object]) -> dict[str, float | int]:
    commands = spec["commands"]
    assert isinstance(commands, list)
    env = dict(os.environ)
    extra = spec.get("env") or {}
    assert isinstance(extra, dict)
    env.update({str(k): str(v) for k, v in extra.items()})
    cwd = spec.get("cwd")
    log_path = spec.get("log")
    rc = 0
    with open(str(log_path) if log_path else os.devnull, "ab") as log:
        started = time.perf_counter()
        for argv in commands:
            proc = subprocess.run(
                [str(a) for a in argv],
                env=env,
                cwd=str(cwd) if cwd else None,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
            )
            if proc.returncode != 0:
                rc = proc.returncode
                break
        wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024.0,  # KiB on Linux
        "rc": rc,
        "load": os.getloadavg()[0],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    print(json.dumps(run(spec)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
