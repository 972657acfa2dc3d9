"""The long extras of `make bench-full`: openapi-generator with its defaults, scaling on
synthetic specs, the generated clients' per-call runtime and import time, and cProfile
profiles of our generator."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import synth
from bench.cases import (
    OGC,
    OPC,
    GenCase,
    SpecFile,
    generation_case,
    ogc_command,
    opc_command,
    ours_command,
    peer_package,
    py_lines,
    run_case,
)
from bench.measure import ROOT, Measurer, Result, Sample, Variant
from bench.peers import Peers
from bench.server import serve


@dataclass
class OgcDefaults:
    sample: Sample
    lines: int
    package_lines: int
    variants: list[Variant]


def ogc_defaults(m: Measurer, peers: Peers, spec: SpecFile) -> OgcDefaults | None:
    """One run of openapi-generator with its defaults (test stubs and docs too), for lines/op."""
    if peers.ogc_problem:
        return None
    out = m.work / "out" / "ogc-defaults"
    v = Variant(
        "ogc-defaults",
        "openapi-generator with its defaults",
        [ogc_command(peers, spec, out, lean=False)],
        clean=(out,),
    )
    sample = m.once(v)
    print(f"  openapi-generator defaults on {spec.package}: {sample.wall:.1f}s")
    if sample.rc != 0:
        return None
    pkg = out / peer_package(OGC, spec.package)
    result = OgcDefaults(sample, py_lines(pkg), py_lines(pkg / pkg.name), [v])
    m.discard(out)
    return result


def scaling(
    m: Measurer, peers: Peers, sizes: tuple[int, ...], rounds: int, tiny_rounds: int
) -> tuple[GenCase, list[GenCase]]:
    """A 4-operation spec (the fixed cost), then one synthetic spec of each size."""
    cases = []
    for n in (4, *sizes):
        path = synth.write(synth.scaling_spec(n), m.work / "synth" / f"ops{n}.json")
        name = "synthetic 4 ops (fixed cost)" if n == 4 else f"synthetic {n} ops"
        spec = SpecFile(path, f"synth{n}", "Synth")
        case = generation_case(m, peers, name, [spec], edited=False)
        run_case(m, case, tiny_rounds if n == 4 else rounds)
        cases.append(case)
    return cases[0], cases[1:]


@dataclass
class RuntimeData:
    calls: int
    rounds: int
    per_call_us: dict[str, list[float]]  # httpx, ours, opc
    profile: dict[str, Any]  # from `bench/calls.py ours ... --profile`
    variants: list[Variant]


def runtime(m: Measurer, peers: Peers, calls: int, rounds: int) -> RuntimeData:
    """Per-call time of our client, openapi-python-client's and raw httpx."""
    work = m.work / "runtime"
    spec = SpecFile(
        synth.write(synth.runtime_spec(), work / "runtime.json"),
        "bench_rt",
        "BenchClient",
    )
    ours_out, opc_out = work / "ours", work / "opc"
    variants = [
        Variant(
            "runtime-ours",
            "clientgen",
            [ours_command(spec, ours_out)],
            env={"CLIENTGEN_CACHE": str(work / "cache"), **m.src_env()},
        ),
        Variant(
            "runtime-opc",
            "openapi-python-client",
            [opc_command(peers, m.work, spec, opc_out)],
            env=peers.env(),
        ),
    ]
    for v in variants:
        if m.once(v).rc != 0:
            raise SystemExit(f"generating the {v.label} runtime client failed")
    kinds = [
        ("httpx", "", ""),
        ("ours", "bench_rt", str(ours_out / "bench_rt")),
        (
            "opc",
            peer_package(OPC, "bench_rt"),
            str(opc_out / peer_package(OPC, "bench_rt")),
        ),
    ]
    per_call: dict[str, list[float]] = {k: [] for k, _, _ in kinds}
    script = m.src / "bench" / "calls.py"

    def one(url: str, kind: str, pkg: str, path: str, *extra: str) -> dict[str, Any]:
        proc = subprocess.run(
            [str(peers.python), str(script), kind, url, str(calls)]
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

    with serve(max_requests=(calls + 1000) * (rounds + 1) * 3 + 10_000) as url:
        for r in range(rounds):
            for kind, pkg, path in kinds:
                us = float(one(url, kind, pkg, path)["per_call_us"])
                per_call[kind].append(us)
                print(f"  runtime: round {r + 1}/{rounds} {kind}: {us:.0f} µs/call")
        _, pkg, path = kinds[1]
        profile = one(url, "ours", pkg, path, "--profile")
    return RuntimeData(calls, rounds, per_call, profile, variants)


@dataclass
class ImportData:
    rounds: int
    results: dict[str, Result]
    variants: list[Variant]
    importtime_label: str = ""
    importtime: list[tuple[int, int, str]] = field(default_factory=list)  # own, cum µs


START, HTTPX = "python -c pass (interpreter start)", "import httpx"


def imports(m: Measurer, peers: Peers, cases: list[GenCase], rounds: int) -> ImportData:
    """`python -c "import PKG"` of the clients the generation cases wrote (warm output)."""
    items: list[tuple[str, str, Path | None]] = [
        (START, "pass", None),
        (HTTPX, "import httpx", None),
    ]
    for case in cases:
        pkg, title = case.specs[0].package, case.name
        items += [
            (f"clientgen {title}", f"import {pkg}", case.out / pkg),
            (
                f"openapi-python-client {title}",
                f"import {peer_package(OPC, pkg)}",
                case.peer_outs.get(OPC, Path("-")) / peer_package(OPC, pkg),
            ),
            (
                f"openapi-generator {title}",
                f"import {peer_package(OGC, pkg)}",
                case.peer_outs.get(OGC, Path("-")) / peer_package(OGC, pkg),
            ),
        ]
    variants = [
        Variant(
            label,
            label,
            [[str(peers.python), "-c", code]],
            env={"PYTHONPATH": str(path)} if path else {},
            skip="" if path is None or path.is_dir() else "not generated",
            prime=True,  # bytecode compiled first
            # openapi-generator's GitHub client: ~17 s an import, three runs are enough
            max_rounds=3 if code == f"import {peer_package(OGC, 'github')}" else 0,
        )
        for label, code, path in items
    ]
    print(f"import time: {rounds} round(s)", flush=True)
    data = ImportData(rounds, m.interleaved("import", variants, rounds), variants)
    ours = [v for v in variants if v.key.startswith("clientgen") and not v.skip]
    if ours:  # -X importtime of our largest client: which modules the time goes to
        v = ours[-1]
        proc = subprocess.run(
            [str(peers.python), "-X", "importtime", *v.commands[0][1:]],
            env=dict(os.environ, **v.env),
            capture_output=True,
            text=True,
            check=False,
        )
        data.importtime_label = v.label
        for line in proc.stderr.splitlines():
            found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
            if found:
                own, cum, name = found.groups()
                data.importtime.append((int(own), int(cum), name))
    return data


def profile(
    m: Measurer, title: str, spec: SpecFile, out: Path, cache: Path, mode: str
) -> tuple[dict[str, Any], Variant]:
    """cProfile of one generation in one process (`bench.profiling`): "cold" into a fresh
    folder with an empty cache; "warm" / "edited" regenerating `out` with `cache` as the
    benchmark's own runs left them (named as they name the spec, so the cache hits)."""
    if mode == "cold":
        m.discard(cache)
        m.discard(out)
    out_json = m.work / f"profile-{spec.package}-{mode}.json"
    v = Variant(
        f"profile-{spec.package}-{mode}",
        f"profile {title} ({mode})",
        [
            [
                sys.executable,
                "-m",
                "bench.profiling",
                str(spec.path),
                str(out / spec.package),
                spec.package,
                "--client-class",
                spec.client_class,
                "--top",
                "10",
                "--json",
                str(out_json),
                "--display-name",
                os.path.relpath(spec.path, ROOT),  # as `clientgen generate` names it
            ]
        ],
        env={"CLIENTGEN_CACHE": str(cache), **m.src_env()},
        cwd=m.src,
    )
    print(f"profile {title} ({mode}, one process)...", flush=True)
    sample = m.once(v)
    data: dict[str, Any] = {"title": title, "mode": mode, "ok": False}
    if sample.rc == 0 and out_json.is_file():
        data.update(json.loads(out_json.read_text(encoding="utf-8")), ok=True)
    return data, v
