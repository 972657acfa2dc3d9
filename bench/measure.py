"""Measurement: whole processes, interleaved rounds, per-round ratios, peak memory.

    python -m bench.measure SPEC.json

SPEC is {"commands": [[argv...], ...], "env": {...}, "cwd": "...", "log": "..."}. The
commands run one after another as children of this process (stdout and stderr to the log);
one JSON line is printed: {"wall": seconds, "cpu": user + system seconds of all the children,
"maxrss_mb": MB, "rc": exit code of the first failure or 0, "load": 1-minute load average at
the end}. The peak is `getrusage(RUSAGE_CHILDREN).ru_maxrss`: the largest resident set of
any waited-for descendant (worker pools and the JVM included). `Measurer.measure` runs this
module as a fresh process for every measurement, so that maxima never carry over from an
earlier one; `Measurer.interleaved` runs variants A B C A B C ... and `speedups` gives the
peer/ours ratio of each round. Only the standard library is imported here.
"""

from __future__ import annotations

import compileall
import hashlib
import io
import json
import math
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- the child


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


# --------------------------------------------------------------------------- the parent


@dataclass(frozen=True)
class Sample:
    wall: float
    maxrss_mb: float
    rc: int
    cpu: float = math.nan  # user + system seconds of every child
    load: float = math.nan  # 1-minute load average when it ended


@dataclass
class Variant:
    key: str
    label: str
    commands: list[list[str]]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None
    clean: tuple[Path, ...] = ()  # emptied before every run (Measurer.discard)
    before: Callable[[], None] | None = None  # run before each run, untimed
    prime: bool = False  # one untimed run first
    skip: str = ""  # why this variant does not run here
    max_rounds: int = 0  # fewer rounds than the others (0: as many)


@dataclass
class Result:
    variant: Variant
    log: Path
    samples: list[Sample] = field(default_factory=list)

    @property
    def ok(self) -> list[Sample]:
        return [s for s in self.samples if s.rc == 0]

    @property
    def failed(self) -> bool:
        return any(s.rc != 0 for s in self.samples)

    def median_wall(self) -> float | None:
        return median([s.wall for s in self.ok])

    def median_cpu(self) -> float | None:
        return median([s.cpu for s in self.ok])

    def peak_mb(self) -> float | None:
        ok = self.ok
        return max(s.maxrss_mb for s in ok) if ok else None

    def loads(self) -> tuple[float, float] | None:
        values = [s.load for s in self.ok]
        return (min(values), max(values)) if values else None


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def speedups(ours: Result | None, peer: Result | None) -> list[float]:
    """peer/ours of each round in which both succeeded (how many times faster we are)."""
    if ours is None or peer is None:
        return []
    return [
        b.wall / a.wall
        for a, b in zip(ours.samples, peer.samples, strict=False)
        if a.rc == 0 and b.rc == 0 and a.wall > 0
    ]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


SNAPSHOT = ("generator", "templates", "bench")


def snapshot_sources(dest: Path) -> str:
    """Copy the generator, its templates and this harness, so that every run of a benchmark
    that lasts many minutes uses the same code even while the work tree is being edited.
    Returns a digest of the copied files."""
    digest = hashlib.sha256()
    for name in SNAPSHOT:
        shutil.copytree(
            ROOT / name,
            dest / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        for path in sorted((dest / name).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(dest)).encode())
                digest.update(path.read_bytes())
    # byte-compiled, as `pip install` leaves an installed package (and the peers' are):
    # with PYTHONDONTWRITEBYTECODE set, every run would otherwise compile it anew
    compileall.compile_dir(str(dest / "generator"), quiet=1)
    return digest.hexdigest()[:12]


