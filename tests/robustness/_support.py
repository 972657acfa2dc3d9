"""Helpers shared by the robustness tests: running the CLI, snapshots, and package checks.

The checks on a generated package are the contract of the generator towards hostile or
random specs: every written path is a safe name under the package directory, the runtime
files are copied verbatim, every spec-derived module parses and is *inert* at import (its
top level only imports, defines, and calls runtime helpers with literal arguments), and
spec text never reaches code outside string literals.
"""

from __future__ import annotations

import ast
import atexit
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tokenize
import unicodedata
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BAD_DIR = REPO / "tests" / "fixtures" / "bad"
EXPECTED_FILE = BAD_DIR / "expected.json"
RUNTIME_DIR = REPO / "templates" / "runtime"

#: `file:line:col: pointer: message`, as `clientgen validate` prints every problem
PROBLEM_LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<pointer>/\S*): (?P<message>.*)$"
)
#: what a crash looks like on stderr (a Python traceback, or a fatal error)
CRASH_MARKERS = ("Traceback (most recent call last)", "Fatal Python error")

#: a location: file, line, column (None: not checked) and JSON pointer
At = tuple[str, int | None, int | None, str]


@dataclass(frozen=True)
class Expectation:
    """What clientgen must say about one bad spec (an entry of expected.json)."""

    case: str
    fragment: str
    at: tuple[At, ...]  # acceptable locations; the first is the one documented
    bug: str | None = None  # set while the generator has the bug: the test is xfail
    accepted_is_fine: bool = False  # a clean acceptance is also a correct outcome
    generate_warns: bool = False  # `generate` reports it as a warning and generates


def load_expected() -> dict[str, Expectation]:
    raw = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
    return {
        name: Expectation(
            case=entry["case"],
            fragment=entry["fragment"],
            at=tuple(
                (str(a[0]), a[1], a[2], str(a[3]))
                for a in entry["at"]  # each [file, line, col, pointer]
            ),
            bug=entry.get("bug"),
            accepted_is_fine=bool(entry.get("accepted_is_fine", False)),
            generate_warns=bool(entry.get("generate_warns", False)),
        )
        for name, entry in raw.items()
    }


