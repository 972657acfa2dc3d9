"""Rewrite tests/fixtures/diff/*/expected.json from the current `clientgen diff` output.

    .venv/bin/python -m tests.diff.refresh            # every case but the known bugs
    .venv/bin/python -m tests.diff.refresh CASE ...   # only these cases

Cases in tests.diff._support.KNOWN_BUGS are skipped: their expected.json holds the report
as it should be (written by hand); remove a case from KNOWN_BUGS once its bug is fixed.
Review `git diff tests/fixtures/diff` before committing: test_diff_golden.py also asserts
each case's change kinds and breaking flags, so a wrong refresh does not go unnoticed.
"""

from __future__ import annotations

import sys

from tests.diff._support import CASES, FIXTURES, KNOWN_BUGS, case_report_json


def refresh(cases: list[str]) -> int:
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        print(f"unknown case(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    for case in cases or CASES:
        target = FIXTURES / case / "expected.json"
        if case in KNOWN_BUGS:
            print(f"skipped {case} (known bug; expected.json is hand-written)")
            continue
        text = case_report_json(case)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote   {target.relative_to(FIXTURES.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(refresh(sys.argv[1:]))