def snapshot_commit(dest: Path, commit: str) -> Path | None:
    """The generator and its templates as they were at `commit` (git archive), byte-compiled
    as snapshot_sources leaves ours; None where git cannot give them."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "generator", "templates"],
            capture_output=True,
            check=True,
        )
        dest.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(dest, filter="data")
    except (OSError, subprocess.CalledProcessError, tarfile.TarError):
        return None
    compileall.compile_dir(str(dest / "generator"), quiet=1)
    return dest


class Measurer:
    """Runs variants as whole processes under `python -m bench.measure`."""

    def __init__(self, work: Path, baseline: str = "") -> None:
        self.work = work
        self.logs = work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.src = work / "src"
        self.snapshot_digest = snapshot_sources(self.src)
        # the generator at `baseline` (a commit), for runs compared with ours in one run
        self.baseline = (
            snapshot_commit(work / "baseline", baseline) if baseline else None
        )
        self.trash = work / "trash"
        self._n = 0
        self._discarded = 0

    def discard(self, path: Path) -> None:
        """Move `path` out of the way, into the work folder's trash (deleted with it, at
        the end), rather than delete it now. This machine's ext4 has no journal, and there
        ext4 will not reuse an inode for minutes after its file is deleted: each new file's
        inode is found by scanning past the deleted ones (fs/ext4/ialloc.c,
        recently_deleted). Deleting a run's thousands of files just before the next run
        made that run's file creation 10-30 times slower (6,452 empty files: 0.1 s, and
        2-4 s after as many were deleted), a cost of the harness's cleaning, not of the
        generator, and larger for whichever tool writes more files."""
        if not path.exists() and not path.is_symlink():
            return
        self._discarded += 1
        self.trash.mkdir(parents=True, exist_ok=True)
        try:
            path.rename(self.trash / str(self._discarded))
        except OSError:  # another filesystem
            shutil.rmtree(path, ignore_errors=True)

    def src_env(self) -> dict[str, str]:
        """Run our generator from the snapshot (PYTHONPATH beats the editable install)."""
        return {"PYTHONPATH": str(self.src)}

    def measure(self, variant: Variant, log: Path) -> Sample:
        for path in variant.clean:
            self.discard(path)
        if variant.before is not None:
            variant.before()
        # Every run starts with nothing waiting to be written: what the previous run and
        # the cleaning above left in the page cache is flushed now, not during the next
        # timed run (on this machine's disk that varied a cold GitHub run from 5.6 to 9.2 s).
        os.sync()
        self._n += 1
        spec = self.work / f"measure-{self._n}.json"
        spec.write_text(
            json.dumps(
                {
                    "commands": variant.commands,
                    "env": variant.env,
                    # the repository, as the commands of the report are written
                    "cwd": str(variant.cwd or ROOT),
                    "log": str(log),
                }
            ),
            encoding="utf-8",
        )
        proc = subprocess.run(
            [sys.executable, "-m", "bench.measure", str(spec)],
            cwd=self.src,  # the snapshot's copy
            capture_output=True,
            text=True,
            check=False,
        )
        try:
            data = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(proc.stderr, file=sys.stderr)
            return Sample(math.nan, math.nan, 99)
        return Sample(
            float(data["wall"]),
            float(data["maxrss_mb"]),
            int(data["rc"]),
            float(data["cpu"]),
            float(data["load"]),
        )

    def once(self, variant: Variant) -> Sample:
        """One untimed-in-the-report run (setting something up); its log is kept."""
        return self.measure(variant, self.logs / f"{slug(variant.key)}.log")

    def interleaved(
        self, case: str, variants: Sequence[Variant], rounds: int
    ) -> dict[str, Result]:
        """Run the variants A B C A B C ... `rounds` times; a failing variant is not retried."""
        results = {
            v.key: Result(v, self.logs / f"{slug(case)}-{v.key}.log") for v in variants
        }
        for v in variants:
            if v.prime and not v.skip:
                self.measure(v, results[v.key].log)
        for r in range(rounds):
            for v in variants:
                res = results[v.key]
                if v.skip or res.failed or (v.max_rounds and r >= v.max_rounds):
                    continue
                sample = self.measure(v, res.log)
                res.samples.append(sample)
                status = (
                    f"{sample.wall:.2f}s {sample.maxrss_mb:.0f} MB"
                    if sample.rc == 0
                    else f"FAILED rc={sample.rc} (see {res.log})"
                )
                print(
                    f"  {case}: round {r + 1}/{rounds} {v.label}: {status}", flush=True
                )
        return results


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
