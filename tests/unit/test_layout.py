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
