"""The typed result model the report template (bench/report.md.j2) is fed.

Every figure here comes from one run; bench.report builds the model from what bench.cases
and bench.extras measured, and the template only lays it out.
"""

# ruff: noqa: RUF001  (the multiplication sign)
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


def fmt(x: float | None, digits: int = 2) -> str:
    if x is None or math.isnan(x):
        return "—"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}"


@dataclass(frozen=True)
class Target:
    what: str
    compares: str
    ours: str  # our figure, as shown
    peer: str  # the peer's, as shown
    value: float | None  # what is judged
    goal: float
    higher_is_better: bool
    unit: str = "×"

    @property
    def met(self) -> bool | None:
        if self.value is None or math.isnan(self.value):
            return None
        if self.higher_is_better:
            return self.value >= self.goal
        return self.value <= self.goal

    def _with_unit(self, x: float, digits: int = 2) -> str:
        sep = "" if self.unit in ("×", "") else " "
        return f"{fmt(x, digits)}{sep}{self.unit}"

    @property
    def measured(self) -> str:
        return "—" if self.value is None else self._with_unit(self.value)

    @property
    def goal_text(self) -> str:
        return f"{'≥' if self.higher_is_better else '≤'} {self._with_unit(self.goal)}"

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "not measured"
        if self.met:
            return "met"
        assert self.value is not None
        if self.higher_is_better:
            short = self.goal / self.value if self.value > 0 else math.inf
            return f"missed ({fmt(short, 3)}× short)"
        return f"missed ({fmt(self.value / self.goal, 3)}× the target)"


@dataclass(frozen=True)
class Run:
    """One variant of a case: every round, and their medians."""

    label: str
    skip: str
    walls: list[float | None]  # None: that run failed
    median_wall: float | None
    median_cpu: float | None
    loads: tuple[float, float] | None
    peak_mb: float | None
    failed_log: str  # where to look, if a run failed
    lines: int | None = None
    lines_per_op: float | None = None
    generated_ops: str = "—"


@dataclass(frozen=True)
class Ratio:
    """Ours against a peer: peer/ours of each round, and their median."""

    state: str
    peer: str
    ours_median: float | None
    peer_median: float | None
    per_round: list[float]
    median: float | None


@dataclass(frozen=True)
class Case:
    name: str
    operations: int
    runs: list[Run]
    ratios: list[Ratio] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    cases: list[Case]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ScalingRow:
    label: str
    ms_per_op: list[float]
    net_ms_per_op: float | None
    exponent_raw: float | None
    exponent_net: float | None


@dataclass(frozen=True)
class Scaling:
    sizes: list[int]
    cases: list[Case]
    rows: list[ScalingRow]
    targets: list[Target]


@dataclass(frozen=True)
class RuntimeRow:
    label: str
    per_round_us: list[float]
    median_us: float | None
    over_httpx_us: float | None
    ratio_to_httpx: float | None


@dataclass(frozen=True)
class Runtime:
    calls: int
    rounds: int
    rows: list[RuntimeRow]
    targets: list[Target]
    profiles: list[tuple[str, list[dict[str, Any]]]]  # heading, rows


@dataclass(frozen=True)
class ImportRow:
    label: str
    skip: str
    runs_ms: list[float | None]
    median_ms: float | None
    net_ms: float | None
    times_httpx: float | None
    peak_mb: float | None


@dataclass(frozen=True)
class Imports:
    rounds: int
    rows: list[ImportRow]
    targets: list[Target]
    importtime_label: str
    importtime_total_ms: float
    importtime_top: list[tuple[str, float, float]]  # module, own ms, cumulative ms


@dataclass(frozen=True)
class Profile:
    title: str
    ok: bool
    operations: int = 0
    files: int = 0
    wall_s: float = 0.0
    peak_rss_mb: float = 0.0
    stages: list[tuple[str, float, float]] = field(default_factory=list)  # s, share
    cumulative: list[dict[str, Any]] = field(default_factory=list)
    own: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class LinesRow:
    spec: str
    operations: int
    ours: str
    opc: str
    ogc: str


@dataclass(frozen=True)
class Report:
    mode: str  # "default", "full", "quick" or "quick full"
    minutes: float
    facts: list[str]
    rounds_short: int
    rounds_long: int
    ogc_lean: str
    baseline: str  # where the "no worse than today" figures come from
    baseline_commit: (
        str  # the generator also measured in this run, warm and after an edit
    )
    targets: list[Target]  # issue 23, point 6
    sections: list[Section]
    scaling: Scaling | None
    runtime: Runtime | None
    imports: Imports | None
    lines: list[LinesRow]
    profiles: list[Profile]
    timings: list[tuple[str, float]]  # section, seconds
    pins: list[str]
    commands: list[tuple[str, str]]  # title, command line

    @property
    def full(self) -> bool:
        return "full" in self.mode

    @property
    def quick(self) -> bool:
        return "quick" in self.mode
