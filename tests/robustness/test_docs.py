"""docs/robustness.md lists the cases the tests run: its generated tables are current."""

from __future__ import annotations

from tests.robustness.docs_table import DOC, render


def test_robustness_doc_tables_are_current() -> None:
    current = DOC.read_text(encoding="utf-8")
    assert render(current) == current, (
        "docs/robustness.md is stale: run .venv/bin/python -m tests.robustness.docs_table"
    )
