"""generator.layout: code laid out as black would, meaning exactly what the one-line form means."""

from __future__ import annotations

import ast
import keyword
import textwrap

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import layout

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY311})

names = st.from_regex(r"[A-Z][A-Za-z0-9]{0,70}", fullmatch=True)
# identifiers, as the namer hands them out: never a keyword (`in: A = ...` is no Python,
# in the laid-out form or the one-line one, so such an example tests nothing)
words = st.from_regex(r"[a-z_][a-z0-9_]{0,40}", fullmatch=True).filter(
    lambda w: not keyword.iskeyword(w)
)


def _same_code(laid_out: str, one_line: str) -> None:
    assert ast.dump(ast.parse(textwrap.dedent(laid_out))) == ast.dump(
        ast.parse(textwrap.dedent(one_line))
    )


def _in_class(code: str) -> str:
    return "class C:\n" + code + "\n"


@settings(max_examples=150, deadline=None)
@given(name=words, model=names, wire=words, optional=st.booleans())
def test_field_means_the_one_line_form(
    name: str, model: str, wire: str, optional: bool
) -> None:
    annotation = f"{model} | _t.NotGiven | None" if optional else model
    converter = f'_c.nullable(_c.model(_MODELS, "{model}"))'
    args = [f'"{wire}"', converter]
    laid_out = layout.field(name, annotation, "_c.opt", args, 4)
    one = f"    {name}: {annotation} = _c.opt({', '.join(args)})"
    _same_code(_in_class(laid_out), _in_class(one))


@settings(max_examples=150, deadline=None)
@given(items=st.lists(names, min_size=0, max_size=4), indent=st.sampled_from([0, 4, 8]))
def test_tuple_display_keeps_a_tuple(items: list[str], indent: int) -> None:
    quoted = [f'"{i}"' for i in items]
    laid_out = layout.tuple_display("x = (", quoted, ")", indent)
    value = ast.literal_eval(laid_out.strip().removeprefix("x = "))
    assert value == tuple(items)  # a one-element tuple stays a tuple


@settings(max_examples=150, deadline=None)
@given(
    calls=st.recursive(
        names.map(lambda n: f'"{n}"'),
        lambda inner: st.lists(inner, min_size=1, max_size=3).map(
            lambda args: f"_c.union({', '.join(args)})"
        ),
        max_leaves=6,
    ),
    indent=st.sampled_from([4, 8, 12]),
)
def test_expr_means_the_one_line_form(calls: str, indent: int) -> None:
    laid_out = layout.expr(calls, indent, ",")
    _same_code(f"f(\n{laid_out}\n)", f"f({calls},)")


@pytest.mark.parametrize(
    "code",
    [
        layout.field(
            "license",
            "NullableLicenseSimple | None",
            "_c.req",
            ['"license"', '_c.nullable(_c.model(_MODELS, "NullableLicenseSimple"))'],
            4,
        ),
        layout.field(
            "creator_type",
            "AgentTasksGetTaskByRepoAndIdResponseCreatorType | str | _t.NotGiven",
            "_c.opt",
            [
                '"creator_type"',
                '_c.enum(_MODELS, "AgentTasksGetTaskByRepoAndIdResponseCreatorType")',
            ],
            4,
        ),
        layout.field(
            "resource_type",
            "CopilotSpacesCreateForUserBodyResourcesAttributesItemResourceType | str | _t.NotGiven",
            "_c.opt",
            [
                '"resource_type"',
                '_c.enum(_MODELS, "CopilotSpacesCreateForUserBodyResourcesAttributesItemResourceType")',
            ],
            4,
        ),
        layout.field(
            "license",
            "WebhookPullRequestAutoMergeDisabledPullRequestHeadRepoLicense | None",
            "_c.req",
            [
                '"license"',
                '_c.nullable(_c.model(_MODELS, "WebhookPullRequestAutoMergeDisabledPullRequestHeadRepoLicense"))',
            ],
            4,
        ),
    ],
)
def test_field_layout_is_black_stable(code: str) -> None:
    source = _in_class(code)
    assert black.format_str(source, mode=MODE) == source


