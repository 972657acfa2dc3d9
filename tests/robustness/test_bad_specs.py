"""Bad specs are refused with a located message, never a crash, and nothing is written.

The corpus is `tests/fixtures/bad/`: each top-level file is a case listed in `expected.json`
(the message fragment and the acceptable `file:line:col: pointer` locations). Supporting
files that cases `$ref` live in `bad/parts/`. Cases too big or too odd to commit are built
in tmp_path by `test_built_specs.py`.

Every case is checked with both commands, as real subprocesses: `clientgen validate` and
`clientgen generate` must exit 2, print no traceback, and print the expected fragment at the
expected location; the package directory that `generate` would replace (a generated
package) must be byte-identical afterwards, mtimes included, with no staging directory
left next to it. (`generate` treats a duplicate operationId as a warning: it prints the
same located message, prefixed `warning:`, and generates.)

To keep this fast, the cases run in a throwaway project (the corpus copied to `specs/`,
one configured client per case, each with a generated package in `generated/`): one
`validate` over all cases and one `generate` over all clients cover every case expected to
pass (a crash there fails them all, loudly); each case with a known bug runs on its own.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.write import write_package
from tests.robustness._support import (
    BAD_DIR,
    REPO,
    Run,
    Snapshot,
    assert_refused,
    crash_of,
    find_pwned,
    leftovers,
    load_expected,
    located,
    run_many,
    snapshot,
)

EXPECTED = load_expected()
PACKAGE = "pets"


def _params() -> list[Any]:
    params = []
    for name, exp in EXPECTED.items():
        marks = [pytest.mark.xfail(strict=True, reason=exp.bug)] if exp.bug else []
        params.append(pytest.param(name, id=name, marks=marks))
    return params


@dataclass(frozen=True)
class CaseRuns:
    client: str
    validate: Run
    generate: Run
    target: Path
    before: Snapshot


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CaseRuns]:
    """Run validate and generate on every case."""
    project = tmp_path_factory.mktemp("corpus")
    shutil.copytree(BAD_DIR, project / "specs")
    clients = {name: f"case{i}" for i, name in enumerate(EXPECTED)}
    config = [
        "[tool.clientgen]",
        'output = "generated"',
        f"templates = {json.dumps(str(REPO / 'templates'))}",
    ]
    for name, client in clients.items():
        config += [
            f"[tool.clientgen.clients.{client}]",
            f"spec = {json.dumps('specs/' + name)}",
            f'package = "{PACKAGE}"',
            'client_class = "Pets"',
        ]
    (project / "pyproject.toml").write_text("\n".join(config) + "\n", encoding="utf-8")
    pristine = project / "pristine" / PACKAGE
    spec = REPO / "tests" / "fixtures" / "petstore_basic.yaml"
    write_package(pristine, generate(spec, ClientConfig(PACKAGE, "Pets")).files)
    targets = {n: project / "generated" / c for n, c in clients.items()}
    for target in targets.values():
        shutil.copytree(pristine, target)  # copy2: mtimes kept
    befores = {n: snapshot(t) for n, t in targets.items()}
    batched = [n for n, e in EXPECTED.items() if e.bug is None]
    alone = [n for n, e in EXPECTED.items() if e.bug is not None]
    commands: list[tuple[str, ...]] = [
        ("validate", *(f"specs/{n}" for n in batched)),
        ("generate", *(clients[n] for n in batched)),
    ]
    for n in alone:
        commands += [("validate", f"specs/{n}"), ("generate", clients[n])]
    runs = run_many(commands, cwd=project, timeout=120)
    validates = dict.fromkeys(batched, runs[0]) | dict(
        zip(alone, runs[2::2], strict=True)
    )
    generates = dict.fromkeys(batched, runs[1]) | dict(
        zip(alone, runs[3::2], strict=True)
    )
    assert find_pwned(project, BAD_DIR) == []
    return {
        n: CaseRuns(clients[n], validates[n], generates[n], targets[n], befores[n])
        for n in EXPECTED
    }


def test_every_fixture_is_listed() -> None:
    on_disk = {p.name for p in BAD_DIR.iterdir() if p.is_file()} - {"expected.json"}
    assert sorted(on_disk) == sorted(EXPECTED)


@pytest.mark.parametrize("name", _params())
def test_bad_spec_is_refused_with_a_located_message(
    corpus: dict[str, CaseRuns], name: str
) -> None:
    exp, runs = EXPECTED[name], corpus[name]
    at = [(f"specs/{file}", line, col, pointer) for file, line, col, pointer in exp.at]
    if exp.accepted_is_fine and runs.validate.returncode == 0:
        for run in (runs.validate, runs.generate):  # accepted: both succeed cleanly
            assert crash_of(run) is None, run.describe()
            assert run.returncode == 0, run.describe()
        return
    assert_refused(runs.validate, exp.fragment, at)
    if exp.generate_warns:
        gen = runs.generate
        assert crash_of(gen) is None, gen.describe()
        assert located(gen, "warning: " + exp.fragment, at), gen.describe()
        counts = re.search(rf"^{runs.client}: (\d+)/(\d+) operations?", gen.stdout, re.M)
        assert counts and counts[1] == counts[2] != "0", gen.describe()
        assert leftovers(runs.target.parent, runs.client) == []
        return
    assert_refused(runs.generate, exp.fragment, at)
    unchanged = f"{runs.client}: not generated; generated/{runs.client} left unchanged"
    assert unchanged in runs.generate.stderr.splitlines(), runs.generate.describe()
    assert snapshot(runs.target) == runs.before, f"{runs.target} changed"
    assert leftovers(runs.target.parent, runs.client) == []
