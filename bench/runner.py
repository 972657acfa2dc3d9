"""`make bench`: clientgen against its peers, whole processes, interleaved; writes the report.

    python -m bench [--quick] [--out FILE] [--keep]

Peers (installed once into their own virtualenv, see bench.peers): openapi-python-client and
openapi-generator-cli (python generator). Every measurement is a fresh `python -m bench.measure`
process timing the generator as a child: wall time and peak RSS of the largest process. Runs are
interleaved (ours, peer, peer, ours-warm, then again), several rounds; we report medians and the
our/peer ratio of each round. Sections: the vendor specs, petstore and GitHub, scaling on
synthetic specs, per-call runtime against a loopback server, import time, and a cProfile of the
generator. `--quick` is a smoke test: one round, no GitHub, small scaling sizes.
"""

# ruff: noqa: RUF001  (the report writes the multiplication sign)
from __future__ import annotations

import argparse
import compileall
import datetime as dt
import hashlib
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench import synth
from bench.peers import Peers, cache_root, ensure_peers
from bench.server import serve

ROOT = Path(__file__).resolve().parent.parent
CLIENTGEN = ROOT / ".venv" / "bin" / "clientgen"
VENDORS = ("tim4biz", "time4vps", "bigtime")
PETSTORE = "node_modules/@readme/oas-examples/3.0/json/petstore.json"
GITHUB = "node_modules/@octokit/openapi/generated/api.github.com.json"
OGC_LEAN = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

OURS_COLD, OURS_WARM, OPC, OGC = "ours-cold", "ours-warm", "opc", "ogc"
OURS_EDITED = "ours-edited"
OURS = (OURS_COLD, OURS_WARM, OURS_EDITED)
PROFILE_MODES = {
    "cold": "cold cache",
    "warm": "warm cache",
    "edited": "warm cache, spec edited",
}
CACHE_STATES = {
    OURS_COLD: "cold cache",
    OURS_WARM: "warm cache",
    OURS_EDITED: "warm cache, spec edited",
}
LABELS = {
    OURS_COLD: "clientgen (cold cache)",
    OURS_WARM: "clientgen (warm cache)",
    OURS_EDITED: "clientgen (warm cache, spec edited)",
    OPC: "openapi-python-client",
    OGC: "openapi-generator (python)",
}


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    quick: bool
    rounds_short: int  # runs of a few seconds
    rounds_long: int  # GitHub
    scaling_sizes: tuple[int, ...]
    scaling_rounds: int
    runtime_calls: int
    runtime_rounds: int
    import_rounds: int
    github: bool

    @staticmethod
    def make(quick: bool) -> Settings:
        if quick:
            return Settings(True, 1, 1, (40, 80, 160), 1, 300, 1, 1, False)
        return Settings(False, 5, 3, (100, 200, 400, 800, 1600), 3, 2000, 7, 7, True)


# --------------------------------------------------------------------------- measuring


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
    commands: list[list[str]]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None
    clean: tuple[Path, ...] = ()  # removed before every run
    prime: bool = False  # one untimed run first (warm cache)
    skip: str = ""  # why this variant does not run here
    max_rounds: int = 0  # fewer rounds than the others (0: as many)
    before: Callable[[], None] | None = None  # run before each run, untimed

    @property
    def label(self) -> str:
        return LABELS.get(self.key, self.key)


@dataclass
class Result:
    variant: Variant
    samples: list[Sample] = field(default_factory=list)
    log: Path | None = None

    @property
    def ok(self) -> list[Sample]:
        return [s for s in self.samples if s.rc == 0]

    @property
    def failed(self) -> bool:
        return bool(self.samples) and any(s.rc != 0 for s in self.samples)

    def median_wall(self) -> float | None:
        ok = self.ok
        return statistics.median(s.wall for s in ok) if ok else None

    def peak_mb(self) -> float | None:
        ok = self.ok
        return max(s.maxrss_mb for s in ok) if ok else None

    def median_cpu(self) -> float | None:
        ok = self.ok
        return statistics.median(s.cpu for s in ok) if ok else None

    def loads(self) -> str:
        values = [s.load for s in self.ok]
        if not values:
            return "—"
        lo, hi = min(values), max(values)
        return f"{lo:.1f}" if round(lo, 1) == round(hi, 1) else f"{lo:.1f}–{hi:.1f}"


class Bench:
    def __init__(self, work: Path, settings: Settings, peers: Peers | None) -> None:
        self.work = work
        self.settings = settings
        self.peers = peers
        self.logs = work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self._n = 0
        self.src = work / "src"
        self.snapshot_digest = snapshot_sources(self.src)

    def src_env(self) -> dict[str, str]:
        """Run our generator from the snapshot (PYTHONPATH beats the editable install)."""
        return {"PYTHONPATH": str(self.src)}

    def measure(self, variant: Variant, log: Path) -> Sample:
        for path in variant.clean:
            shutil.rmtree(path, ignore_errors=True)
        if variant.before is not None:
            variant.before()
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

    def interleaved(
        self, case: str, variants: Sequence[Variant], rounds: int
    ) -> dict[str, Result]:
        """Run the variants A B C A B C ... `rounds` times; a failing variant is not retried."""
        results = {
            v.key: Result(v, log=self.logs / f"{slug(case)}-{v.key}.log")
            for v in variants
        }
        for v in variants:
            if v.prime and not v.skip:
                log = results[v.key].log
                assert log is not None
                self.measure(v, log)
        for r in range(rounds):
            for v in variants:
                res = results[v.key]
                if v.skip or res.failed or (v.max_rounds and r >= v.max_rounds):
                    continue
                assert res.log is not None
                sample = self.measure(v, res.log)
                res.samples.append(sample)
                status = (
                    f"{sample.wall:.2f}s {sample.maxrss_mb:.0f} MB"
                    if sample.rc == 0
                    else f"FAILED rc={sample.rc}"
                )
                print(
                    f"  {case}: round {r + 1}/{rounds} {v.label}: {status}", flush=True
                )
        return results


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


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def pair_ratios(ours: Result, peer: Result) -> list[float]:
    """ours/peer per round (both rounds must have succeeded)."""
    out = []
    for a, b in zip(ours.samples, peer.samples, strict=False):
        if a.rc == 0 and b.rc == 0 and b.wall > 0:
            out.append(a.wall / b.wall)
    return out


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


# --------------------------------------------------------------------------- inputs


def count_operations(spec: Path) -> int:
    text = spec.read_text(encoding="utf-8")
    data = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    paths = data.get("paths") or {}
    return sum(
        1
        for item in paths.values()
        if isinstance(item, dict)
        for m in METHODS
        if isinstance(item.get(m), dict)
    )


def py_lines(directory: Path) -> int:
    total = 0
    for path in directory.rglob("*.py"):
        total += path.read_bytes().count(b"\n")
    return total


def ours_operations(log: Path | None) -> str:
    """'generated/in spec' from our CLI's summary line(s), summed over clients."""
    if log is None or not log.is_file():
        return "?"
    got = spec = 0
    last: dict[str, tuple[int, int]] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\w+): (\d+)/(\d+) operations", line)
        if m:
            last[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    for a, b in last.values():
        got += a
        spec += b
    return f"{got}/{spec}" if last else "?"


def opc_operations(out: Path) -> int:
    return sum(1 for p in out.glob("*/api/**/*.py") if p.name != "__init__.py")


def ogc_operations(out: Path, package: str) -> int:
    pattern = re.compile(r"^    def _\w+_serialize\(", re.M)
    return sum(
        len(pattern.findall(p.read_text(encoding="utf-8")))
        for p in (out / package / "api").glob("*.py")
    )


# --------------------------------------------------------------------------- commands


@dataclass
class Case:
    """One generation case: a spec (or several) and the four variants."""

    name: str
    specs: list[tuple[Path, str, str]]  # (spec, package, client class)
    operations: int
    variants: list[Variant] = field(default_factory=list)
    outs: dict[str, Path] = field(default_factory=dict)  # variant key -> output root
    results: dict[str, Result] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    generated_ops: dict[str, str] = field(default_factory=dict)
    editor: SpecEditor | None = None  # the edited copies of `specs`


def ours_command(spec: Path, out: Path, package: str, cls: str) -> list[str]:
    return [
        str(CLIENTGEN),
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package",
        package,
        "--client-class",
        cls,
    ]


def opc_config(work: Path, package: str) -> Path:
    path = work / "opc-config" / f"{package}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"package_name_override: {package}\nproject_name_override: {package.replace('_', '-')}\n",
        encoding="utf-8",
    )
    return path