@pytest.mark.parametrize(
    "code",
    [
        layout.import_from("..models", ["A" * 30, "B" * 30, "C" * 30], 4),
        layout.import_from(".x", ["LongName" * 9 + " as " + "LongName" * 9], 4),
        layout.bracket("__all__ = [", ['"' + "N" * 90 + '"'], "]"),
        layout.tuple_display("_R = (", ['"' + "r" * 85 + '"'], ")", 0),
        layout.tuple_display("_R = (", ['"a"', '"b"'] * 12, ")", 0),
        layout.constant(
            "_OP_" + "X" * 60, "_b.Op", "Integration", "_b.Op(\n    'a',\n)"
        ),
        layout.constant("_OP_" + "X" * 40, "_b.Op", "Y" * 40, "_b.Op(\n    'a',\n)"),
        layout.assign(
            "self." + "m" * 50,
            "_r.to_raw_response_wrapper",
            ["resource." + "m" * 50],
            8,
        ),
        layout.annotated("scope", "S" * 64 + " | str | _t.NotGiven", "_t.NOT_GIVEN", 8),
    ],
)
def test_layouts_are_black_stable(code: str) -> None:
    source = code.replace("'", '"')
    if source.startswith(" "):
        source = (
            _in_class(source)
            if not source.startswith(" " * 8)
            else _in_class(
                "    def f(\n" + source + "\n    ): ..."
                if source.lstrip().startswith("scope")
                else "    def f(self):\n" + source
            )
        )
    source += "\n" if not source.endswith("\n") else ""
    assert black.format_str(source, mode=MODE) == source


# -- type hints, split as black splits them (annotated, field, returns) ------------------

_hint_names = st.sampled_from(["A" * n for n in (3, 20, 40, 60, 75)] + ["None", '"x"'])


def _hints(depth: int = 0) -> st.SearchStrategy[str]:
    if depth >= 3:
        return _hint_names
    inner = _hints(depth + 1)
    return st.one_of(
        _hint_names,
        st.builds(
            lambda head, items: f"{head}[{', '.join(items)}]",
            st.sampled_from(["list", "dict", "tuple", "Literal"]),
            st.lists(inner, min_size=1, max_size=3),
        ),
        st.lists(inner, min_size=2, max_size=4).map(" | ".join),
    )


def _black_or_none(source: str) -> str | None:
    try:
        return black.format_str(source, mode=MODE)
    except black.InvalidInput:
        return None


@settings(max_examples=300, deadline=None)
@given(
    name=words,
    hint=_hints(),
    default=st.sampled_from([None, "None", "_t.NOT_GIVEN"]),
)
def test_a_parameter_type_hint_is_laid_out_as_black_does(
    name: str, hint: str, default: str | None
) -> None:
    """Where the layout says the line is done, black agrees; where it leaves a line too
    long, `needs_black` sends the module to black."""
    source = "def f(\n    self,\n    *,\n" + layout.annotated(name, hint, default, 4)
    source += "\n) -> None:\n    pass\n"
    formatted = _black_or_none(source)
    if formatted is not None and not layout.needs_black(source):
        assert formatted == source


@settings(max_examples=300, deadline=None)
@given(name=words, hint=_hints(), model=names, optional=st.booleans())
def test_a_field_type_hint_is_laid_out_as_black_does(
    name: str, hint: str, model: str, optional: bool
) -> None:
    call = "_c.opt" if optional else "_c.req"
    args = [f'"{name}"', f'_c.list_(_c.model(_MODELS, "{model}"))']
    source = _in_class(layout.field(name, hint, call, args, 4))
    formatted = _black_or_none(source)
    if formatted is not None and not layout.needs_black(source):
        assert formatted == source


@settings(max_examples=300, deadline=None)
@given(method=words, hint=_hints())
def test_a_return_annotation_is_laid_out_as_black_does(method: str, hint: str) -> None:
    source = _in_class(
        f"    def {method}(\n        self,\n        *,\n        x: int,\n"
        + layout.returns(hint, 4)
        + "\n        pass"
    )
    formatted = _black_or_none(source)
    if formatted is not None and not layout.needs_black(source):
        assert formatted == source


def test_the_layout_leaves_black_little_to_do() -> None:
    """Most long hints are laid out by the layout itself, not left to black."""
    hint = "list[" + " | ".join("Model" + "X" * 30 + str(i) for i in range(4)) + "]"
    line = layout.annotated("items", hint + " | _t.NotGiven", "_t.NOT_GIVEN", 8)
    assert max(len(x) for x in line.split("\n")) <= layout.LINE_LENGTH
    assert not layout.needs_black(line)
    assert "(\n" in line and "| _t.NotGiven" in line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", '"', "'", "\\", "\n", "é", "\x00"])))
def test_a_string_literal_takes_the_quotes_black_gives_it(text: str) -> None:
    """layout.double_quoted(repr(s)) is what black makes of repr(s), and still means s
    (its fast path, for strings without a quote or backslash, included)."""
    literal = layout.double_quoted(repr(text))
    assert ast.literal_eval(literal) == text
    formatted = black.format_str(f"x = {text!r}\n", mode=black.Mode())
    assert formatted == f"x = {literal}\n"
