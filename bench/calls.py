"""One runtime-benchmark process: N sequential `GET /items/{id}` calls with one client.

    python bench/calls.py KIND BASE_URL N [PACKAGE] [--profile]

KIND is `httpx` (raw `httpx.Client.get` + `raise_for_status` + `.json()`), `ours` (the
clientgen client in PACKAGE: `client.items.get_item(id=...)`, which returns the `Item` model)
or `opc` (the openapi-python-client client in PACKAGE: `get_item.sync(client=..., id=...)`,
which returns its attrs `Item`). Each keeps one connection alive, warms up with 200 calls, then
times N calls; prints one JSON line {"kind", "calls", "per_call_us"}. With --profile, the N calls
run under cProfile instead and the line also holds the top 12 functions by own time, overall
and of the client package's own code. Self-contained (only the
client's own dependencies are imported), so it runs in any interpreter that has them.
"""

from __future__ import annotations

import cProfile
import importlib
import json
import pstats
import re
import sys
import time
from collections.abc import Callable
from typing import Any

WARMUP = 200
ITEM_ID = 12345


PROFILE: list[dict[str, Any]] = []
OWN: list[dict[str, Any]] = []  # functions of the client package itself
SUMS: dict[str, float] = {}


def _timed(call: Callable[[], Any], n: int) -> float:
    for _ in range(WARMUP):
        call()
    profiler = cProfile.Profile() if "--profile" in sys.argv else None
    if profiler:
        profiler.enable()
    started = time.perf_counter()
    for _ in range(n):
        call()
    seconds = time.perf_counter() - started
    if profiler:
        profiler.disable()
        raw: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        by_own = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)
        package = sys.argv[4] if len(sys.argv) > 4 else "-"
        mine = [kv for kv in by_own if f"/{package}/" in kv[0][0]]
        SUMS["package_own_us_per_request"] = sum(v[2] for _, v in mine) / n * 1e6
        SUMS["total_us_per_request"] = seconds / n * 1e6
        for rows, items in ((PROFILE, by_own[:12]), (OWN, mine[:12])):
            for (filename, line, func), (_cc, ncalls, own, cum, _callers) in items:
                where = re.sub(r"^.*/(site-packages|lib/python3\.\d+)/", "", filename)
                where = re.sub(rf"^.*/({re.escape(package)})/", r"\1/", where)
                rows.append(
                    {
                        "function": f"{where}:{line}({func})" if line else func,
                        "calls_per_request": round(ncalls / n, 2),
                        "own_us_per_request": round(own / n * 1e6, 1),
                        "cumulative_us_per_request": round(cum / n * 1e6, 1),
                    }
                )
    return seconds


def run(kind: str, base_url: str, n: int, package: str = "") -> float:
    """Seconds for n calls (after warm-up)."""
    if kind == "httpx":
        import httpx

        with httpx.Client(base_url=base_url) as raw:

            def call() -> Any:
                r = raw.get(f"/items/{ITEM_ID}")
                r.raise_for_status()
                return r.json()

            result = call()
            assert result["id"] == ITEM_ID, result
            return _timed(call, n)
    if kind == "ours":
        pkg = importlib.import_module(package)
        with pkg.BenchClient(base_url=base_url) as client:

            def call() -> Any:
                return client.items.get_item(id=ITEM_ID)

            result = call()
            assert result.id == ITEM_ID and type(result).__name__ == "Item", result
            return _timed(call, n)
    if kind == "opc":
        pkg = importlib.import_module(package)
        get_item = importlib.import_module(f"{package}.api.items.get_item")
        with pkg.Client(base_url=base_url) as client:

            def call() -> Any:
                return get_item.sync(client=client, id=ITEM_ID)

            result = call()
            assert result.id == ITEM_ID and type(result).__name__ == "Item", result
            return _timed(call, n)
    raise SystemExit(f"unknown kind {kind!r}")


def main(argv: list[str]) -> int:
    argv = [a for a in argv if a != "--profile"]
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    kind, base_url, n = argv[0], argv[1], int(argv[2])
    seconds = run(kind, base_url, n, argv[3] if len(argv) == 4 else "")
    out: dict[str, Any] = {"kind": kind, "calls": n, "per_call_us": seconds / n * 1e6}
    if PROFILE:
        out["profile"] = PROFILE
        out["package_profile"] = OWN
        out.update(SUMS)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
