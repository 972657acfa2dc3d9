"""Profile one generation with cProfile, in one process (the formatter included).

    python -m bench.profiling SPEC OUT_DIR PACKAGE [--workers N] [--top K] [--json OUT]
                              [--display-name NAME] [--client-class NAME]

Runs what `clientgen generate --spec SPEC --out OUT_DIR --package PACKAGE` runs (load →
validate → build → render → format → write), but with `workers=1` by default so that the
validation helper's share (and the syntax checks it takes) is seen in this process. Set
CLIENTGEN_NO_CACHE=1 for a cold-cache profile. Prints (or writes as JSON) the seconds of each
stage, the top K functions by cumulative time and by own time, and this process's peak RSS.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import resource
import sys
import time
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parent.parent) + "/"


# stage name, file (or the package of that name), functions (their cumulative times add
# up; "x*" = any name from x)
STAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("load + validate", "generator/validate.py", ("begin", "finish")),
    ("model cache lookup", "generator/modelcache.py", ("lookup",)),
    ("build the model", "generator/build.py", ("build_api*",)),
    ("render (Jinja2)", "generator/render.py", ("render_modules",)),
    ("format (layout check, black)", "generator/format.py", ("finish",)),
    ("write", "generator/write.py", ("write_package",)),
)


def _stages(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds of each pipeline stage."""
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for name, suffix, funcs in STAGES:
        total, found = 0.0, False
        for func in funcs:
            times = [
                value[3]
                for (filename, _line, fn), value in raw.items()
                if (filename.endswith(suffix) or f"/{suffix[:-3]}/" in filename)
                and (fn.startswith(func[:-1]) if func.endswith("*") else fn == func)
            ]
            if times:
                total += max(times)
                found = True
        if found:
            out[name] = round(total, 3)
    return out


def _rows(stats: pstats.Stats, key: str, top: int) -> list[dict[str, Any]]:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    index = 3 if key == "cumulative" else 2
    items = sorted(raw.items(), key=lambda kv: kv[1][index], reverse=True)
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in items[
        :top
    ]:
        where = re.sub(r"^.*/(site-packages|lib/python3\.\d+)/", "", filename)
        where = where.replace(_ROOT, "")
        rows.append(
            {
                "function": f"{where}:{line}({func})" if line else func,
                "calls": ncalls,
                "own_s": round(tottime, 3),
                "cumulative_s": round(cumtime, 3),
            }
        )
    return rows


def profile(
    spec: Path,
    out: Path,
    package: str,
    workers: int = 1,
    top: int = 10,
    display_name: str | None = None,
    client_class: str | None = None,
) -> dict[str, Any]:
    from generator import pipeline
    from generator.build import ClientConfig
    from generator.config import adhoc_entry
    from generator.pipeline import generate
    from generator.write import write_package

    entry = adhoc_entry(spec, package, client_class)  # as `clientgen generate` makes it
    config = ClientConfig(entry.package, entry.client_class, entry.distribution)
    # The CLI names the spec by its path relative to the working directory, and the
    # validation cache is keyed by that name: use the same one for the cache to hit.
    kwargs: dict[str, Any] = {"display_name": display_name or os.path.relpath(spec)}
    kwargs["workers"] = workers
    kwargs["previous"] = pipeline.read_previous(out)  # as the CLI does
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    result = generate(spec, config, **kwargs)
    write_package(out, result.files)
    profiler.disable()
    wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = pstats.Stats(profiler)
    return {
        "spec": str(spec),
        "workers": workers,
        "wall_s": round(wall, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "operations": len(result.api.operations),
        "files": len(result.files),
        "stages": _stages(stats),
        "cumulative": _rows(stats, "cumulative", top),
        "own": _rows(stats, "own", top),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("package")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--client-class", help="as `clientgen generate --client-class`")
    parser.add_argument(
        "--display-name",
        help="the spec's name as the CLI would give it (default: its relative path)",
    )
    args = parser.parse_args(argv)
    report = profile(
        args.spec,
        args.out,
        args.package,
        args.workers,
        args.top,
        args.display_name,
        args.client_class,
    )
    text = json.dumps(report, indent=1)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
