"""The robustness cases that are not fixture files: built at test time, or hostile text.

Kept as data so docs/robustness.md can list them (`python -m tests.robustness.docs_table`).
The tests import these same records: a case's `bug` makes its test a strict xfail.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES_TEXT = (
    "67,108,864"  # generator.load.MAX_DOCUMENT_BYTES, as the message prints it
)


@dataclass(frozen=True)
class BuiltCase:
    """A bad or huge spec written into tmp_path by the test (too big or too odd to commit)."""

    id: str
    case: str
    outcome: str
    bug: str | None = None


DEEP_LEVELS = 1_000
DEEP_FLOW_LEVELS = 50_000
BIG_BYTES = 50_000_000
OVER_LIMIT_BYTES = 65 * 1024 * 1024
TIME_BOX_SECONDS = 60

DEEP_KINDS = ("properties", "items", "allOf")
DEEP_CASES = tuple(
    BuiltCase(
        f"deep_{kind}_{fmt}",
        f"{DEEP_LEVELS:,} nested `{kind}` schemas ({fmt.upper()})",
        (
            "exit 2; `FILE:1:1: /: ... nests too deeply to parse`"
            if fmt == "json"
            else "exit 2; `FILE:LINE:COL: /: the document nests too deeply to parse "
            "(over the YAML parser's nesting limit); flatten deeply nested schemas "
            "with $ref` where PyYAML (6.0.4+) stops, or `FILE:1:1: /: ... nests too "
            "deeply to validate` with older PyYAML"
        ),
    )
    for kind in DEEP_KINDS
    for fmt in ("json", "yaml")
)

BUILT_CASES = (
    *DEEP_CASES,
    BuiltCase(
        "deep_yaml_flow",
        f"{DEEP_FLOW_LEVELS:,} nested YAML flow sequences `[[[...]]]` (100 KB)",
        "exit 2 with a located 'nests too deeply' message",
    ),
    BuiltCase(
        "big_json_many_nodes",
        "50 MB JSON document (7 million nodes in an `x-` extension)",
        f"generated (exit 0) within {TIME_BOX_SECONDS} s",
    ),
    BuiltCase(
        "big_yaml_long_text",
        "50 MB YAML document (a 50 MB block-scalar description)",
        f"generated (exit 0) within {TIME_BOX_SECONDS} s",
    ),
    BuiltCase(
        "big_yaml_many_nodes",
        "50 MB YAML document (5 million nodes, no aliases); runs only with "
        "`CLIENTGEN_SLOW_TESTS=1`",
        f"generated, or refused with an accurate located message, within "
        f"{TIME_BOX_SECONDS} s",
    ),
    BuiltCase(
        "over_the_limit",
        "65 MiB document (over `MAX_DOCUMENT_BYTES`)",
        f"exit 2; `FILE:1:1: /: document is 68,157,440 bytes, over the {MAX_BYTES_TEXT}"
        "-byte limit; split it with $ref into files`",
    ),
    BuiltCase(
        "ref_escape_symlink",
        "`$ref` to a symlink inside the spec directory that points to /etc/passwd",
        "exit 2; `FILE:15:17: /paths/.../$ref: $ref 'link.yaml' leaves the spec's "
        "directory (...); refused`",
    ),
    BuiltCase(
        "many_nodes_no_aliases",
        "a YAML document with more nodes than `MAX_EXPANDED_NODES` but no alias "
        "(in-process, the limit lowered to 1,000)",
        "accepted, or refused without calling it an alias bomb",
    ),
)
BUILT = {c.id: c for c in BUILT_CASES}


@dataclass(frozen=True)
class Hostile:
    """Hostile text put into every name, text and value slot of a spec."""

    id: str
    text: str
    bug: str | None = None  # the package is broken (does not generate, import or check)
    generation_fails: bool = False  # ... already at generation: no package to inspect


_TRIPLE_QUOTE_BUG: str | None = None  # fixed
_SURROGATE_BUG: str | None = None  # fixed
_ASTRAL_BUG: str | None = None  # fixed
_CACHED_PROPERTY_BUG: str | None = None  # fixed

HOSTILE_CASES = (
    Hostile("quotes", "it's a \"quoted\" 'name'"),
    Hostile(
        "triple_double_quotes",
        'say """hi""" and end with """',
        _TRIPLE_QUOTE_BUG,
    ),
    Hostile("triple_single_quotes", "'''; x = 1; '''"),
    Hostile("trailing_quote", 'ends with a quote"'),
    Hostile("backslashes", "C:\\new\\table \\u0041 \\N{BULLET} \\x00 ends \\"),
    Hostile("newlines", "line 1\nline 2\r\nline 3\rline 4"),
    Hostile("hash", "# not a comment"),
    Hostile("jinja", "{{ 7 * 7 }} {% if true %}x{% endif %} {# c #} {{ api.package }}"),
    Hostile("python_call", "__import__('os').system('touch PWNED')"),
    Hostile(
        "docstring_breakout",
        '"""\n__import__("os").system("touch PWNED")\n"""',
        _TRIPLE_QUOTE_BUG,
    ),
    Hostile("string_breakout", "'); __import__('os').system('touch PWNED'); ('"),
    Hostile("fstring", "{__import__('os').system('touch PWNED')}"),
    Hostile("bidi_override", "user\u202e\u2066 // evil \u2069\u2066"),
    Hostile("homoglyphs", "\u0440\u0430\u0443\u0440\u0430l \u0430dmin"),
    Hostile("nul", "nul\x00byte"),
    Hostile("lone_surrogate", "lone \ud800 surrogate", _SURROGATE_BUG),
    Hostile("line_separators", "a\u2028b\u2029c\x85d\x0be\x0cf"),
    Hostile("terminal_escapes", "\x1b[31mred\x1b[0m\x07"),
    Hostile("zero_width", "zero\u200bwidth\ufeff"),
    Hostile("emoji", "\U0001f40d snake \U0001f4a5", _ASTRAL_BUG),
    Hostile("keyword", "class"),
    Hostile("dunder", "__init__"),
    Hostile("template_name", "cached_property", _CACHED_PROPERTY_BUG),
    Hostile("path_traversal", "../../x"),
    Hostile("absolute_path", "/etc/passwd"),
    Hostile("windows_device", "CON"),
    Hostile("windows_nul", "nul"),
    Hostile("dot_dot", ".."),
    Hostile("long", "A" + "very" * 300 + "long name"),
)
HOSTILE = {h.id: h for h in HOSTILE_CASES}