# -- running the CLI ------------------------------------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI subprocess: no validation/format cache (so every run really
    validates), unbuffered, plus `extra`."""
    env = dict(os.environ)
    env.update(CLIENTGEN_NO_CACHE="1", PYTHONUNBUFFERED="1", PYTHONFAULTHANDLER="1")
    env.update(extra)
    return env


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False

    def describe(self) -> str:
        return (
            f"$ clientgen {' '.join(self.args)}\n-> exit {self.returncode}"
            + (" (timed out)" if self.timed_out else "")
            + f"\n--- stdout\n{self.stdout[-3000:]}\n--- stderr\n{self.stderr[-3000:]}"
        )


def start_cli(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None
) -> tuple[tuple[str, ...], subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=dict(env) if env is not None else cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
    )
    return args, proc


def finish(
    started: tuple[tuple[str, ...], subprocess.Popen[str]], timeout: float
) -> Run:
    """Wait for a CLI process started by `start_cli`; kill it after `timeout` seconds."""
    args, proc = started
    try:
        out, err = proc.communicate(timeout=timeout)
        return Run(args, proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return Run(args, proc.returncode, out, err, timed_out=True)


def run_cli(
    *args: str, cwd: Path, timeout: float = 120, env: Mapping[str, str] | None = None
) -> Run:
    return finish(start_cli(*args, cwd=cwd, env=env), timeout)


def run_many(
    commands: Iterable[tuple[str, ...]],
    cwd: Path,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    workers: int | None = None,
) -> list[Run]:
    """Run independent CLI commands, `workers` at a time (default: one per CPU, at least
    two); the results in the order of `commands`."""
    workers = workers or max(2, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(run_cli, *c, cwd=cwd, timeout=timeout, env=env)
            for c in commands
        ]
        return [f.result() for f in futures]


def crash_of(run: Run) -> str | None:
    """Why this run counts as a crash (traceback, signal, timeout), or None."""
    if run.timed_out:
        return "did not finish in time"
    if run.returncode < 0:
        return f"killed by signal {-run.returncode}"
    for marker in CRASH_MARKERS:
        if marker in run.stderr:
            return f"{marker!r} on stderr"
    return None


def located(run: Run, fragment: str, at: Iterable[At]) -> bool:
    """Does some `file:line:col: pointer: message` line carry `fragment` at one of `at`?"""
    for line in run.stderr.splitlines():
        m = PROBLEM_LINE.match(line)
        if m is None or fragment not in m["message"]:
            continue
        for file, ln, col, pointer in at:
            if (
                m["file"] == file
                and m["pointer"] == pointer
                and (ln is None or int(m["line"]) == ln)
                and (col is None or int(m["col"]) == col)
            ):
                return True
    return False


def assert_refused(run: Run, fragment: str, at: Iterable[At]) -> None:
    """Exit 2, no crash, and the expected message at the expected location."""
    at = list(at)
    crash = crash_of(run)
    assert crash is None, f"crashed ({crash}):\n{run.describe()}"
    assert run.returncode == 2, f"expected exit 2:\n{run.describe()}"
    wanted = " or ".join(f"{f}:{ln}:{c}: {p}" for f, ln, c, p in at)
    assert located(run, fragment, at), (
        f"no problem line {fragment!r} at {wanted}:\n{run.describe()}"
    )


# -- directories ----------------------------------------------------------------------------

#: relative path -> (sha256 of the content, mtime in ns); directories map to ("dir", 0)
Snapshot = dict[str, tuple[str, int]]


def snapshot(directory: Path) -> Snapshot:
    """Every file and directory under `directory`, hidden ones too (content hash, mtime)."""
    out: Snapshot = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory).as_posix()
        if path.is_dir() and not path.is_symlink():
            out[rel + "/"] = ("dir", 0)
        else:
            out[rel] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return out


def contents(directory: Path) -> dict[str, str]:
    """Every file under `directory` by content hash only (for old/new tree comparisons)."""
    return {k: v[0] for k, v in snapshot(directory).items() if not k.endswith("/")}


def leftovers(parent: Path, name: str) -> list[str]:
    """Staging or backup directories of package `name` left in `parent`."""
    return sorted(
        p.name
        for p in parent.iterdir()
        if p.name.startswith((f".{name}.new-", f".{name}.old-"))
    )


def find_pwned(*roots: Path) -> list[Path]:
    """Files named PWNED (what the injected `touch PWNED` payloads would create)."""
    found: list[Path] = []
    for root in roots:
        if (root / "PWNED").exists():
            found.append(root / "PWNED")
        if root.is_dir() and root != REPO:
            found.extend(root.rglob("PWNED"))
    return found


# -- generated packages ---------------------------------------------------------------------

_SAFE_COMPONENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    "conin$",
    "conout$",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
MAX_COMPONENT = 100
#: the runtime modules, copied verbatim into every package
RUNTIME_FILES = tuple(sorted(p.name for p in RUNTIME_DIR.glob("*.py")))


def unsafe_paths(files: Iterable[str], package: str) -> list[str]:
    """Relative paths a package must never contain: outside the tree, unsafe or clashing names."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    top_level = {
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "clientgen-surface.json",
        "clientgen-files.txt",
        package,
    }
    for rel in files:
        p = PurePosixPath(rel)
        parts = p.parts
        if p.is_absolute() or not parts or "\\" in rel:
            problems.append(f"{rel!r}: not a relative POSIX path")
            continue
        if parts[0] not in top_level:
            problems.append(f"{rel!r}: outside the package and its metadata files")
        for part in parts:
            stem = part.split(".", 1)[0].lower()
            if (
                part in (".", "..")
                or not _SAFE_COMPONENT.match(part)
                or len(part) > MAX_COMPONENT
                or stem in _WINDOWS_DEVICES
            ):
                problems.append(f"{rel!r}: unsafe name {part!r}")
        folded = rel.lower()
        if folded in seen:
            problems.append(
                f"{rel!r} and {seen[folded]!r} clash on a case-insensitive disk"
            )
        seen[folded] = rel
    return problems


