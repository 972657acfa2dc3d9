"""`make bench` / `make bench-full`: clientgen against its peers, whole processes, interleaved.

    python -m bench [--full] [--quick] [--out FILE] [--keep]

By default (`make bench`, about 3 minutes on a 2-core machine) it measures what issue 23's
point 6 asks, side by side with openapi-python-client and openapi-generator: Time4VPS and
GitHub cold, warm and after an edit, and `clientgen check` of the three vendor clients with an
empty cache; the report (docs/benchmarks.md) states each target met or missed. `--full`
(`make bench-full`) adds the other vendor specs, petstore, scaling on synthetic specs, the
generated clients' runtime and import time, and profiles. `--quick` is a smoke test: one
round, no GitHub (with `--full`: small extras too).

The parts: bench.cases (what is run), bench.measure (how: whole processes, interleaved
rounds, per-round ratios, peak memory), bench.extras (the long extras), bench.report and
bench/report.md.j2 (the report, from the typed model of bench.model).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import cases, extras, report
from bench.cases import PETSTORE, SpecFile
from bench.measure import ROOT, Measurer
from bench.peers import Peers, cache_root, ensure_peers
from tools.corpus import GITHUB


@dataclass(frozen=True)
class Settings:
    quick: bool
    full: bool
    rounds_short: int  # runs of a few seconds
    rounds_long: int  # GitHub
    scaling_sizes: tuple[int, ...] = ()
    scaling_rounds: int = 0
    runtime_calls: int = 0
    runtime_rounds: int = 0
    import_rounds: int = 0

    @property
    def github(self) -> bool:
        return not self.quick

    @property
    def mode(self) -> str:
        return (
            " ".join(w for w, on in (("quick", self.quick), ("full", self.full)) if on)
            or "default"
        )

    @staticmethod
    def make(quick: bool, full: bool) -> Settings:
        if quick:
            return Settings(True, full, 1, 1, (40, 80, 160), 1, 300, 1, 1)
        return Settings(False, full, 5, 3, (100, 200, 400, 800, 1600), 3, 2000, 7, 7)


def machine_facts(peers: Peers, snapshot: str) -> list[str]:
    def out(cmd: list[str]) -> str:
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, check=False, cwd=ROOT
            )
        except OSError:
            return "unavailable"
        lines = (proc.stdout or proc.stderr).strip().splitlines()
        return lines[0] if lines else ""

    commit = out(["git", "rev-parse", "--short", "HEAD"])
    dirty = out(
        ["git", "status", "--porcelain", "--", "generator", "templates", "specs"]
    )
    return [
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {platform.platform()}; `nproc` = {os.cpu_count()}; memory {mem_total()}",
        f"- load average at start: {load()}",
        f"- python (clientgen, `.venv`): {platform.python_version()}",
        f"- black: {out([sys.executable, '-m', 'black', '--version'])}",
        f"- clientgen commit: {commit}"
        + (" (generator/templates/specs modified in the work tree)" if dirty else "")
        + f"; our generator ran from a snapshot of `generator/`, `templates/` and `bench/` (sha256 {snapshot})",
        f"- openapi-python-client {peers.opc_version}; openapi-generator-cli {peers.ogc_version} "
        f"(bundled jar: `{peers.jar.name if peers.jar else 'none'}`); java: {peers.java_version}",
    ]


def mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return "unknown"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure_all(
    m: Measurer, peers: Peers, corpus: Path, s: Settings
) -> report.Collected:
    timings: dict[str, float] = {}
    last = [time.perf_counter()]

    def mark(section: str) -> None:
        now = time.perf_counter()
        timings[section] = now - last[0]
        last[0] = now

    vendors = cases.vendor_specs(m.work / "specs")
    t4_spec = next(v for v in vendors if v.package == "time4vps")
    c = report.Collected(
        s.mode,
        s.rounds_short,
        s.rounds_long,
        machine_facts(peers, m.snapshot_digest),
        time4vps=cases.generation_case(m, peers, "time4vps", [t4_spec], baseline=True),
        check=cases.CheckCase("", 0, []),  # measured below
        timings=timings,
    )

    def gen(case: cases.GenCase, rounds: int) -> cases.GenCase:
        cases.run_case(m, case, rounds)
        c.record(case.name, case.variants)
        return case

    if s.full:
        for v in vendors:
            if v is not t4_spec:
                c.vendors.append(
                    gen(cases.generation_case(m, peers, v.package, [v]), s.rounds_short)
                )
        together = cases.generation_case(
            m, peers, "all three vendors", vendors, project=True
        )
        c.vendors.append(gen(together, s.rounds_short))
    gen(c.time4vps, s.rounds_short)
    mark("the vendor specs")
    c.check = cases.check_case(m, vendors, s.rounds_short)
    c.record("clientgen check", c.check.variants)
    mark("clientgen check")
    pet = SpecFile(corpus / PETSTORE, "petstore", "Petstore")
    gh = SpecFile(corpus / GITHUB, "github", "GitHub")
    if s.full:
        c.petstore = gen(
            cases.generation_case(m, peers, "petstore.json", [pet]), s.rounds_short
        )
    if s.github:
        c.github = gen(
            cases.generation_case(m, peers, "api.github.com.json", [gh], baseline=True),
            s.rounds_long,
        )
        mark("GitHub" if not s.full else "petstore and GitHub")
    if not s.full:
        return c
    if s.github:
        c.ogc_defaults = extras.ogc_defaults(m, peers, gh)
        c.record(
            "api.github.com.json, one run",
            c.ogc_defaults.variants if c.ogc_defaults else [],
        )
    c.scaling = extras.scaling(
        m, peers, s.scaling_sizes, s.scaling_rounds, s.rounds_short
    )
    c.record(
        f"synthetic N ops, e.g. N={s.scaling_sizes[-1]}", c.scaling[1][-1].variants
    )
    mark("scaling")
    c.runtime = extras.runtime(m, peers, s.runtime_calls, s.runtime_rounds)
    c.record("runtime spec (`python -m bench.synth --runtime`)", c.runtime.variants)
    mark("runtime")
    clients = [c.time4vps, *([c.github] if c.github else [])]
    c.imports = extras.imports(m, peers, clients, s.import_rounds)
    c.record("import time", c.imports.variants)
    mark("import time")
    big = c.github or c.petstore
    assert big is not None and big.editor is not None
    cold = m.work / "profile"
    for title, spec, out, cache, mode in (
        ("Time4VPS", t4_spec, cold / "out", cold / "cache", "cold"),
        (big.name, big.specs[0], cold / "out", cold / "cache", "cold"),
        (big.name, big.working[0], big.out, big.cache, "warm"),
        (big.name, big.working[0], big.out, big.cache, "edited"),
    ):
        if mode == "edited":
            big.editor.next_edit()
        data, variant = extras.profile(m, title, spec, out, cache, mode)
        c.profiles.append(data)
        c.record(f"profile ({mode})", [variant])
    mark("profiles")
    return c


def run(settings: Settings, out_path: Path, keep: bool) -> int:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="clientgen-bench-"))
    print(f"work dir: {work}", flush=True)
    from tools.corpus import ensure_corpus

    corpus = ensure_corpus(with_github=settings.github)
    peers = ensure_peers(work / "peers-install.log")
    print(
        f"peers: openapi-python-client {peers.opc_version}, openapi-generator-cli {peers.ogc_version}; "
        f"{peers.java_version}{'; openapi-generator skipped: ' + peers.ogc_problem if peers.ogc_problem else ''}",
        flush=True,
    )
    try:
        m = Measurer(work, cases.BASELINE_COMMIT)
        collected = measure_all(m, peers, corpus, settings)
        collected.facts.append(f"- load average at end: {load()}")
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    minutes = (time.perf_counter() - started) / 60
    subs = [(str(peers.venv), "$PEERS"), (str(work), "$WORK"), (str(corpus), "$CORPUS")]
    subs += [(str(ROOT) + "/", ""), (str(ROOT), ".")]
    model = report.build(collected, minutes, subs)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(report.render(model), encoding="utf-8")
    print(f"wrote {out_path} ({minutes:.1f} min)")
    for t in model.targets:
        print(f"  {t.what}: {t.measured} (target {t.goal_text}): {t.verdict}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--full", action="store_true", help="the long extras too (make bench-full)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke test: one round, no GitHub"
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="report path (default docs/benchmarks.md; --quick: in the cache)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    settings = Settings.make(args.quick, args.full)
    out = args.out or (
        cache_root() / "benchmarks-quick.md"
        if args.quick
        else ROOT / "docs" / "benchmarks.md"
    )
    os.chdir(ROOT)
    return run(settings, out, args.keep)
