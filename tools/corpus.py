"""Generate a client for every document of the public OpenAPI corpora and record the outcome.

    python -m tools.corpus [--subset] [--no-mypy] [--out docs/corpus.md]

The corpora come from npm and are cached outside the repository (CLIENTGEN_CACHE, default
~/.cache/clientgen): `@readme/oas-examples` (Swagger 2.0, OpenAPI 3.0 and 3.1 documents, JSON
and YAML) and `@octokit/openapi` (GitHub's api.github.com.json). For each document the table
records: refused (with the reason) / generated with warnings (repairs, docs/repairs.md) /
clean; every operation present? every module imports? `mypy --strict` errors? time? And
what openapi-python-client and openapi-generator (the peers bench/ installs into their own
virtualenv) do with the same document: no document a peer generates may be refused by us
unless its problem is fatal, and the note says why.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.problems import SpecError
from generator.validate import spec_version
from generator.write import write_package

PACKAGES = {"@readme/oas-examples": "8.2.2", "@octokit/openapi": "23.0.2"}
GITHUB = "node_modules/@octokit/openapi/generated/api.github.com.json"
# A reduced slice for `make test`: every spec version, JSON and YAML, the hard cases.
SUBSET = (
    "2.0/json/petstore.json",
    "2.0/yaml/petstore-expanded.yaml",
    "2.0/json/schema-circular.json",
    "3.0/json/discriminators.json",
    "3.0/json/polymorphism.json",
    "3.0/json/file-uploads.json",
    "3.0/yaml/parameters-style.yaml",
    "3.0/json/schema-circular.json",
    "3.0/json/response-multiple-mediatypes.json",
    "3.1/json/petstore.json",
    "3.1/yaml/schema-types.yaml",
    "3.1/json/train-travel.json",
    "3.1/json/webhooks.json",
)


def cache_dir() -> Path:
    base = os.environ.get("CLIENTGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "clientgen"
    )
    return Path(base) / "corpus"


def ensure_corpus(with_github: bool = True) -> Path:
    """Install the pinned corpora from npm into the cache (once); return the cache dir."""
    root = cache_dir()
    wanted = (
        dict(PACKAGES)
        if with_github
        else {"@readme/oas-examples": PACKAGES["@readme/oas-examples"]}
    )
    missing = [
        f"{name}@{version}"
        for name, version in wanted.items()
        if not (root / "node_modules" / name / "package.json").is_file()
        or json.loads((root / "node_modules" / name / "package.json").read_text())[
            "version"
        ]
        != version
    ]
    if missing:
        root.mkdir(parents=True, exist_ok=True)
        if not (root / "package.json").exists():
            (root / "package.json").write_text(
                '{"name": "clientgen-corpus", "private": true}\n'
            )
        subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--save-exact",
                "--prefix",
                str(root),
                # everything wanted, saved in the cache's package.json, so that npm never
                # prunes a corpus installed earlier
                *(f"{name}@{version}" for name, version in wanted.items()),
            ],
            check=True,
        )
    return root


def documents(
    root: Path, subset: bool, with_github: bool, own: bool = False
) -> list[Path]:
    """The public corpora's documents (`own`: and the project's invalid ones)."""
    examples = root / "node_modules/@readme/oas-examples"
    if subset:
        return [examples / rel for rel in SUBSET]
    docs = sorted(
        p for p in examples.glob("*/*/*") if p.suffix in (".json", ".yaml", ".yml")
    )
    if own:
        docs.extend(own_documents())
    if with_github:
        docs.append(root / GITHUB)
    return docs


FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
# the project's own invalid documents: each repairable one, and the fatal kinds
FATAL = (
    "bad/dangling_ref.yaml",
    "bad/circular_ref.yaml",
    "bad/self_ref.yaml",
    "bad/path_param_declared_in_query.yaml",
    "bad/missing_info_version.yaml",
)


def own_documents() -> list[Path]:
    repairable = sorted((FIXTURES / "repairable").glob("*.yaml"))
    return repairable + [FIXTURES / rel for rel in FATAL]


@dataclass
class Outcome:
    name: str
    version: str
    generated: bool
    operations: str = ""
    complete: bool = False
    imports: bool = False
    mypy_errors: int | None = None
    black_clean: bool | None = None  # `black --check` on the client: black is the judge
    seconds: float = 0.0
    note: str = ""
    warnings: int = 0
    opc: str = ""  # openapi-python-client: "yes", "no: why", "" (not measured)
    ogc: str = ""  # openapi-generator (python)

    @property
    def outcome(self) -> str:
        if not self.generated:
            return "refused"
        return f"generated, {self.warnings} warning(s)" if self.warnings else "clean"


def package_name(path: Path) -> str:
    stem = "".join(ch if ch.isalnum() else "_" for ch in path.stem).lower()
    return f"c_{stem}"


def run_one(path: Path, root: Path, work: Path, mypy: bool) -> Outcome:
    if path.is_relative_to(FIXTURES):
        name = f"fixtures/{path.relative_to(FIXTURES).as_posix()}"
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            loaded = None
        version = spec_version(loaded) or "?"
    else:
        parts = path.relative_to(root / "node_modules").parts
        version = parts[2] if parts[1] == "oas-examples" else "3.0 (GitHub)"
        name = (
            "/".join(parts[2:]) if parts[1] == "oas-examples" else "api.github.com.json"
        )
    pkg = package_name(path)
    started = time.perf_counter()
    try:
        result = generate(
            path,
            ClientConfig(pkg, "Client"),
            display_name=name,
            workers=os.cpu_count() or 1,
        )
    except SpecError as exc:
        first = exc.problems[0]
        return Outcome(
            name,
            version,
            False,
            seconds=time.perf_counter() - started,
            note=f"refused: {first.location}: {first.message}"[:300],
        )
    except Exception as exc:  # a crash is a finding, not a harness failure
        return Outcome(
            name,
            version,
            False,
            seconds=time.perf_counter() - started,
            note=f"CRASH {type(exc).__name__}: {exc}"[:200],
        )
    seconds = time.perf_counter() - started
    api = result.api
    out = Outcome(
        name,
        version,
        True,
        seconds=seconds,
        operations=f"{len(api.operations)}/{api.operation_count_in_spec}",
        complete=len(api.operations) == api.operation_count_in_spec,
    )
    target = work / pkg
    write_package(target, result.files)
    probe = (
        "import importlib, pkgutil, sys\n"
        f"import {pkg}\n"
        f"for m in pkgutil.walk_packages({pkg}.__path__, '{pkg}.'): importlib.import_module(m.name)\n"
        f"print(len(sys.modules))\n"
    )
    imp = subprocess.run(
        [sys.executable, "-c", probe], cwd=target, capture_output=True, text=True
    )
    out.imports = imp.returncode == 0
    if not out.imports:
        out.note = (imp.stderr.strip().splitlines() or ["import failed"])[-1][:200]
    judged = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "-q",
            "--target-version",
            "py311",
            ".",
        ],
        cwd=target,
        capture_output=True,
        text=True,
    )
    out.black_clean = judged.returncode == 0
    if not out.black_clean and not out.note:
        out.note = f"black --check: {judged.stderr.strip()[:180]}"
    if mypy:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "-p",
                pkg,
                "--cache-dir",
                str(work / ".mypy_cache"),
            ],
            cwd=target,
            capture_output=True,
            text=True,
        )
        errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
        out.mypy_errors = len(errors)
        if errors and not out.note:
            out.note = errors[0][:200]
    out.warnings = len(result.warnings)
    if result.warnings and not out.note:
        out.note = (
            f"{len(result.warnings)} warning(s), e.g. {result.warnings[0].message}"[
                :200
            ]
        )
    return out


def run_peers(path: Path, work: Path, peers: Any) -> tuple[str, str]:
    """What openapi-python-client and openapi-generator make of the document."""
    from bench.cases import OGC_LEAN, opc_config

    pkg = package_name(path)
    # the JSON and YAML twins of a document share a package name: a fresh folder each
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    opc = _peer(
        [
            str(peers.opc),
            "generate",
            "--path",
            str(path),
            "--output-path",
            str(work / f"opc_{pkg}"),
            "--config",
            str(opc_config(work, f"opc_{pkg}")),
        ],
        {**os.environ, **peers.env()},
    )
    ogc = (
        f"not run: {peers.ogc_problem}"
        if peers.ogc_problem
        else _peer(
            [
                str(peers.ogc),
                "generate",
                "-g",
                "python",
                "-i",
                str(path),
                "-o",
                str(work / f"ogc_{pkg}"),
                "--package-name",
                f"ogc_{pkg}",
                "--global-property",
                OGC_LEAN,
            ],
            dict(os.environ),
        )
    )
    return opc, ogc


# lines of the peers' output that never say why
_PEER_NOISE = (
    "Generating ",
    "Error(s) encountered while generating",
    "If you believe this was a mistake",
    "WARNING",
    "[main] INFO",
    "[main] WARN",
    "For further information visit",
)


def _peer(command: list[str], env: dict[str, str]) -> str:
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=300
        )
    except subprocess.TimeoutExpired:
        return "no: timed out (300 s)"
    if proc.returncode == 0:
        return "yes"
    lines = [
        line.strip()
        for line in (proc.stdout + "\n" + proc.stderr).splitlines()
        if line.strip()
        and not line.strip().startswith(_PEER_NOISE)
        and line.strip()[0] not in "╭│╰─"  # a framed traceback: its last line says why
    ]
    framed = "Traceback" in proc.stdout + proc.stderr
    why = " ".join(lines[-2:] if framed else lines[:2])
    return f"no: {why}"[:200]


def table(outcomes: list[Outcome]) -> str:
    lines = [
        "| document | spec | outcome | operations | imports | mypy --strict errors | black --check "
        "| seconds | openapi-python-client | openapi-generator | note |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        mypy = "—" if o.mypy_errors is None else str(o.mypy_errors)
        judged = (
            "—" if o.black_clean is None else "clean" if o.black_clean else "CHANGES"
        )
        ops = o.operations + ("" if o.complete or not o.generated else " (incomplete)")
        note = o.note
        peer_made = o.opc == "yes" or o.ogc == "yes"
        if not o.generated and peer_made:
            note = f"a peer generates it; refused as fatal: {note}"
        lines.append(
            f"| {o.name} | {o.version} | {o.outcome} | {ops or '—'} | "
            f"{'yes' if o.imports else 'no' if o.generated else '—'} | {mypy} | {judged} | "
            f"{o.seconds:.2f} | "
            f"{_cell(o.opc or '—')} | {_cell(o.ogc or '—')} | {_cell(note)} |"
        )
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def summary(outcomes: list[Outcome]) -> str:
    gen = [o for o in outcomes if o.generated]
    clean = [
        o for o in gen if o.complete and o.imports and (o.mypy_errors in (0, None))
    ]
    judged = [o for o in gen if o.black_clean]
    warned = [o for o in gen if o.warnings]
    text = (
        f"{len(outcomes)} documents: {len(gen)} generated ({len(warned)} with warnings: "
        f"repairs or documentation mismatches), {len(clean)} complete + importing + "
        f"mypy-clean, {len(judged)} left unchanged by `black --check`, "
        f"{len(outcomes) - len(gen)} refused with a located error."
    )
    measured = [o for o in outcomes if o.opc or o.ogc]
    if measured:
        opc = sum(o.opc == "yes" for o in measured)
        ogc = sum(o.ogc == "yes" for o in measured)
        against = [o for o in measured if not o.generated and "yes" in (o.opc, o.ogc)]
        text += (
            f" Peers on the same documents: openapi-python-client generates {opc}, "
            f"openapi-generator {ogc}; {len(against)} document(s) a peer generates are "
            "refused by us (each as fatal, with the reason in its note)."
        )
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", action="store_true", help="only the reduced slice")
    parser.add_argument("--no-github", action="store_true", help="skip GitHub's spec")
    parser.add_argument("--no-mypy", action="store_true")
    parser.add_argument(
        "--no-peers", action="store_true", help="skip openapi-python-client/-generator"
    )
    parser.add_argument("--out", type=Path, help="write the markdown table here")
    args = parser.parse_args(argv)
    with_github = not (args.subset or args.no_github)
    root = ensure_corpus(with_github)
    work = Path(tempfile.mkdtemp(prefix="clientgen-corpus-"))
    outcomes = []
    peers = None
    if not args.no_peers:
        from bench.peers import ensure_peers

        peers = ensure_peers()
    try:
        for path in documents(root, args.subset, with_github, own=not args.subset):
            o = run_one(path, root, work, mypy=not args.no_mypy)
            if peers is not None and path.name != Path(GITHUB).name:
                o.opc, o.ogc = run_peers(path, work / "peers", peers)
            outcomes.append(o)
            print(
                f"{o.name}: generated={o.generated} ops={o.operations} imports={o.imports} "
                f"mypy={o.mypy_errors} black={o.black_clean} {o.seconds:.2f}s "
                f"opc={o.opc} ogc={o.ogc} {o.note}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = summary(outcomes)
    print(text)
    if args.out:
        args.out.write_text(
            "# Public corpus results\n\n"
            "Generated by `make corpus` (`python -m tools.corpus --out docs/corpus.md`): every "
            "document of `@readme/oas-examples` "
            f"{PACKAGES['@readme/oas-examples']} (Swagger 2.0, OpenAPI 3.0, 3.1; JSON and YAML) "
            f"and GitHub's `api.github.com.json` from `@octokit/openapi` {PACKAGES['@octokit/openapi']}; "
            "and this project's own invalid documents (`fixtures/`): one per repair "
            "(docs/repairs.md), and the fatal kinds.\n\n"
            "Outcome: *clean*, *generated, N warning(s)* (repairs, or a documented value "
            "that does not match its schema...), or *refused* with the first problem. The "
            "peers run as a user would run them (openapi-generator's `python` generator "
            "validates first); a document a peer generates but we refuse says why it is "
            "fatal.\n\n"
            f"{text}\n\n{table(outcomes)}\n"
        )
    failures = [
        o
        for o in outcomes
        if (
            o.generated
            and not (
                o.complete
                and o.imports
                and o.mypy_errors in (0, None)
                and o.black_clean is not False
            )
        )
        # refused where a peer generates: only the fatal kinds may be
        or (
            not o.generated
            and "yes" in (o.opc, o.ogc)
            and not o.name.startswith("fixtures/bad/")
        )
    ]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
