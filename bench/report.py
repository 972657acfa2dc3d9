"""The report: a typed model (bench.model) built from one run, laid out by report.md.j2."""

# ruff: noqa: RUF001  (the multiplication sign)
from __future__ import annotations

import math
import re
import shlex
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from bench import model
from bench.cases import (
    BASE_OF,
    BASELINE_COMMIT,
    CHECK_EMPTY,
    LABELS,
    OGC,
    OGC_LEAN,
    OPC,
    OURS,
    OURS_COLD,
    OURS_EDITED,
    OURS_WARM,
    STATES,
    CheckCase,
    GenCase,
)
from bench.extras import HTTPX, START, ImportData, OgcDefaults, RuntimeData
from bench.measure import ROOT, Result, Variant, median, speedups
from bench.peers import PINS

# "Warm and after-an-edit no worse than today's report": the speed-ups over
# openapi-python-client (median of per-round ratios) of docs/benchmarks.md on main when
# issue 23 was filed (`make bench` at BASELINE_COMMIT).
BASELINE_SOURCE = f"docs/benchmarks.md of `make bench` at {BASELINE_COMMIT}"
BASELINE = {
    ("time4vps", OURS_WARM): 7.71,
    ("time4vps", OURS_EDITED): 3.24,
    ("github", OURS_WARM): 16.2,
    ("github", OURS_EDITED): 6.59,
}


