"""Property-based: random valid OpenAPI 3.0 documents generate correct packages.

For each document drawn by `strategies.documents()` (and valid per openapi-spec-validator,
else discarded with `assume`), the package is generated and written, its paths are safe,
and its spec-derived modules parse and are inert at import. Then, for all packages at
once: every module imports in a fresh interpreter, and `mypy --strict` passes (one mypy
process per 40 packages).

`CLIENTGEN_FUZZ_EXAMPLES` sets the number of documents (default 10, well under a minute);
`make fuzz` runs 200. A failure names the spec file (kept in pytest's tmp dir) and
Hypothesis prints how to reproduce it. Failures are shrunk to a minimal document only in
long runs (100 examples or more; `CLIENTGEN_FUZZ_SHRINK=1|0` overrides), since shrinking
can take minutes.
"""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, assume, given, settings

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.problems import SpecError
from generator.write import write_package
from tests.robustness._support import (
    REPO,
    find_pwned,
    import_packages,
    mypy_strict,
    package_problems,
    written_outside,
)
from tests.robustness.strategies import Json, documents, openapi_errors

EXAMPLES = int(os.environ.get("CLIENTGEN_FUZZ_EXAMPLES", "10"))
#: shrinking a failure to a minimal document can take minutes: only in long runs by default
SHRINK = os.environ.get("CLIENTGEN_FUZZ_SHRINK", "1" if EXAMPLES >= 100 else "0") == "1"


def test_fuzz_random_documents_generate_packages_that_import_and_type_check(
    tmp_path: Path,
) -> None:
    packages: dict[str, Path] = {}
    specs: dict[str, Path] = {}
    cwd = tmp_path / "cwd"
    cwd.mkdir()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        print_blob=True,
        phases=[p for p in Phase if SHRINK or p is not Phase.shrink],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(doc=documents())
    def one_document(doc: Json) -> None:
        assume(not openapi_errors(doc))
        name = f"fuzz_{len(specs):04d}"
        spec = tmp_path / "specs" / f"{name}.json"
        spec.parent.mkdir(exist_ok=True)
        spec.write_text(json.dumps(doc, indent=1), encoding="utf-8")
        specs[name] = spec
        try:
            generated = generate(spec, ClientConfig(name, "FuzzClient"))
        except SpecError as exc:
            raise AssertionError(
                f"{spec}: a valid document was refused:\n"
                + "\n".join(p.format() for p in exc.problems)
            ) from None
        problems = package_problems(generated.files, name)
        assert problems == [], f"{spec}:\n" + "\n".join(problems)
        out = tmp_path / "out" / name
        write_package(out / "dist", generated.files)
        assert written_outside(out, out / "dist") == []
        packages[name] = out / "dist"

    try:
        one_document()
    except Exception:
        raise AssertionError(traceback.format_exc()) from None
    assert packages, "no valid document was drawn"
    failures = []
    for name, error in import_packages(packages, cwd, fake=True).items():
        if error is not None:
            failures.append(f"{specs[name]}: import failed:\n{error}")
    for name, lines in mypy_strict(packages, cwd).items():
        if lines:
            failures.append(f"{specs[name]}: mypy --strict:\n" + "\n".join(lines))
    assert find_pwned(tmp_path, REPO) == []
    assert failures == [], "\n\n".join(failures)