def written_outside(root: Path, target: Path) -> list[str]:
    """Files under `root` that are not under `target` (write_package wrote to target only)."""
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.is_relative_to(target)
    )


_RUNTIME_ALIASES = {"_b", "_c", "_r", "_t", "_w"}
_DECORATORS = {
    "dataclass",
    "cached_property",
    "overload",  # typing.overload: the stubs of a body taken whole or as arguments
    "classmethod",
    "staticmethod",
    "property",
}
_DANGEROUS_NAMES = {
    "__import__",
    "eval",
    "exec",
    "compile",
    "system",
    "popen",
}


def _dotted_root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _inert(node: ast.expr | None) -> bool:
    """An expression evaluated at import that runs no spec-derived code: literals, names,
    attribute chains, and calls of runtime helpers whose arguments are inert too."""
    if node is None or isinstance(node, ast.Constant | ast.Name):
        return True
    if isinstance(node, ast.Attribute):
        return _dotted_root(node) is not None
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return all(_inert(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(_inert(k) for k in node.keys) and all(_inert(v) for v in node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return True
    if isinstance(node, ast.Call):
        root = _dotted_root(node.func)
        allowed = root in _RUNTIME_ALIASES or (
            isinstance(node.func, ast.Name) and node.func.id in _DECORATORS
        )
        return (
            allowed
            and all(_inert(a) for a in node.args)
            and all(_inert(k.value) for k in node.keywords)
        )
    return False


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _check_def(node: ast.FunctionDef | ast.AsyncFunctionDef, where: str) -> list[str]:
    problems = []
    for d in node.decorator_list:
        if not _inert(d) or (isinstance(d, ast.Name) and d.id not in _DECORATORS):
            problems.append(f"{where}: decorator {ast.unparse(d)!r} runs at import")
    args = node.args
    for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
        if not _inert(default):
            problems.append(f"{where}: default {ast.unparse(default)!r} runs at import")
    return problems


def _check_class(node: ast.ClassDef, where: str) -> list[str]:
    problems = []
    for base in node.bases:
        if not _inert(base):
            problems.append(f"{where}: base {ast.unparse(base)!r}")
    for d in node.decorator_list:
        if not _inert(d):
            problems.append(f"{where}: decorator {ast.unparse(d)!r} runs at import")
    defined: set[str] = set()  # names the class body has bound so far
    for stmt in node.body:
        at = f"{where}.{getattr(stmt, 'name', type(stmt).__name__)}:{stmt.lineno}"
        if _is_docstring(stmt) or isinstance(stmt, ast.Pass):
            continue  # docstrings, also attribute docstrings after a field
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            problems += _check_def(stmt, at)
            evaluated = [*stmt.decorator_list, *stmt.args.defaults]
            shadowed = {
                n.id
                for e in evaluated
                for n in ast.walk(e)
                if isinstance(n, ast.Name) and n.id in defined
            }
            for name in sorted(shadowed):
                problems.append(
                    f"{at}: {name!r} is evaluated at class creation but the class body "
                    "rebound it (a spec-derived name shadows what the template uses)"
                )
            defined.add(stmt.name)
        elif isinstance(stmt, ast.ClassDef):
            problems += _check_class(stmt, at)
        elif isinstance(stmt, ast.AnnAssign | ast.Assign):
            if not _inert(stmt.value):
                problems.append(f"{at}: {ast.unparse(stmt)[:200]!r} runs at import")
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            defined.update(t.id for t in targets if isinstance(t, ast.Name))
        else:
            problems.append(f"{at}: unexpected {type(stmt).__name__} in a class body")
    return problems


def module_problems(rel: str, source: str) -> list[str]:
    """Why a spec-derived module is not inert (empty when it is)."""
    try:
        tree = ast.parse(source, rel)
    except SyntaxError as exc:
        return [f"{rel}: does not parse: {exc}"]
    problems: list[str] = []
    for i, stmt in enumerate(tree.body):
        at = f"{rel}:{stmt.lineno}"
        if i == 0 and _is_docstring(stmt):
            continue
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            continue
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            if not _inert(stmt.value):
                problems.append(f"{at}: {ast.unparse(stmt)[:200]!r} runs at import")
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            problems += _check_def(stmt, at)
        elif isinstance(stmt, ast.ClassDef):
            problems += _check_class(stmt, f"{at}:{stmt.name}")
        elif (
            isinstance(stmt, ast.If)
            and isinstance(stmt.test, ast.Name)
            and stmt.test.id == "TYPE_CHECKING"
            and not stmt.orelse
        ):
            for inner in stmt.body:
                if not isinstance(inner, ast.Import | ast.ImportFrom | ast.Pass):
                    problems.append(f"{at}: {type(inner).__name__} under TYPE_CHECKING")
        else:
            problems.append(f"{at}: unexpected top-level {type(stmt).__name__}")
    for node in ast.walk(tree):
        name = (
            node.id
            if isinstance(node, ast.Name)
            else node.attr
            if isinstance(node, ast.Attribute)
            else None
        )
        if name in _DANGEROUS_NAMES:
            problems.append(f"{rel}:{getattr(node, 'lineno', '?')}: uses {name!r}")
    # outside string literals, spec text only ever appears as sanitized ASCII identifiers
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and not tok.string.isascii():
            problems.append(f"{rel}:{tok.start[0]}: non-ASCII name {tok.string!r}")
        elif tok.type == tokenize.COMMENT:
            problems.append(f"{rel}:{tok.start[0]}: a comment {tok.string[:60]!r}")
        elif tok.type == tokenize.ERRORTOKEN:
            problems.append(f"{rel}:{tok.start[0]}: stray {tok.string!r}")
    return problems


@cache
def reference_runtime() -> dict[str, str]:
    """The runtime modules as generated for a plain spec (copied, then formatted by black)."""
    from generator.build import ClientConfig
    from generator.pipeline import generate

    spec = REPO / "tests" / "fixtures" / "petstore_basic.yaml"
    files = generate(spec, ClientConfig("reference", "Reference")).files
    return {name: files[f"reference/{name}"] for name in RUNTIME_FILES}


def package_problems(files: Mapping[str, str], package: str) -> list[str]:
    """Everything wrong with a rendered package (paths, runtime copies, inert modules)."""
    problems = unsafe_paths(files, package)
    for name, text in reference_runtime().items():
        if files.get(f"{package}/{name}") != text:
            problems.append(
                f"{package}/{name}: differs from the runtime of other packages"
            )
    for rel, text in files.items():
        if rel.endswith(".py") and PurePosixPath(rel).name not in RUNTIME_FILES:
            problems += module_problems(rel, text)
    return problems


@dataclass(frozen=True)
class Strings:
    """The string literals of a package's spec-derived modules, and its docstrings."""

    constants: frozenset[str]
    docstrings: tuple[str, ...]


def strings_of(files: Mapping[str, str], package: str) -> Strings:
    constants: set[str] = set()
    docstrings: list[str] = []
    for rel, text in files.items():
        if not rel.endswith(".py") or PurePosixPath(rel).name in RUNTIME_FILES:
            continue
        tree = ast.parse(text, rel)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(
                node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
            ):
                doc = ast.get_docstring(node, clean=False)
                if doc is not None:
                    docstrings.append(doc)
    return Strings(frozenset(constants), tuple(docstrings))


def _unsafe_char(c: str) -> bool:
    return c not in "\n\t" and unicodedata.category(c) in (
        "Cc",
        "Cf",
        "Cs",
        "Zl",
        "Zp",
        "Co",
        "Cn",
    )


def inert_text_pattern(text: str) -> re.Pattern[str]:
    """A docstring rendering of spec `text`: the same words, where whitespace may be
    re-flowed and each control/format/surrogate character may be kept, dropped, or shown
    as an escape (`\\u202e`)."""
    parts: list[str] = []
    for c in text.replace("\r\n", "\n").replace("\r", "\n"):
        if c.isspace() and not _unsafe_char(c):
            if not parts or parts[-1] != r"\s*":
                parts.append(r"\s*")
        elif _unsafe_char(c) or c.isspace():
            code = ord(c)
            parts.append(
                "(?:"
                + "|".join(
                    [
                        re.escape(c),
                        rf"\\u{code:04x}",
                        rf"\\x{code:02x}" if code < 256 else "(?!)",
                        rf"\\U{code:08x}",
                    ]
                )
                + r")?\s*"
            )
        else:
            parts.append(re.escape(c))
    return re.compile("".join(parts).strip())


def mentions(docstrings: Iterable[str], text: str) -> bool:
    pattern = inert_text_pattern(text)
    return any(pattern.search(d) for d in docstrings)


# -- importing and type-checking many packages at once --------------------------------------

_IMPORT_SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, traceback

    results = {}
    for dist, package, fake in json.loads(sys.argv[1]):
        sys.path.insert(0, dist)
        try:
            pkg = importlib.import_module(package)
            for info in pkgutil.walk_packages(pkg.__path__, package + "."):
                importlib.import_module(info.name)
            models = importlib.import_module(package + ".models")
            for name in models.__all__:
                getattr(models, name)
            if fake:
                testing = importlib.import_module(package + ".testing")
                [cls] = [n for n in testing.__all__ if n.startswith("Fake")]
                getattr(testing, cls)()
            results[package] = None
        except BaseException:
            results[package] = traceback.format_exc()
        finally:
            sys.path.remove(dist)
    print(json.dumps(results))
    """
)


def import_packages(
    packages: Mapping[str, Path], cwd: Path, *, fake: bool = True, timeout: float = 300
) -> dict[str, str | None]:
    """Import every module of each package (name -> distribution directory) in one fresh
    interpreter whose working directory is `cwd`; package -> traceback or None."""
    arg = json.dumps([[str(d), p, fake] for p, d in packages.items()])
    proc = subprocess.run(
        [sys.executable, "-I", "-c", _IMPORT_SCRIPT, arg],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, f"the import script failed:\n{proc.stderr[-5000:]}"
    result: dict[str, str | None] = json.loads(proc.stdout)
    return result


@cache
def _mypy_cache() -> Path:
    """A mypy cache for this test session only (packages of earlier sessions may have had
    the same module names and relative paths; a shared cache would replay their errors)."""
    directory = Path(tempfile.mkdtemp(prefix="clientgen-robustness-mypy-"))
    atexit.register(shutil.rmtree, directory, True)
    return directory


def mypy_strict(
    packages: Mapping[str, Path], cwd: Path, *, chunk: int = 40, timeout: float = 600
) -> dict[str, list[str]]:
    """`mypy --strict` over the packages (name -> distribution directory), `chunk` packages
    per mypy process; package -> its error lines (empty when clean)."""
    errors: dict[str, list[str]] = {p: [] for p in packages}
    names = sorted(packages)
    cache = _mypy_cache()
    for start in range(0, len(names), chunk):
        batch = names[start : start + chunk]
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-error-summary",
                "--cache-dir",
                str(cache),
                *(str(packages[p] / p) for p in batch),
            ],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
        for line in lines:
            # by package name: mypy replays cached errors under the path they had then
            owner = next(
                (p for p in batch if f"{os.sep}{p}{os.sep}" in f"{os.sep}{line}"),
                None,
            )
            errors[owner if owner is not None else batch[0]].append(line)
        if proc.returncode != 0 and not lines:
            raise AssertionError(f"mypy failed:\n{proc.stderr[-5000:]}")
        if proc.returncode not in (0, 1):
            raise AssertionError(
                f"mypy crashed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}"
            )
    return errors


def deep_find(value: Any, needle: str) -> bool:
    """Does `needle` occur as (part of) some string key or value of a JSON value?"""
    if isinstance(value, str):
        return needle in value
    if isinstance(value, dict):
        return any(
            deep_find(k, needle) or deep_find(v, needle) for k, v in value.items()
        )
    if isinstance(value, list):
        return any(deep_find(v, needle) for v in value)
    return False