def build_case(
    bench: Bench,
    name: str,
    specs: list[tuple[Path, str, str]],
    project: Path | None = None,
    edited: bool = True,
) -> Case:
    """Variants for generating `specs`: ours cold, opc, ogc, ours warm, ours with the spec
    edited before each run (unless not `edited`), in that order."""
    work = bench.work / "out" / slug(name)
    peers = bench.peers
    case = Case(name, specs, sum(count_operations(s) for s, _, _ in specs))
    cold_env = {"CLIENTGEN_NO_CACHE": "1", **bench.src_env()}
    warm_env = {
        "CLIENTGEN_CACHE": str(bench.work / "clientgen-cache"),
        **bench.src_env(),
    }
    runs: list[tuple[str, dict[str, str], list[tuple[Path, str, str]]]] = [
        (OURS_COLD, cold_env, specs),
        (OURS_WARM, warm_env, specs),
    ]
    if edited:
        case.editor = SpecEditor(work / "edited-specs", specs)
        runs.append((OURS_EDITED, warm_env, case.editor.copies))
    for key, env, inputs in runs:
        before = case.editor.next_edit if case.editor and key == OURS_EDITED else None
        if project is not None:  # the configured clients: one `clientgen generate`
            proj = work / key
            write_project(proj, inputs, bench.src / "templates")
            case.outs[key] = proj / "generated"
            commands = [[str(CLIENTGEN), "generate"]]
            cwd: Path | None = proj
        else:
            out = work / key
            case.outs[key] = out
            commands = [ours_command(s, out / pkg, pkg, cls) for s, pkg, cls in inputs]
            cwd = None
        case.variants.append(
            Variant(
                key,
                commands,
                env=env,
                cwd=cwd,
                clean=(case.outs[key],) if key == OURS_COLD else (),
                prime=key != OURS_COLD,
                before=before,
            )
        )
    if peers is not None:
        out = work / OPC
        case.outs[OPC] = out
        case.variants.insert(
            1,
            Variant(
                OPC,
                [
                    [
                        str(peers.opc),
                        "generate",
                        "--path",
                        str(s),
                        "--output-path",
                        str(out / f"opc_{pkg}"),
                        "--config",
                        str(opc_config(bench.work, f"opc_{pkg}")),
                    ]
                    for s, pkg, _ in specs
                ],
                env=peers.env(),
                clean=(out,),
            ),
        )
        out = work / OGC
        case.outs[OGC] = out
        case.variants.insert(
            2,
            Variant(
                OGC,
                [
                    [
                        str(peers.ogc),
                        "generate",
                        "-g",
                        "python",
                        "-i",
                        str(s),
                        "-o",
                        str(out / f"ogc_{pkg}"),
                        "--package-name",
                        f"ogc_{pkg}",
                        "--global-property",
                        OGC_LEAN,
                    ]
                    for s, pkg, _ in specs
                ],
                clean=(out,),
                skip=peers.ogc_problem,
            ),
        )
    return case


