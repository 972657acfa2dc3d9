"""The case tables of docs/robustness.md, generated from the cases the tests run.

    python -m tests.robustness.docs_table          # rewrite the tables in docs/robustness.md
    python -m tests.robustness.docs_table --check  # exit 1 if they are stale

Each table sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; the
prose around them is hand-written. `test_docs.py` fails when a table is stale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from generator.problems import join_pointer
from tests.robustness._support import REPO, At, Expectation, load_expected
from tests.robustness.cases import BUILT_CASES, HOSTILE_CASES

DOC = REPO / "docs" / "robustness.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return (
        "`` " + text.replace("|", "\\|") + " ``" if "`" in text else f"`{_cell(text)}`"
    )


def _where(at: At, prefix: str = "") -> str:
    file, line, col, pointer = at
    return f"{prefix}{file}:{line if line is not None else 'L'}:{col if col is not None else 'C'}: {pointer}"


def _status(bug: str | None) -> str:
    if bug is None:
        return "ok"
    m = re.match(r"BUG( \(minor\))?:\s*", bug)
    kind = "minor bug" if m and m[1] else "bug"
    return f"**xfail** ({kind}): " + _cell(bug[m.end() :] if m else bug)


def _outcome(exp: Expectation) -> str:
    where = _where(exp.at[0])
    if exp.generate_warns:
        return (
            f"validate: exit 2, {_code(f'{where}: ...{exp.fragment}...')}; "
            "generate: the same line as a `warning:`, exit 0, package generated"
        )
    alternatives = (
        f" (or {len(exp.at) - 1} other location(s))" if len(exp.at) > 1 else ""
    )
    accepted = "; or accepted cleanly" if exp.accepted_is_fine else ""
    return f"exit 2, {_code(f'{where}: ...{exp.fragment}...')}{alternatives}{accepted}"


def bad_specs() -> str:
    rows = ["| fixture | case | validate and generate | status |", "|---|---|---|---|"]
    for name, exp in load_expected().items():
        rows.append(
            f"| `{name}` | {_cell(exp.case)} | {_outcome(exp)} | {_status(exp.bug)} |"
        )
    return "\n".join(rows)


def built_specs() -> str:
    rows = [
        "| case | built in tmp_path | expected outcome | status |",
        "|---|---|---|---|",
    ]
    for c in BUILT_CASES:
        rows.append(
            f"| `{c.id}` | {_cell(c.case)} | {_cell(c.outcome)} | {_status(c.bug)} |"
        )
    return "\n".join(rows)


def hostile_texts() -> str:
    rows = ["| id | text (Python repr) | status |", "|---|---|---|"]
    for h in HOSTILE_CASES:
        text = repr(h.text)
        if len(text) > 60:
            text = text[:57] + "...'"
        rows.append(f"| `{h.id}` | {_code(text)} | {_status(h.bug)} |")
    return "\n".join(rows)


def failure_stages() -> str:
    from tests.robustness.test_atomic_write import STAGES

    rows = ["| injected failure | exit code of `clientgen generate` |", "|---|---|"]
    for stage, (_, code) in STAGES.items():
        rows.append(f"| {_cell(stage)} | {code} |")
    return "\n".join(rows)


def extension_names() -> str:
    from tests.robustness.test_names import _EXTENSION_BUG, EXTENSIONS

    rows = ["| case | extension | value | status |", "|---|---|---|---|"]
    for case, (where, key, value) in sorted(EXTENSIONS.items()):
        rows.append(
            f"| `{case}` | `{join_pointer('', *where, key)}` | {_code(repr(value))} | "
            f"{_status(_EXTENSION_BUG)} |"
        )
    return "\n".join(rows)


TABLES: dict[str, Callable[[], str]] = {
    "bad-specs": bad_specs,
    "built-specs": built_specs,
    "hostile-texts": hostile_texts,
    "failure-stages": failure_stages,
    "extension-names": extension_names,
}


def _filler(table: Callable[[], str]) -> Callable[[re.Match[str]], str]:
    return lambda m: m[1] + table() + "\n" + m[2]


def render(doc: str) -> str:
    """`doc` with every generated table replaced by its current rendering."""
    for name, table in TABLES.items():
        pattern = re.compile(
            rf"(<!-- generated:{name} -->\n).*?(<!-- /generated:{name} -->)", re.S
        )
        if not pattern.search(doc):
            raise ValueError(
                f"docs/robustness.md has no <!-- generated:{name} --> block"
            )
        doc = pattern.sub(_filler(table), doc)
    return doc


def main(argv: list[str]) -> int:
    current = DOC.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("docs/robustness.md is stale: python -m tests.robustness.docs_table")
            return 1
        return 0
    DOC.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