@dataclass
class Collected:
    """Everything one run measured (the extras only with --full)."""

    mode: str
    rounds_short: int
    rounds_long: int
    facts: list[str]
    time4vps: GenCase
    check: CheckCase
    github: GenCase | None = None
    vendors: list[GenCase] = field(default_factory=list)  # --full: the others
    petstore: GenCase | None = None
    ogc_defaults: OgcDefaults | None = None
    scaling: tuple[GenCase, list[GenCase]] | None = None
    runtime: RuntimeData | None = None
    imports: ImportData | None = None
    profiles: list[dict[str, Any]] = field(default_factory=list)
    commands: list[tuple[str, Variant]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def record(self, title: str, variants: Iterable[Variant]) -> None:
        """Keep the commands of `variants`, for the report's list of what ran."""
        self.commands += [(title, v) for v in variants]


def render(report: model.Report) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["fmt"] = model.fmt
    env.filters["pct"] = lambda share: f"{100 * share:.0f}%"
    text = env.get_template("report.md.j2").render(r=report)
    return re.sub(r"\n{3,}", "\n\n", text)


# --------------------------------------------------------------------------- cases


def run_of(res: Result, case: GenCase | None = None, who: str = "") -> model.Run:
    lines = case.lines.get(who) if case else None
    loads = res.loads()
    return model.Run(
        label=res.variant.label,
        skip=res.variant.skip,
        walls=[s.wall if s.rc == 0 else None for s in res.samples],
        median_wall=res.median_wall(),
        median_cpu=res.median_cpu(),
        loads=loads,
        peak_mb=res.peak_mb(),
        failed_log=str(res.log) if res.failed else "",
        lines=lines,
        lines_per_op=lines / case.operations
        if case and lines and case.operations
        else None,
        generated_ops=case.generated_ops.get(who, "—") if case else "—",
    )


def case_of(case: GenCase) -> model.Case:
    runs = []
    for v in case.variants:
        who = "ours" if v.key in OURS else v.key
        runs.append(run_of(case.results[v.key], case, who))
    ratios = []
    for state in OURS:
        ours = case.results.get(state)
        for peer_key in (OPC, OGC):
            peer = case.results.get(peer_key)
            if ours is None or peer is None or not peer.ok:
                continue
            per_round = speedups(ours, peer)
            ratios.append(
                model.Ratio(
                    STATES[state],
                    LABELS[peer_key],
                    ours.median_wall(),
                    peer.median_wall(),
                    per_round,
                    median(per_round),
                )
            )
    return model.Case(case.name, case.operations, runs, ratios)


def seconds(res: Result | None) -> str:
    wall = res.median_wall() if res else None
    return "—" if wall is None else f"{model.fmt(wall)} s"


def speedup_target(
    case: GenCase | None, state: str, goal: float, what: str
) -> model.Target:
    ours = case.results.get(state) if case else None
    peer = case.results.get(OPC) if case else None
    return model.Target(
        what,
        f"{STATES[state]}, per-round ratio to openapi-python-client",
        seconds(ours),
        seconds(peer),
        median(speedups(ours, peer)),
        goal,
        True,
    )


def point6(c: Collected) -> list[model.Target]:
    """The targets of issue 23, point 6, from this run's figures."""
    gh, t4 = c.github, c.time4vps
    targets = [
        speedup_target(
            gh, OURS_COLD, 2.0, "GitHub cold: speed-up over openapi-python-client"
        ),
        speedup_target(gh, OURS_COLD, 4.0, "GitHub cold (stretch): speed-up over opc"),
        speedup_target(
            t4, OURS_COLD, 3.0, "Time4VPS cold: speed-up over openapi-python-client"
        ),
    ]
    check = c.check.results[CHECK_EMPTY]
    targets.append(
        model.Target(
            f"`clientgen check` of {c.check.name}, empty cache: median wall time",
            "whole process, cache emptied before each run",
            seconds(check),
            "—",
            check.median_wall(),
            1.0,
            False,
            "s",
        )
    )
    peaks = {k: gh.results[k].peak_mb() for k in OURS if k in gh.results} if gh else {}
    known = [p for p in peaks.values() if p is not None]
    targets.append(
        model.Target(
            "GitHub: peak memory (largest process) of any of our runs",
            "cold, warm and after an edit",
            ", ".join(f"{STATES[k]} {model.fmt(p)} MB" for k, p in peaks.items())
            or "—",
            f"opc {model.fmt(gh.results[OPC].peak_mb() if gh and OPC in gh.results else None)} MB",
            max(known) if known else None,
            200.0,
            False,
            "MB",
        )
    )
    for (name, state), goal in BASELINE.items():
        case = gh if name == "github" else t4
        title = "GitHub" if name == "github" else "Time4VPS"
        targets.append(
            speedup_target(
                case, state, goal, f"{title} {STATES[state]}: no worse than today"
            )
        )
        targets.append(same_run_target(case, state, title))
    return targets


def same_run_target(case: GenCase | None, state: str, title: str) -> model.Target:
    """Ours against the generator at BASELINE_COMMIT, measured in the same rounds."""
    ours = case.results.get(state) if case else None
    base = case.results.get(BASE_OF[state]) if case else None
    return model.Target(
        f"{title} {STATES[state]}: no slower than clientgen at {BASELINE_COMMIT}, "
        "in this run",
        f"{STATES[state]}, per-round ratio to clientgen at {BASELINE_COMMIT}",
        seconds(ours),
        seconds(base),
        median(speedups(ours, base)),
        1.0,
        True,
    )


# --------------------------------------------------------------------------- extras


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float | None:
    """Least-squares slope of log(time) over log(size)."""
    pts = [
        (math.log(n), math.log(t)) for n, t in zip(sizes, times, strict=True) if t > 0
    ]
    if len(pts) < 2:
        return None
    mx = statistics.fmean(x for x, _ in pts)
    my = statistics.fmean(y for _, y in pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def scaling_of(tiny: GenCase, cases: list[GenCase]) -> model.Scaling:
    sizes = [c.operations for c in cases]
    rows, targets = [], []
    for v in cases[0].variants:
        times = [c.results[v.key].median_wall() for c in cases]
        if v.skip or any(t is None for t in times):
            continue
        ts = [t for t in times if t is not None]
        fixed = tiny.results[v.key].median_wall()
        net = [t - fixed for t in ts] if fixed is not None else []
        raw_exp = fit_exponent(sizes, ts)
        net_exp = fit_exponent(sizes, net) if net and min(net) > 0 else None
        rows.append(
            model.ScalingRow(
                v.label,
                [1000 * t / n for t, n in zip(ts, sizes, strict=True)],
                1000 * net[-1] / sizes[-1] if net else None,
                raw_exp,
                net_exp,
            )
        )
        if v.key in (OURS_COLD, OURS_WARM):
            # no net slope when a run took no longer than the fixed cost: the raw one is judged
            judged = net_exp if net_exp is not None else raw_exp
            targets.append(
                model.Target(
                    f"growth exponent up to {sizes[-1]} operations",
                    f"{STATES[v.key]}, net of the fixed cost (raw if none)",
                    f"{model.fmt(net_exp)} (raw {model.fmt(raw_exp)})",
                    "—",
                    judged,
                    1.1,
                    False,
                    "",
                )
            )
    return model.Scaling(sizes, [case_of(c) for c in (tiny, *cases)], rows, targets)


def runtime_of(rt: RuntimeData) -> model.Runtime:
    base = rt.per_call_us["httpx"]
    rows = []
    for kind, label in (
        ("httpx", "raw httpx"),
        ("ours", "clientgen"),
        ("opc", "openapi-python-client"),
    ):
        vals = rt.per_call_us[kind]
        rows.append(
            model.RuntimeRow(
                label,
                vals,
                median(vals),
                median([a - b for a, b in zip(vals, base, strict=False)]),
                median([a / b for a, b in zip(vals, base, strict=False) if b > 0]),
            )
        )
    ours = rows[1]
    target = model.Target(
        "per-call time, ours / raw httpx",
        "same run, interleaved",
        f"{model.fmt(ours.median_us)} µs",
        f"opc {model.fmt(rows[2].ratio_to_httpx, 3)}×",
        ours.ratio_to_httpx,
        1.10,
        False,
    )
    profiles = [
        ("top 12 functions by own time", list(rt.profile.get("profile", []))),
        (
            "top 12 functions of the generated client's own code",
            list(rt.profile.get("package_profile", [])),
        ),
    ]
    return model.Runtime(rt.calls, rt.rounds, rows, [target], profiles)


def imports_of(data: ImportData) -> model.Imports:
    res = data.results
    start = res[START].median_wall() if START in res else None
    httpx = res[HTTPX].median_wall() if HTTPX in res else None
    rows = []
    for key, r in res.items():
        m = r.median_wall()
        rows.append(
            model.ImportRow(
                key,
                r.variant.skip,
                [s.wall * 1000 if s.rc == 0 else None for s in r.samples],
                m * 1000 if m is not None else None,
                (m - start) * 1000 if m is not None and start is not None else None,
                m / httpx if m is not None and httpx else None,
                r.peak_mb(),
            )
        )
    targets = []
    ours = [k for k in res if k.startswith("clientgen") and res[k].ok]
    if ours and HTTPX in res:
        largest = res[ours[-1]]
        per_round = speedups(res[HTTPX], largest)  # ours/httpx of each round
        targets.append(
            model.Target(
                f"import of {ours[-1]} / `import httpx`",
                "whole process, same interpreter, interleaved",
                f"{model.fmt((largest.median_wall() or math.nan) * 1000)} ms",
                "—",
                median(per_round),
                3.0,
                False,
            )
        )
    total = max((cum for _, cum, _ in data.importtime), default=0)
    top = sorted(data.importtime, reverse=True)[:10]
    return model.Imports(
        data.rounds,
        rows,
        targets,
        data.importtime_label,
        total / 1000,
        [(name, own / 1000, cum / 1000) for own, cum, name in top],
    )


def profile_of(p: dict[str, Any]) -> model.Profile:
    title = f"{p['title']}, {p['mode']}"
    if not p.get("ok"):
        return model.Profile(title, False)
    wall = float(p["wall_s"]) or 1.0
    stages = [(name, float(s), float(s) / wall) for name, s in p["stages"].items()]
    other = wall - sum(s for _, s, _ in stages)
    stages.append(("other (imports, setup)", other, other / wall))
    return model.Profile(
        title,
        True,
        int(p["operations"]),
        int(p["files"]),
        wall,
        float(p.get("peak_rss_mb", math.nan)),
        stages,
        list(p["cumulative"]),
        list(p["own"]),
    )


def lines_of(c: Collected) -> list[model.LinesRow]:
    cases = [*c.vendors, c.time4vps, *([c.petstore] if c.petstore else [])]
    cases += [c.github] if c.github else []
    cases += [c.scaling[1][-1]] if c.scaling else []
    rows = []
    for case in cases:

        def per(key: str, case: GenCase = case) -> str:
            n = case.lines.get(key)
            return (
                f"{n / case.operations:.0f} ({n} lines)"
                if n and case.operations
                else "—"
            )

        rows.append(
            model.LinesRow(case.name, case.operations, per("ours"), per(OPC), per(OGC))
        )
    d = c.ogc_defaults
    if d is not None and c.github is not None:
        ops = c.github.operations
        rows.append(
            model.LinesRow(
                f"{c.github.name}, openapi-generator with its defaults (+ test stubs)",
                ops,
                "",
                "",
                f"{d.lines / ops:.0f} ({d.lines} lines; {d.package_lines / ops:.0f} in the package)",
            )
        )
    return rows


# --------------------------------------------------------------------------- commands


def command_text(v: Variant, subs: list[tuple[str, str]]) -> str:
    elsewhere = v.cwd is not None and v.cwd != ROOT

    def word(text: str) -> str:
        if elsewhere:  # the repository's relative paths would not hold there
            text = text.replace(str(ROOT), "$REPO")
        for old, new in subs:
            text = text.replace(old, new)
        return text if re.fullmatch(r"[\w$@%+=:,./-]+", text) else shlex.quote(text)

    env = [f"{k}={word(val)}" for k, val in v.env.items() if k != "PATH"]
    if "PATH" in v.env:
        env.insert(0, "PATH=$PEERS/bin:$PATH")
    text = " ".join(
        [*env, " && ".join(" ".join(word(a) for a in c) for c in v.commands)]
    )
    return f"(cd {word(str(v.cwd))} && {text})" if elsewhere else text


def build(c: Collected, minutes: float, subs: list[tuple[str, str]]) -> model.Report:
    vendors = [case_of(x) for x in (*c.vendors, c.time4vps)]
    public = [case_of(x) for x in (c.petstore, c.github) if x is not None]
    notes = []
    if c.ogc_defaults is not None and c.github is not None:
        d, ops = c.ogc_defaults, c.github.operations
        notes.append(
            f"openapi-generator with its **defaults** (test stubs and docs too), one run on "
            f"GitHub: {model.fmt(d.sample.wall)} s, peak {model.fmt(d.sample.maxrss_mb)} MB, "
            f"{d.lines / ops:.0f} lines/op ({d.package_lines / ops:.0f} in the package itself)."
        )
    check = model.Case(
        c.check.name, c.check.operations, [run_of(r) for r in c.check.results.values()]
    )
    sections = [
        model.Section("The vendor specs", "", vendors),
        model.Section("`clientgen check` of the vendor clients", "check", [check]),
        model.Section(
            "Public specs" if c.petstore else "GitHub's api.github.com.json",
            "github" if c.github else "no-github",
            public,
            notes=notes,
        ),
    ]
    titles: dict[
        str, list[str]
    ] = {}  # command line -> what ran it (one line, many uses)
    for title, v in c.commands:
        titles.setdefault(command_text(v, subs), []).append(f"{title} — {v.label}")
    commands = [("; ".join(names), text) for text, names in titles.items()]
    return model.Report(
        mode=c.mode,
        minutes=minutes,
        facts=c.facts,
        rounds_short=c.rounds_short,
        rounds_long=c.rounds_long,
        ogc_lean=OGC_LEAN,
        baseline=BASELINE_SOURCE,
        baseline_commit=BASELINE_COMMIT,
        targets=point6(c),
        sections=sections,
        scaling=scaling_of(*c.scaling) if c.scaling else None,
        runtime=runtime_of(c.runtime) if c.runtime else None,
        imports=imports_of(c.imports) if c.imports else None,
        lines=lines_of(c),
        profiles=[profile_of(p) for p in c.profiles],
        timings=list(c.timings.items()),
        pins=list(PINS),
        commands=commands,
    )