class SpecEditor:
    """Copies of specs that change before every run, as a spec under development does:
    `info.version` gets a new suffix and the first operation's description a new sentence.
    Every run is then a new spec to the model cache, while most modules are unchanged."""

    def __init__(self, folder: Path, specs: list[tuple[Path, str, str]]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.edits = 0
        self.sources = [spec for spec, _, _ in specs]
        self.copies = [
            (folder / f"{pkg}{spec.suffix}", pkg, cls) for spec, pkg, cls in specs
        ]
        self.next_edit()

    def next_edit(self) -> None:
        self.edits += 1
        n = self.edits
        for source, (copy, _, _) in zip(self.sources, self.copies, strict=True):
            text = source.read_text(encoding="utf-8")
            data = (
                json.loads(text) if source.suffix == ".json" else yaml.safe_load(text)
            )
            edit_spec(data, n)
            copy.write_text(
                json.dumps(data, indent=2, ensure_ascii=False)
                if source.suffix == ".json"
                else yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                encoding="utf-8",
            )


def edit_spec(data: dict[str, Any], n: int) -> None:
    """Edit number `n`: a new API version and one operation's description changed."""
    info = data.setdefault("info", {})
    info["version"] = f"{info.get('version', '1')}-edit{n}"
    for item in (data.get("paths") or {}).values():
        for method in METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                op["description"] = (
                    f"{op.get('description') or ''}\n\nEdited for benchmark run {n}."
                ).strip()
                return


def write_project(
    proj: Path, specs: list[tuple[Path, str, str]], templates: Path
) -> None:
    """A throw-away project whose [tool.clientgen] names the specs (so `clientgen generate`
    runs as in this repository, but writes outside it)."""
    proj.mkdir(parents=True, exist_ok=True)
    lines = [
        "[tool.clientgen]",
        'output = "generated"',
        f"templates = {json.dumps(str(templates))}",
        "",
    ]
    for spec, pkg, cls in specs:
        lines += [
            f"[tool.clientgen.clients.{pkg}]",
            f"spec = {json.dumps(str(spec))}",
            f'package = "{pkg}"',
            f'client_class = "{cls}"',
            "",
        ]
    (proj / "pyproject.toml").write_text("\n".join(lines), encoding="utf-8")


def run_case(bench: Bench, case: Case, rounds: int) -> None:
    print(f"{case.name}: {case.operations} operations, {rounds} round(s)", flush=True)
    case.results = bench.interleaved(case.name, case.variants, rounds)
    for key, out in case.outs.items():
        res = case.results.get(key)
        if res is None or not res.ok or not out.exists():
            continue
        case.lines[key] = py_lines(out)
        if key in OURS:
            case.generated_ops[key] = ours_operations(res.log)
        elif key == OPC:
            case.generated_ops[key] = f"{opc_operations_all(out)}/{case.operations}"
        elif key == OGC:
            n = sum(
                ogc_operations(out / f"ogc_{pkg}", f"ogc_{pkg}")
                for _, pkg, _ in case.specs
            )
            case.generated_ops[key] = f"{n}/{case.operations}"


def opc_operations_all(out: Path) -> int:
    return sum(opc_operations(d) for d in out.iterdir() if d.is_dir())


# --------------------------------------------------------------------------- sections


@dataclass
class Target:
    section: str
    what: str
    ours: str
    peer: str
    value: float | None
    goal: float
    higher_is_better: bool
    compares: str
    unit: str = "×"

    @property
    def met(self) -> bool | None:
        if self.value is None or math.isnan(self.value):
            return None
        return (
            self.value >= self.goal
            if self.higher_is_better
            else self.value <= self.goal
        )

    def verdict(self) -> str:
        met = self.met
        if met is None:
            return "not measured"
        if met:
            return "**met**"
        v, g = self.value, self.goal
        assert v is not None
        sep = "" if self.unit in ("×", "") else " "
        got = f"{fmt(v, 3)}{sep}{self.unit}"
        if self.higher_is_better:
            short = g / v if v > 0 else math.inf
            return f"**missed**: {got} vs ≥ {fmt(g)}{sep}{self.unit} ({fmt(short, 3)}× short)"
        extra = "" if sep == "" else f"+{fmt(v - g)} {self.unit}, "
        return f"**missed**: {got} vs ≤ {fmt(g)}{sep}{self.unit} ({extra}{fmt(v / g, 3)}× the target)"

    def goal_text(self) -> str:
        op = "≥" if self.higher_is_better else "≤"
        sep = "" if self.unit in ("×", "") else " "
        return f"{op} {fmt(self.goal)}{sep}{self.unit}"


def fmt(x: float | None, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}"


def speedup(ours: Result | None, peer: Result | None) -> float | None:
    """Median over rounds of peer/ours (how many times faster we are)."""
    if ours is None or peer is None:
        return None
    ratios = pair_ratios(ours, peer)
    return median([1 / r for r in ratios if r > 0])


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float | None:
    pts = [
        (math.log(n), math.log(t))
        for n, t in zip(sizes, times, strict=True)
        if t > 0 and n > 0
    ]
    if len(pts) < 2:
        return None
    mx = statistics.fmean(x for x, _ in pts)
    my = statistics.fmean(y for _, y in pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


# --------------------------------------------------------------------------- report helpers


class Report:
    def __init__(self, bench: Bench, corpus: Path) -> None:
        self.bench = bench
        self.corpus = corpus
        self.parts: list[str] = []
        self.targets: list[Target] = []
        self.commands: list[
            tuple[str, list[list[str]], dict[str, str], Path | None]
        ] = []

    def add(self, text: str) -> None:
        self.parts.append(text.rstrip() + "\n")

    def short(self, text: str) -> str:
        peers = self.bench.peers
        subs = [(str(self.bench.work), "$WORK"), (str(self.corpus), "$CORPUS")]
        if peers is not None:
            subs.insert(0, (str(peers.venv), "$PEERS"))
        subs.append((str(ROOT) + "/", ""))
        subs.append((str(ROOT), "."))
        for old, new in subs:
            text = text.replace(old, new)
        return text

    def command_text(self, v: Variant) -> str:
        in_other_dir = v.cwd is not None and v.cwd != ROOT

        def short(text: str) -> str:
            if in_other_dir:  # the repository's relative paths would not hold there
                text = text.replace(str(ROOT), "$REPO")
            return self.short(text)

        def word(text: str) -> str:
            text = short(text)
            return text if re.fullmatch(r"[\w$@%+=:,./-]+", text) else shlex.quote(text)

        env = [f"{k}={word(val)}" for k, val in v.env.items() if k != "PATH"]
        if "PATH" in v.env:
            env.insert(0, "PATH=$PEERS/bin:$PATH")
        cmds = " && ".join(" ".join(word(a) for a in c) for c in v.commands)
        text = " ".join([*env, cmds])
        if in_other_dir:
            text = f"(cd {word(str(v.cwd))} && {text})"
        return text

    def record_commands(self, title: str, variants: Sequence[Variant]) -> None:
        for v in variants:
            self.commands.append((f"{title} — {v.label}", v.commands, v.env, v.cwd))

    def generation_table(self, cases: Sequence[Case]) -> str:
        rows = [
            "| case | operations | generator | median wall s | runs (s) | median CPU s (all processes) | load avg | peak MB (largest process) | lines of .py | lines/op | operations generated |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for case in cases:
            for v in case.variants:
                res = case.results.get(v.key)
                if v.skip:
                    rows.append(
                        f"| {case.name} | {case.operations} | {v.label} | skipped: {v.skip} | | | | | | | |"
                    )
                    continue
                if res is None:
                    continue
                runs = ", ".join(
                    fmt(s.wall) if s.rc == 0 else f"rc={s.rc}" for s in res.samples
                )
                lines = case.lines.get(v.key)
                per_op = lines / case.operations if lines and case.operations else None
                failed = (
                    f" (failed: see `{self.short(str(res.log))}`)" if res.failed else ""
                )
                rows.append(
                    f"| {case.name} | {case.operations} | {v.label} | {fmt(res.median_wall())}{failed} | {runs} | "
                    f"{fmt(res.median_cpu())} | {res.loads()} | {fmt(res.peak_mb())} | {lines if lines is not None else '—'} | {fmt(per_op, 0) if per_op else '—'} | "
                    f"{case.generated_ops.get(v.key, '—')} |"
                )
        return "\n".join(rows)

    def ratio_table(self, cases: Sequence[Case]) -> str:
        rows = [
            "| case | ours | vs peer | ours median s | peer median s | ours/peer per round | median ours/peer | speed-up (peer/ours) |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for case in cases:
            for ours_key in OURS:
                ours = case.results.get(ours_key)
                for peer_key in (OPC, OGC):
                    peer = case.results.get(peer_key)
                    if ours is None or peer is None or not peer.ok:
                        continue
                    ratios = pair_ratios(ours, peer)
                    rows.append(
                        f"| {case.name} | {CACHE_STATES[ours_key]} | {LABELS[peer_key]} | "
                        f"{fmt(ours.median_wall())} | {fmt(peer.median_wall())} | "
                        f"{', '.join(fmt(r) for r in ratios)} | {fmt(median(ratios))} | "
                        f"{fmt(speedup(ours, peer))}× |"
                    )
        return "\n".join(rows)

    def target_table(self, targets: Sequence[Target]) -> str:
        rows = [
            "| target | compares | ours | peer | measured | target | met? |",
            "|---|---|---|---|---|---|---|",
        ]
        for t in targets:
            sep = "" if t.unit in ("×", "") else " "
            rows.append(
                f"| {t.what} | {t.compares} | {t.ours} | {t.peer} | {fmt(t.value)}{sep}{t.unit} | {t.goal_text()} | {t.verdict()} |"
            )
        return "\n".join(rows)


# --------------------------------------------------------------------------- the run


def machine_facts(peers: Peers | None, snapshot: str) -> list[str]:
    def out(cmd: list[str]) -> str:
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, check=False, cwd=ROOT
            )
        except OSError:
            return "unavailable"
        return (
            (proc.stdout or proc.stderr).strip().splitlines()[0]
            if (proc.stdout or proc.stderr).strip()
            else ""
        )

    commit = out(["git", "rev-parse", "--short", "HEAD"])
    dirty = out(
        ["git", "status", "--porcelain", "--", "generator", "templates", "specs"]
    )
    facts = [
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {platform.platform()}; `nproc` = {os.cpu_count()}; memory {mem_total()}",
        f"- load average at start: {load()}",
        f"- python (clientgen, `.venv`): {platform.python_version()} ({sys.executable.replace(str(ROOT) + '/', '')})",
        f"- black: {out([sys.executable, '-m', 'black', '--version'])}",
        f"- clientgen commit: {commit}"
        + (" (generator/templates/specs modified in the work tree)" if dirty else "")
        + f"; our generator ran from a snapshot of `generator/`, `templates/` and `bench/` "
        f"taken at the start (sha256 {snapshot}), with the vendor specs also snapshotted",
    ]
    if peers is not None:
        facts += [
            f"- peers' virtualenv: `{peers.venv}` (python {out([str(peers.python), '-c', 'import platform; print(platform.python_version())'])})",
            f"- openapi-python-client {peers.opc_version}; openapi-generator-cli {peers.ogc_version} "
            f"(bundled jar: `{peers.jar.name if peers.jar else 'none'}`)",
            f"- java: {peers.java_version}",
        ]
    return facts


def mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return "unknown"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def vendor_entries() -> list[tuple[str, str, str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    clients: dict[str, Any] = data["tool"]["clientgen"]["clients"]
    return [
        (clients[n]["spec"], clients[n]["package"], clients[n]["client_class"])
        for n in VENDORS
    ]


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
    bench = Bench(work, settings, peers)
    report = Report(bench, corpus)
    facts = machine_facts(peers, bench.snapshot_digest)
    try:
        sections = run_sections(bench, report, corpus, settings)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    total = time.perf_counter() - started
    text = render(report, settings, facts, sections, total)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(text, encoding="utf-8")
    print(f"wrote {out_path} ({total / 60:.1f} min)")
    for t in report.targets:
        print(
            f"  {t.what}: {fmt(t.value)}{t.unit} (target {t.goal_text()}): {t.verdict().replace('**', '')}"
        )
    return 0


@dataclass
class Sections:
    timings: dict[str, float]
    vendors: list[Case]
    together: Case
    corpus_cases: list[Case]
    scaling: list[Case]
    tiny: Case
    ogc_default: tuple[Sample, int, int] | None
    runtime: dict[str, list[float]]
    runtime_calls: int
    runtime_profile: dict[str, list[dict[str, Any]]]
    imports: dict[str, Result]
    import_profile: dict[str, list[tuple[int, int, int, str]]]
    profiles: list[dict[str, Any]]
    load_end: str


def run_sections(bench: Bench, report: Report, corpus: Path, s: Settings) -> Sections:
    work = bench.work
    timings: dict[str, float] = {}
    last = [time.perf_counter()]

    def mark(section: str) -> None:
        now = time.perf_counter()
        timings[section] = now - last[0]
        last[0] = now

    # Snapshot the inputs: every generator sees the same bytes for the whole run.
    specs_dir = work / "specs"
    specs_dir.mkdir()
    entries: list[tuple[Path, str, str]] = []
    for rel, pkg, cls in vendor_entries():
        target = specs_dir / Path(rel).name
        shutil.copyfile(ROOT / rel, target)
        entries.append((target, pkg, cls))

    # 1. the vendor specs, one by one and all three in one process
    vendors = []
    for vspec, pkg, cls in entries:
        case = build_case(bench, pkg, [(vspec, pkg, cls)])
        run_case(bench, case, s.rounds_short)
        report.record_commands(f"{pkg}", case.variants)
        vendors.append(case)
    together = build_case(bench, "all three vendors", entries, project=work / "project")
    run_case(bench, together, s.rounds_short)
    report.record_commands("all three vendors", together.variants)

    mark("1. vendor specs")

    # 2. the public corpora
    corpus_cases = []
    pet = build_case(
        bench, "petstore.json", [(corpus / PETSTORE, "petstore", "Petstore")]
    )
    run_case(bench, pet, s.rounds_short)
    report.record_commands("petstore.json", pet.variants)
    corpus_cases.append(pet)
    ogc_default = None
    if s.github:
        gh = build_case(
            bench, "api.github.com.json", [(corpus / GITHUB, "github", "GitHub")]
        )
        run_case(bench, gh, s.rounds_long)
        report.record_commands("api.github.com.json", gh.variants)
        corpus_cases.append(gh)
        ogc_default = ogc_with_defaults(bench, report, corpus / GITHUB)

    mark("2. petstore and GitHub")

    # 3. scaling
    scaling = []
    tiny_spec = synth.write(synth.scaling_spec(4), work / "synth" / "ops4.json")
    tiny = build_case(
        bench,
        "synthetic 4 ops (fixed cost)",
        [(tiny_spec, "synth4", "Synth")],
        edited=False,
    )
    run_case(bench, tiny, s.rounds_short)
    for n in s.scaling_sizes:
        sspec = synth.write(synth.scaling_spec(n), work / "synth" / f"ops{n}.json")
        case = build_case(
            bench, f"synthetic {n} ops", [(sspec, f"synth{n}", "Synth")], edited=False
        )
        run_case(bench, case, s.scaling_rounds)
        scaling.append(case)
    report.record_commands(
        f"synthetic N ops (`python -m bench.synth N $WORK/synth/opsN.json`), e.g. N={s.scaling_sizes[-1]}",
        scaling[-1].variants,
    )

    mark("3. scaling")

    # 4. runtime
    runtime, rt_variants, rt_profile = runtime_bench(bench, s)
    mark("4. runtime")
    report.record_commands(
        "runtime spec (`python -m bench.synth --runtime`)", rt_variants
    )

    # 5. imports
    imports, import_profile = import_bench(bench, report, vendors, corpus_cases, s)

    # profile: cold for Time4VPS and the largest spec; warm for the largest spec
    mark("5. import time")
    big = corpus_cases[-1]
    big_title = "GitHub" if s.github else "petstore"
    big_pkg = big.specs[0][1]
    profiles = [
        run_profile(bench, report, "Time4VPS", entries[1]),
        run_profile(bench, report, big_title, big.specs[0]),
        run_profile(
            bench, report, big_title, big.specs[0], big.outs[OURS_WARM] / big_pkg
        ),
    ]
    if big.editor is not None:
        big.editor.next_edit()
        profiles.append(
            run_profile(
                bench,
                report,
                big_title,
                big.editor.copies[0],
                big.outs[OURS_EDITED] / big_pkg,
                mode="edited",
            )
        )
    mark("profiles")
    return Sections(
        timings,
        vendors,
        together,
        corpus_cases,
        scaling,
        tiny,
        ogc_default,
        runtime,
        s.runtime_calls,
        rt_profile,
        imports,
        import_profile,
        profiles,
        load(),
    )


def ogc_with_defaults(
    bench: Bench, report: Report, spec: Path
) -> tuple[Sample, int, int] | None:
    """One run of openapi-generator with its defaults (test stubs and docs too), for lines/op."""
    peers = bench.peers
    if peers is None or peers.ogc_problem:
        return None
    out = bench.work / "out" / "ogc-defaults"
    v = Variant(
        "ogc-defaults",
        [
            [
                str(peers.ogc),
                "generate",
                "-g",
                "python",
                "-i",
                str(spec),
                "-o",
                str(out),
                "--package-name",
                "ogc_github",
            ]
        ],
        clean=(out,),
    )
    report.commands.append(
        (
            "api.github.com.json — openapi-generator with its defaults (1 run, lines/op only)",
            v.commands,
            v.env,
            v.cwd,
        )
    )
    sample = bench.measure(v, bench.logs / "ogc-defaults.log")
    print(f"  openapi-generator defaults on GitHub: {sample.wall:.1f}s", flush=True)
    if sample.rc != 0:
        return None
    lines = py_lines(out)
    pkg_lines = py_lines(out / "ogc_github")
    shutil.rmtree(out, ignore_errors=True)
    return sample, lines, pkg_lines


def runtime_bench(
    bench: Bench, s: Settings
) -> tuple[dict[str, list[float]], list[Variant], dict[str, list[dict[str, Any]]]]:
    peers = bench.peers
    assert peers is not None
    work = bench.work / "runtime"
    spec = synth.write(synth.runtime_spec(), work / "runtime.json")
    ours_out = work / "ours"
    opc_out = work / "opc"
    v_ours = Variant(
        "ours",
        [ours_command(spec, ours_out / "bench_rt", "bench_rt", "BenchClient")],
        env={"CLIENTGEN_NO_CACHE": "1", **bench.src_env()},
    )
    v_opc = Variant(
        "opc",
        [
            [
                str(peers.opc),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(opc_out / "opc_bench_rt"),
                "--config",
                str(opc_config(bench.work, "opc_bench_rt")),
            ]
        ],
        env=peers.env(),
    )
    for v in (v_ours, v_opc):
        sample = bench.measure(v, bench.logs / f"runtime-gen-{v.key}.log")
        if sample.rc != 0:
            raise SystemExit(
                f"runtime benchmark: generating the {v.key} client failed; see {bench.logs}"
            )
    kinds = [
        ("httpx", "", ""),
        ("ours", "bench_rt", str(ours_out / "bench_rt")),
        ("opc", "opc_bench_rt", str(opc_out / "opc_bench_rt")),
    ]
    results: dict[str, list[float]] = {k: [] for k, _, _ in kinds}
    calls = bench.src / "bench" / "calls.py"

    def one(url: str, kind: str, pkg: str, path: str, *extra: str) -> dict[str, Any]:
        proc = subprocess.run(
            [str(peers.python), str(calls), kind, url, str(s.runtime_calls)]
            + ([pkg] if pkg else [])
            + list(extra),
            env=dict(os.environ, PYTHONPATH=path),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise SystemExit(f"runtime benchmark ({kind}) failed:\n{proc.stderr}")
        data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return data

    with serve(
        max_requests=(s.runtime_calls + 1000) * (s.runtime_rounds + 1) * 3 + 10_000
    ) as url:
        for r in range(s.runtime_rounds):
            for kind, pkg, path in kinds:
                us = float(one(url, kind, pkg, path)["per_call_us"])
                results[kind].append(us)
                print(
                    f"  runtime: round {r + 1}/{s.runtime_rounds} {kind}: {us:.0f} µs/call",
                    flush=True,
                )
        _, pkg, path = kinds[1]
        data = one(url, "ours", pkg, path, "--profile")
        profile = {
            "profile": data.get("profile", []),
            "package_profile": data.get("package_profile", []),
            "sums": [
                {
                    key: data.get(key, 0)
                    for key in ("package_own_us_per_request", "total_us_per_request")
                }
            ],
        }
    return results, [v_ours, v_opc], profile


def import_bench(
    bench: Bench,
    report: Report,
    vendors: list[Case],
    corpus_cases: list[Case],
    s: Settings,
) -> tuple[dict[str, Result], dict[str, list[tuple[int, int, int, str]]]]:
    peers = bench.peers
    assert peers is not None
    py = str(peers.python)
    t4 = next(c for c in vendors if c.specs[0][1] == "time4vps")
    items: list[tuple[str, str, Path | None]] = [
        ("python -c pass (interpreter start)", "pass", None),
        ("import httpx", "import httpx", None),
        ("clientgen Time4VPS", "import time4vps", t4.outs[OURS_WARM] / "time4vps"),
        (
            "openapi-python-client Time4VPS",
            "import opc_time4vps",
            t4.outs.get(OPC, Path("-")) / "opc_time4vps",
        ),
        (
            "openapi-generator Time4VPS",
            "import ogc_time4vps",
            t4.outs.get(OGC, Path("-")) / "ogc_time4vps",
        ),
    ]
    gh = next((c for c in corpus_cases if c.specs[0][1] == "github"), None)
    if gh is not None:
        items += [
            ("clientgen GitHub", "import github", gh.outs[OURS_WARM] / "github"),
            (
                "openapi-python-client GitHub",
                "import opc_github",
                gh.outs.get(OPC, Path("-")) / "opc_github",
            ),
            (
                "openapi-generator GitHub",
                "import ogc_github",
                gh.outs.get(OGC, Path("-")) / "ogc_github",
            ),
        ]
    variants = []
    for label, code, path in items:
        skip = ""
        if path is not None and not path.is_dir():
            skip = "that client was not generated"
        v = Variant(
            label,
            [[py, "-c", code]],
            env={"PYTHONPATH": str(path)} if path else {},
            skip=skip,
            prime=True,
            # ~17 s an import: three runs are enough to tell it from ours
            max_rounds=3 if code == "import ogc_github" else 0,
        )
        variants.append(v)
    report.record_commands("import time", variants)
    print(f"import time: {s.import_rounds} round(s)", flush=True)
    results = bench.interleaved("import", variants, s.import_rounds)
    profile: dict[str, list[tuple[int, int, int, str]]] = {}
    # -X importtime of our largest client: which modules the time goes to
    ours = [v for v in variants if v.key.startswith("clientgen") and not v.skip]
    if ours:
        v = ours[-1]
        proc = subprocess.run(
            [py, "-X", "importtime", *v.commands[0][1:]],
            env=dict(os.environ, **v.env),
            capture_output=True,
            text=True,
            check=False,
        )
        rows = []
        for line in proc.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if m:
                rows.append(
                    (int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4))
                )
        profile[v.key] = rows
    return results, profile


def run_profile(
    bench: Bench,
    report: Report,
    title: str,
    entry: tuple[Path, str, str],  # (spec, package, client class)
    warm_out: Path | None = None,
    mode: str = "",
) -> dict[str, Any]:
    """cProfile of one generation in one process: cold cache into a fresh directory, or (with
    `warm_out`) regenerating the warm-cache output with the benchmark's cache populated
    (`mode` "edited": the spec is an edited copy, see SpecEditor). Named as the benchmark's
    own runs name it, so that a warm profile finds what they cached."""
    spec, pkg, cls = entry
    mode = mode or ("warm" if warm_out is not None else "cold")
    out_json = bench.work / f"profile-{pkg}-{mode}.json"
    env = (
        {"CLIENTGEN_CACHE": str(bench.work / "clientgen-cache")}
        if warm_out is not None
        else {"CLIENTGEN_NO_CACHE": "1"}
    )
    v = Variant(
        f"profile {title}",
        [
            [
                sys.executable,
                "-m",
                "bench.profiling",
                str(spec),
                str(warm_out or bench.work / "out" / f"profile-{pkg}"),
                pkg,
                "--client-class",
                cls,
                "--workers",
                "1",
                "--top",
                "10",
                "--json",
                str(out_json),
                "--display-name",
                os.path.relpath(spec, ROOT),  # as `clientgen generate --spec` names it
            ]
        ],
        env={**env, **bench.src_env()},
        cwd=bench.src,
    )
    report.record_commands(f"profile ({mode} cache)", [v])
    print(f"profile {title} ({mode} cache, one process)...", flush=True)
    sample = bench.measure(v, bench.logs / f"profile-{pkg}-{mode}.log")
    data: dict[str, Any] = {
        "title": f"{title}, {PROFILE_MODES[mode]}",
        "sample": sample,
        "mode": mode,
    }
    if sample.rc == 0 and out_json.is_file():
        data.update(json.loads(out_json.read_text(encoding="utf-8")))
    return data


# --------------------------------------------------------------------------- rendering


def render(
    report: Report, s: Settings, facts: list[str], sec: Sections, total: float
) -> str:
    r = report
    r.add("# Benchmarks: clientgen vs openapi-python-client and openapi-generator")
    r.add(
        (
            "Written by `.venv/bin/python -m bench --quick`: a smoke test (one run each, no GitHub, "
            "small scaling); **not** the figures of record"
            if s.quick
            else "Written by `make bench` (`.venv/bin/python -m bench`)"
        )
        + f"; this run took {total / 60:.1f} min. Do not edit by hand."
    )
    r.add("## Machine and method\n")
    r.add("\n".join([*facts, f"- load average at end: {sec.load_end}"]))
    r.add(
        f"""
Every figure is a whole process, started afresh by a small wrapper (`python -m bench.measure`)
that runs the command as its child and reports the wall time and
`getrusage(RUSAGE_CHILDREN).ru_maxrss`: the peak resident set of the **largest** process
(the generator, its worker pool, the JVM). Variants run interleaved (ours cold, openapi-python-client,
openapi-generator, ours warm; then again), {s.rounds_short} round(s) for runs of seconds and {s.rounds_long} for
GitHub; tables give the median and every run, and ratios are taken per round (ours/peer of the
same round), then the median. The machine has 2 cores and other work running on it at times:
single runs vary by ±20% or more; trust ratios over absolute times. The generation tables also give
the CPU time of all the processes of a run (user + system, from the same `getrusage`), which
contention inflates less than wall time, and the 1-minute load average when each run ended (our
own runs add up to 2 to it).

- **cold cache** = `CLIENTGEN_NO_CACHE=1` and an empty output directory: everything (validation,
  black) is done; this is what a first run, CI on a fresh machine, or a changed template costs.
- **warm cache** = the same spec regenerated into the same directory with the cache (a private
  `CLIENTGEN_CACHE` for the benchmark) populated by an earlier run: what `make generate` costs
  when the spec did not change (validation, the built model and the formatted modules all
  come from the cache). The peers have no cache; they always do everything.
- **warm cache, spec edited** = the same, but before every run the spec changes as one under
  development does: a new `info.version` and a new sentence in the first operation's
  description (`bench.runner.edit_spec`, a different edit each run). The model is built
  again, but only the path item the edit touched: every other operation is replayed from the
  journal of the previous build (`generator/journal.py`); openapi-spec-validator re-checks
  only that path item, and only the modules the edit reaches are rendered and formatted
  again. This is what regenerating after a spec change costs.
- The peers write into an emptied directory each run. openapi-generator runs with
  `--global-property {OGC_LEAN}` (no test stubs and docs, which we do not write
  either; that makes it faster than its defaults — a stricter comparison for us).
  openapi-python-client runs with its defaults (it formats its output with `ruff`, as we do with black).
- Inputs are snapshots: the vendor specs are copied into the work directory at the start.
  So is our generator (run with `PYTHONPATH` pointing at the copy), byte-compiled as
  `pip install` leaves an installed package and the peers' packages.
"""
    )

    # ---- section 1
    r.add("## 1. The vendor specs\n")
    r.add(r.generation_table([*sec.vendors, sec.together]))
    r.add("\n" + r.ratio_table([*sec.vendors, sec.together]))
    t4 = next(c for c in sec.vendors if c.specs[0][1] == "time4vps")
    tg = sec.together
    sec1 = [
        Target(
            "1",
            "three vendor clients together: wall time",
            f"{fmt(tg.results[OURS_WARM].median_wall())} s warm",
            "—",
            tg.results[OURS_WARM].median_wall(),
            1.0,
            False,
            "warm cache (`clientgen generate` of all three, nothing changed)",
            "s",
        ),
        Target(
            "1",
            "three vendor clients together: wall time",
            f"{fmt(tg.results[OURS_EDITED].median_wall())} s spec edited",
            "—",
            tg.results[OURS_EDITED].median_wall(),
            1.0,
            False,
            "warm cache, spec edited",
            "s",
        ),
        Target(
            "1",
            "three vendor clients together: wall time",
            f"{fmt(tg.results[OURS_COLD].median_wall())} s cold",
            "—",
            tg.results[OURS_COLD].median_wall(),
            1.0,
            False,
            "cold cache",
            "s",
        ),
    ]
    for key, label in CACHE_STATES.items():
        opc = t4.results.get(OPC)
        sec1.append(
            Target(
                "1",
                "Time4VPS: speed-up over openapi-python-client",
                f"{fmt(t4.results[key].median_wall())} s",
                f"{fmt(opc.median_wall() if opc else None)} s",
                speedup(t4.results[key], opc),
                3.0,
                True,
                label,
            )
        )
    r.add("\n" + r.target_table(sec1))
    r.targets += sec1

    # ---- section 2
    r.add("## 2. Public specs: petstore.json and GitHub's api.github.com.json\n")
    if not s.github:
        r.add("_GitHub skipped (`--quick`)._\n")
    r.add(r.generation_table(sec.corpus_cases))
    r.add("\n" + r.ratio_table(sec.corpus_cases))
    if sec.ogc_default is not None:
        sample, lines, pkg_lines = sec.ogc_default
        gh_ops = sec.corpus_cases[-1].operations
        r.add(
            f"\nopenapi-generator with its **defaults** (test stubs and docs too), one run on GitHub: "
            f"{fmt(sample.wall)} s, peak {fmt(sample.maxrss_mb)} MB, {lines} lines of .py = "
            f"{lines / gh_ops:.0f} lines/op ({pkg_lines / gh_ops:.0f} in the package itself, the rest test stubs)."
        )
    sec2: list[Target] = []
    gh = next((c for c in sec.corpus_cases if c.specs[0][1] == "github"), None)
    if gh is not None:
        for key, label in CACHE_STATES.items():
            ours = gh.results[key]
            for peer_key, goal in ((OPC, 4.0), (OGC, 6.0)):
                peer = gh.results.get(peer_key)
                sec2.append(
                    Target(
                        "2",
                        f"GitHub: speed-up over {LABELS[peer_key]}",
                        f"{fmt(ours.median_wall())} s",
                        f"{fmt(peer.median_wall() if peer else None)} s",
                        speedup(ours, peer),
                        goal,
                        True,
                        label,
                    )
                )
            sec2.append(
                Target(
                    "2",
                    "GitHub: peak memory (largest process)",
                    f"{fmt(ours.peak_mb())} MB",
                    f"opc {fmt(gh.results[OPC].peak_mb() if OPC in gh.results else None)} MB, "
                    f"ogc {fmt(gh.results[OGC].peak_mb() if OGC in gh.results else None)} MB",
                    ours.peak_mb(),
                    200.0,
                    False,
                    label,
                    "MB",
                )
            )
        got = gh.generated_ops.get(OURS_COLD, "?")
        a, _, b = got.partition("/")
        share = int(a) / int(b) if a.isdigit() and b.isdigit() and int(b) else None
        sec2.append(
            Target(
                "2",
                "GitHub: every operation generated",
                got,
                f"opc {gh.generated_ops.get(OPC, '—')}, ogc {gh.generated_ops.get(OGC, '—')}",
                share,
                1.0,
                True,
                "operations generated / in the spec",
                "",
            )
        )
    else:
        sec2.append(
            Target(
                "2", "GitHub targets", "—", "—", None, 4.0, True, "skipped (`--quick`)"
            )
        )
    r.add("\n" + r.target_table(sec2))
    r.targets += sec2

    # ---- section 3
    r.add("## 3. Scaling: synthetic specs\n")
    r.add(
        "Built by `python -m bench.synth N FILE` (`bench/synth.py`): N/4 resources of four operations "
        "(list with query parameters, create with a body, get, replace) and two component schemas each, "
        "ten resources to a tag, so that everything grows in proportion to N. A 4-operation spec measures "
        "the fixed cost (interpreter, imports, JVM start); the growth exponent is the least-squares slope of "
        "log(time) over log(N), fitted both to the raw wall time and to the time net of that fixed cost "
        "(the raw slope understates growth while the fixed cost is a large share). 1.0 = linear.\n"
    )
    r.add(r.generation_table([sec.tiny, *sec.scaling]))
    sizes = [c.operations for c in sec.scaling]
    rows = [
        "| generator | "
        + " | ".join(f"ms/op at {n}" for n in sizes)
        + " | net ms/op at "
        + str(sizes[-1])
        + " | exponent (raw) | exponent (net of fixed cost) |",
        "|---|" + "---|" * (len(sizes) + 3),
    ]
    exps: dict[str, tuple[float | None, float | None]] = {}
    why_no_net: dict[str, str] = {}  # variant -> why no net exponent could be fitted
    for v in sec.scaling[0].variants:
        if v.skip:
            continue
        times = [c.results[v.key].median_wall() for c in sec.scaling]
        fixed = (
            sec.tiny.results[v.key].median_wall() if v.key in sec.tiny.results else None
        )
        if any(t is None for t in times):
            continue
        ts = [t for t in times if t is not None]
        raw = fit_exponent(sizes, ts)
        net_times = [t - fixed for t in ts] if fixed is not None else []
        net = (
            fit_exponent(sizes, net_times)
            if net_times and all(t > 0 for t in net_times)
            else None
        )
        exps[v.key] = (raw, net)
        slower = [
            (n, t) for n, t in zip(sizes, ts, strict=True) if fixed and t <= fixed
        ]
        if net is None and slower and fixed is not None:
            n, t = slower[0]
            why_no_net[v.key] = (
                f"no net exponent: at {n} operations the run ({fmt(t)} s) took no longer "
                f"than the fixed-cost run ({fmt(fixed)} s), so nothing is left to fit"
            )
        per_op = [1000 * t / n for t, n in zip(ts, sizes, strict=True)]
        last_net = 1000 * net_times[-1] / sizes[-1] if net_times else None
        rows.append(
            f"| {v.label} | "
            + " | ".join(fmt(x) for x in per_op)
            + f" | {fmt(last_net)} | {fmt(raw)} | {fmt(net)} |"
        )
    r.add("\n" + "\n".join(rows))
    sec3 = []
    for key, label in ((OURS_COLD, "cold cache"), (OURS_WARM, "warm cache")):
        raw, net = exps.get(key, (None, None))
        peer_txt = ", ".join(
            f"{'opc' if k == OPC else 'ogc'} {fmt(exps[k][1])} (raw {fmt(exps[k][0])})"
            for k in (OPC, OGC)
            if k in exps
        )
        # When a run took no longer than the fixed-cost run, the work that grows with N
        # is within the noise of the fixed cost: no net slope can be fitted, and the raw
        # one is the figure (it understates growth, but there is no growth to see).
        judged = raw if net is None and key in why_no_net else net
        sec3.append(
            Target(
                "3",
                f"growth exponent up to {sizes[-1]} operations (net of fixed cost)",
                f"{fmt(net)} (raw {fmt(raw)})"
                + (
                    f"; {why_no_net[key]}: the raw exponent is the figure"
                    if key in why_no_net
                    else ""
                ),
                peer_txt,
                judged,
                1.1,
                False,
                label,
                "",
            )
        )
    r.add("\n" + r.target_table(sec3))
    r.targets += sec3

    # ---- section 4
    r.add("## 4. Generated-client runtime\n")
    rt = sec.runtime
    r.add(
        f"`GET /items/{{id}}` answering a fixed 20-field JSON object, from a `ThreadingHTTPServer` on "
        f"127.0.0.1 (random port, HTTP/1.1 keep-alive, `bench/server.py`). Each round starts one process "
        f"per client (`python bench/calls.py KIND URL {sec.runtime_calls} [PACKAGE]`, all in the peers' "
        f"interpreter, httpx 0.28.1): 200 warm-up calls, then {sec.runtime_calls} timed calls. Raw httpx = "
        f"`client.get(...)`, `raise_for_status()`, `.json()` (a dict); ours = `client.items.get_item(id=...)` "
        f"(a typed `Item` dataclass; default settings, retries enabled); openapi-python-client = "
        f"`get_item.sync(client=..., id=...)` (an attrs `Item`). {s.runtime_rounds} round(s), interleaved. "
        f"The server runs in the benchmark's own process, so a call's time includes the server's "
        f"(the same for every client).\n"
    )
    rows = [
        "| client | µs/call per round | median µs/call | µs over raw httpx | ratio to raw httpx (median of rounds) |",
        "|---|---|---|---|---|",
    ]
    base = rt.get("httpx", [])
    for kind, label in (
        ("httpx", "raw httpx"),
        ("ours", "clientgen"),
        ("opc", "openapi-python-client"),
    ):
        vals = rt.get(kind, [])
        ratios = [a / b for a, b in zip(vals, base, strict=False) if b > 0]
        rows.append(
            f"| {label} | {', '.join(f'{x:.0f}' for x in vals)} | {fmt(median(vals))} | "
            f"{fmt(median([a - b for a, b in zip(vals, base, strict=False)]))} | {fmt(median(ratios), 3)} |"
        )
    r.add("\n".join(rows))
    ours_ratio = median(
        [a / b for a, b in zip(rt.get("ours", []), base, strict=False) if b > 0]
    )
    opc_ratio = median(
        [a / b for a, b in zip(rt.get("opc", []), base, strict=False) if b > 0]
    )
    sec4 = [
        Target(
            "4",
            "per-call time, ours / raw httpx",
            f"{fmt(median(rt.get('ours', [])))} µs",
            f"httpx {fmt(median(base))} µs; opc {fmt(median(rt.get('opc', [])))} µs ({fmt(opc_ratio, 3)}×)",
            ours_ratio,
            1.10,
            False,
            "same run, interleaved",
        )
    ]
    r.add("\n" + r.target_table(sec4))
    r.targets += sec4
    for key, heading in (
        ("profile", "top 12 functions by own time"),
        (
            "package_profile",
            "top 12 functions of the generated client's own code by own time",
        ),
    ):
        prof_rows = sec.runtime_profile.get(key) or []
        if not prof_rows:
            continue
        r.add(
            f"\ncProfile of our client over {sec.runtime_calls} calls (one extra process, "
            f"`bench/calls.py ours ... --profile`), {heading}, per request "
            "(the profiler inflates small functions; read the shares, not the totals):\n\n"
            "| function | calls/request | own µs/request | cumulative µs/request |\n|---|---|---|---|\n"
            + "\n".join(
                f"| `{row['function']}` | {row['calls_per_request']} | {row['own_us_per_request']} | "
                f"{row['cumulative_us_per_request']} |"
                for row in prof_rows
            )
        )

    # ---- section 5
    r.add("## 5. Import time\n")
    r.add(
        '`python -c "import PKG"` as a whole process (interpreter start included), in the peers\' '
        "interpreter with the package's directory on `PYTHONPATH`; bytecode compiled by one untimed run "
        f"first; {s.import_rounds} round(s) interleaved. Ours and the peers' clients are those generated in sections 1 and 2. "
        "'net' subtracts the median of `python -c pass`.\n"
    )
    imp = sec.imports
    start_t = (
        imp["python -c pass (interpreter start)"].median_wall()
        if "python -c pass (interpreter start)" in imp
        else None
    )
    httpx_t = imp["import httpx"].median_wall() if "import httpx" in imp else None
    rows = [
        "| import | runs (ms) | median ms | net ms | × `import httpx` (whole process) | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    for key, res in imp.items():
        if res.variant.skip:
            rows.append(f"| {key} | skipped: {res.variant.skip} | | | | |")
            continue
        m = res.median_wall()
        rows.append(
            f"| {key} | {', '.join(f'{x.wall * 1000:.0f}' if x.rc == 0 else 'failed' for x in res.samples)} | "
            f"{fmt(m * 1000 if m else None)} | {fmt((m - start_t) * 1000 if m and start_t else None)} | "
            f"{fmt(m / httpx_t if m and httpx_t else None)} | {fmt(res.peak_mb())} |"
        )
    r.add("\n".join(rows))
    sec5 = []
    if "clientgen GitHub" in imp and httpx_t:
        res = imp["clientgen GitHub"]
        m = res.median_wall()
        per_round = [
            a.wall / b.wall
            for a, b in zip(res.samples, imp["import httpx"].samples, strict=False)
            if a.rc == 0 and b.rc == 0
        ]
        peers_txt = ", ".join(
            f"{n.split()[0]} {fmt((imp[n].median_wall() or math.nan) / httpx_t)}×"
            for n in ("openapi-python-client GitHub", "openapi-generator GitHub")
            if n in imp and imp[n].ok
        )
        sec5.append(
            Target(
                "5",
                "import of our GitHub client / `import httpx`",
                f"{fmt(m * 1000 if m else None)} ms",
                peers_txt or "—",
                median(per_round),
                3.0,
                False,
                "whole process, same interpreter, interleaved",
            )
        )
    else:
        sec5.append(
            Target(
                "5",
                "import of our GitHub client / `import httpx`",
                "—",
                "—",
                None,
                3.0,
                False,
                "skipped (`--quick`)",
            )
        )
    r.add("\n" + r.target_table(sec5))
    r.targets += sec5
    for key, imp_rows in sec.import_profile.items():
        if not imp_rows:
            continue
        total_us = max(c for _, c, _, _ in imp_rows)
        top_self = sorted(imp_rows, key=lambda row: row[0], reverse=True)[:10]
        r.add(
            f"\n`python -X importtime -c` for {key} (one run; {total_us / 1000:.0f} ms of imports in all), "
            "top 10 modules by own time:\n\n| module | own ms | cumulative ms |\n|---|---|---|\n"
            + "\n".join(
                f"| `{name}` | {own / 1000:.1f} | {cum / 1000:.1f} |"
                for own, cum, _, name in top_self
            )
        )

    # ---- lines per operation
    r.add("## Lines per operation\n")
    rows = [
        "| spec | operations | clientgen | openapi-python-client | openapi-generator |",
        "|---|---|---|---|---|",
    ]
    for case in [*sec.vendors, *sec.corpus_cases, sec.scaling[-1]]:

        def per(key: str, c: Case = case) -> str:
            n = c.lines.get(key)
            return f"{n / c.operations:.0f} ({n} lines)" if n and c.operations else "—"

        rows.append(
            f"| {case.name} | {case.operations} | {per(OURS_WARM)} | {per(OPC)} | {per(OGC)} |"
        )
    if sec.ogc_default is not None:
        _, d_lines, _ = sec.ogc_default
        gh_ops = sec.corpus_cases[-1].operations
        rows.append(
            f"| api.github.com.json, openapi-generator with its defaults (+ test stubs) | {gh_ops} | | | "
            f"{d_lines / gh_ops:.0f} ({d_lines} lines) |"
        )
    r.add(
        "Lines of every generated `.py` file (package, plus `setup.py`/`test/__init__.py` where a peer writes them) "
        "divided by the operations in the spec; ours from the warm-cache output.\n\n"
        + "\n".join(rows)
    )

    # ---- profile
    r.add("## Profile: where the time goes\n")
    r.add(
        "cProfile of our generator in one process (`python -m bench.profiling SPEC OUT PKG --workers 1`, "
        "`CLIENTGEN_NO_CACHE=1`: cold cache; everything runs in this one process rather than in two, so black's share "
        "shows; black is compiled with mypyc, so its internals appear as the single built-in `black.format_str`). "
        "Wall time under the profiler is higher than in the tables. The warm-cache profile regenerates the "
        "warm-cache output of section 2 with the benchmark's cache populated.\n"
    )
    for p in sec.profiles:
        r.add(profile_text(r, p))

    # ---- summary
    r.add("## Targets: summary\n")
    r.add(r.target_table(r.targets))
    r.add(misses_text(r.targets, sec))

    # ---- where the benchmark's own time went
    r.add("## Duration of this run\n")
    r.add(
        "| section | minutes |\n|---|---|\n"
        + "\n".join(
            f"| {name} | {secs / 60:.1f} |" for name, secs in sec.timings.items()
        )
        + f"\n| total (with setup and report) | {total / 60:.1f} |\n\n"
        "The issue's budget is about 15 minutes. Section 2 (chiefly our cold-cache GitHub runs) and "
        "the profiles (chiefly the one-process cold GitHub profile) take "
        f"{(sec.timings.get('2. petstore and GitHub', 0) + sec.timings.get('profiles', 0)) / 60:.1f} "
        f"of the {total / 60:.1f} minutes; GitHub runs {s.rounds_long} rounds, not {s.rounds_short}, "
        "and openapi-generator's 17-second GitHub import 3 rounds, to keep it near that."
        if not s.quick
        else "| section | minutes |\n|---|---|\n"
        + "\n".join(
            f"| {name} | {secs / 60:.1f} |" for name, secs in sec.timings.items()
        )
    )

    # ---- commands
    r.add("## Exact commands\n")
    cmd_lines = [
        "`$WORK` is the temporary work directory (`$WORK/src`: the snapshot of the generator), "
        "`$REPO` the repository, `$CORPUS` the npm corpus cache "
        "(`tools.corpus.ensure_corpus`), `$PEERS` the peers' virtualenv; paths are relative to the repository. "
        "Each command ran under `python -m bench.measure` (`bench/measure.py`).",
        "",
        "```sh",
        "# the peers' virtualenv (once)",
        f"python3 -m venv $PEERS && $PEERS/bin/python -m pip install {' '.join(shlex.quote(p) for p in peer_pins())}",
    ]
    seen: set[str] = set()
    for title, cmds, env, cwd in r.commands:
        text = r.command_text(Variant("x", cmds, env=env, cwd=cwd))
        if text in seen:
            continue
        seen.add(text)
        cmd_lines += [f"# {title}", text]
    cmd_lines.append("```")
    r.add("\n".join(cmd_lines))
    return "\n".join(r.parts)


def peer_pins() -> tuple[str, ...]:
    from bench.peers import PINS

    return PINS


def profile_text(r: Report, p: dict[str, Any]) -> str:
    title = p["title"]
    if "cumulative" not in p:
        return f"### {title}\n\nprofile failed; see the log.\n"
    stages = p.get("stages", {})
    out = [
        f"### {title} ({p['operations']} operations, {p['files']} files; {p['wall_s']} s under the "
        f"profiler; peak RSS of this one process {p.get('peak_rss_mb', '?')} MB)\n"
    ]
    if stages:
        total = p["wall_s"] or 1
        out.append("| stage | seconds | share |\n|---|---|---|")
        for name, secs in stages.items():
            out.append(f"| {name} | {secs:.2f} | {100 * secs / total:.0f}% |")
        other = total - sum(stages.values())
        out.append(
            f"| other (imports, setup) | {other:.2f} | {100 * other / total:.0f}% |"
        )
        out.append("")
    for key, heading in (
        ("cumulative", "Top 10 by cumulative time"),
        ("own", "Top 10 by own time"),
    ):
        out.append(
            f"{heading}:\n\n| function | calls | own s | cumulative s |\n|---|---|---|---|"
        )
        for row in p[key]:
            out.append(
                f"| `{row['function']}` | {row['calls']} | {row['own_s']} | {row['cumulative_s']} |"
            )
        out.append("")
    return "\n".join(out)


def _profile(sec: Sections, name: str, mode: str) -> dict[str, Any] | None:
    for p in sec.profiles:
        if p.get("mode") == mode and p["title"].startswith(name) and p.get("stages"):
            return p
    return None


def _stage_text(p: dict[str, Any]) -> str:
    wall = float(p["wall_s"]) or 1.0
    stages: dict[str, float] = p["stages"]
    other = wall - sum(stages.values())
    parts = sorted(
        [*stages.items(), ("other", other)], key=lambda kv: kv[1], reverse=True
    )
    return ", ".join(
        f"{name} {secs:.1f} s ({100 * secs / wall:.0f}%)"
        for name, secs in parts
        if secs >= 0.005
    )


def _explain(t: Target, sec: Sections) -> str:
    """What the profile says about one missed target."""
    what = t.what.lower()
    mode = (
        "cold"
        if "cold" in t.compares
        else ("edited" if "edited" in t.compares else "warm")
    )
    spec = "GitHub" if "github" in what else "Time4VPS"
    if "per-call" in what:
        rows = sec.runtime_profile.get("package_profile") or []
        sums = (sec.runtime_profile.get("sums") or [{}])[0]
        ours_us, raw_us = sec.runtime.get("ours", []), sec.runtime.get("httpx", [])
        extra = median([a - b for a, b in zip(ours_us, raw_us, strict=False)])
        own = float(sums.get("package_own_us_per_request", 0))
        total = float(sums.get("total_us_per_request", 0))
        largest = ", ".join(
            f"`{row['function']}` {row['own_us_per_request']} µs" for row in rows[:4]
        )
        return (
            f"Ours costs {fmt(extra)} µs more per call than raw httpx (median of rounds). "
            f"Under the profiler the generated client's own functions take {own:.0f} µs of "
            f"own time per request out of {total:.0f} µs; the largest: {largest}. The rest "
            "of a call is httpx, h11 and the socket, as with raw httpx."
        )
    if "growth exponent" in what:
        return (
            "With a warm cache the fixed cost (interpreter, imports) is most of every run, so "
            "the net-of-fixed-cost slope rests on differences of a few tenths of a second and "
            "is the least stable figure of the report; the raw slope and the ms/op columns "
            "are the better guide."
            if mode == "warm"
            else "See the scaling table: time per operation grows with N."
        )
    if "peak memory" in what:
        p = _profile(sec, spec, "cold")
        single = f"{p['peak_rss_mb']} MB" if p and "peak_rss_mb" in p else "?"
        return (
            f"One process alone (the profiled run, `--workers 1`) peaks at {single}: the parsed spec "
            "(while it is validated and the model built), then the model and every rendered and formatted "
            "file, held until the package is written. With two cores a large package is rendered by two "
            "processes, the second forked once the raw documents are let go; the largest is the first."
        )
    if "import" in what:
        return "See the `-X importtime` table in section 5."
    p = _profile(sec, spec, mode)
    if p is None:
        return "No profile of this case."
    wall = float(p["wall_s"]) or 1.0
    fmt_s = float(p["stages"].get("format (black)", 0.0))
    text = f"The {mode}-cache profile of {spec} ({p['wall_s']} s in one process): {_stage_text(p)}"
    if mode == "cold" and fmt_s:
        rest = {k: v for k, v in p["stages"].items() if k != "format (black)"}
        biggest = max(rest.items(), key=lambda kv: kv[1]) if rest else ("—", 0.0)
        text += (
            f". Black alone is {100 * fmt_s / wall:.0f}% of the work; without it the same run "
            f"would take {wall - fmt_s:.1f} s, the largest part of which is {biggest[0]} "
            f"({biggest[1]:.1f} s)"
        )
    own_rows = p.get("own") or []
    if own_rows:
        text += ". Top own-time items: " + ", ".join(
            f"`{row['function']}` {row['own_s']} s" for row in own_rows[:4]
        )
    return text + "."


def misses_text(targets: Sequence[Target], sec: Sections) -> str:
    missed = [t for t in targets if t.met is False]
    if not missed:
        return "\nEvery measured target is met.\n"
    lines = ["\n### Missed targets: by how much, and what the profile shows\n"]
    for t in missed:
        lines.append(
            f"- **{t.what}** ({t.compares}): {t.verdict().replace('**', '')}. {_explain(t, sec)}"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke test: one run each, no GitHub, small scaling",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="report path (default docs/benchmarks.md; --quick: in the cache)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args(argv)
    settings = Settings.make(args.quick)
    out = args.out or (
        cache_root() / "benchmarks-quick.md"
        if args.quick
        else ROOT / "docs" / "benchmarks.md"
    )
    os.chdir(ROOT)
    return run(settings, out, args.keep)
