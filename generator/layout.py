"""Lay out generated code the way black would, so that black has little left to change.

Black stays the formatter of record: every file still goes through it. But black is several
times faster on code that is already in its style than on code it must split, and most of
what the templates emit varies only in how long the names are. These helpers apply black's
rules for the constructs the templates write (calls, collection displays, imports) from the
lengths alone; anything they do not cover is left on one line for black to split.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

LINE_LENGTH = 88  # black's default, which the generated packages use
INDENT = "    "


def double_quoted(literal: str) -> str:
    """A repr() string literal in the quotes black would choose: double quotes unless they
    need more escapes than repr's single quotes (black's rule, ties going to double)."""
    if literal[:1] != "'" or literal[-1:] != "'":
        return literal
    units: list[str] = []  # the body as characters and escape sequences
    body = literal[1:-1]
    i = 0
    while i < len(body):
        step = 2 if body[i] == "\\" else 1
        units.append(body[i : i + step])
        i += step
    if units.count('"') > units.count("\\'"):
        return literal  # double quotes would need more escapes
    converted = "".join(
        "'" if u == "\\'" else '\\"' if u == '"' else u for u in units
    )
    return f'"{converted}"'


def bracket(
    head: str,
    items: Sequence[str],
    tail: str,
    indent: int = 0,
    *,
    kind: str = "call",
) -> str:
    """`head` + items + `tail` (head ends with the opening bracket), as black lays it out.

    On one line if it fits. Otherwise black splits at the last opening bracket: a call's
    arguments go on one indented line if they fit there; a collection display or an import
    of several items always gets one item per line, with a trailing comma (as does a call
    whose arguments do not fit on one line). `indent` is the depth in spaces.
    Not for a one-element tuple, whose comma must stay: see `tuple_arg`.
    """
    pad = " " * indent
    joined = ", ".join(items)
    one = f"{pad}{head}{joined}{tail}"
    if len(one) <= LINE_LENGTH or not items or len(pad) + len(head) > LINE_LENGTH:
        return one  # fits, or a shape these rules do not cover: black decides
    inner = pad + INDENT
    if (
        # black always gives imported names, and a def's parameters, a line each
        kind not in ("import", "def")
        and (len(items) == 1 or kind == "call")
        and len(inner) + len(joined) <= LINE_LENGTH
    ):
        return f"{pad}{head}\n{inner}{joined}\n{pad}{tail}"
    if len(items) == 1 and kind not in ("import", "def"):
        # one item too long for a line of its own: black splits the item itself
        return f"{pad}{head}\n{expr(items[0], indent + len(INDENT))}\n{pad}{tail}"
    return _one_per_line(head, items, tail, indent)


def _one_per_line(head: str, items: Sequence[str], tail: str, indent: int) -> str:
    """Each item on a line of its own with a trailing comma (each split further if needed)."""
    pad = " " * indent
    lines = "".join(expr(item, indent + len(INDENT), ",") + "\n" for item in items)
    return f"{pad}{head}\n{lines}{pad}{tail}"


def expr(text: str, indent: int, trailing: str = "") -> str:
    """One expression (+ `trailing`) on its own line, split as black would when too long.

    Covers what the templates write: calls and bracketed displays whose last bracket closes
    at the end; black splits at that bracket, as `bracket` does, and recurses into items.
    Anything else stays on one line for black.
    """
    pad = " " * indent
    one = f"{pad}{text}{trailing}"
    if len(one) <= LINE_LENGTH:
        return one
    parts = _outer_call(text)
    if parts is None:
        return one
    head, args, close = parts
    before = head[:-1].rstrip()
    # a bracket right after a name, call or subscript opens arguments; else a display
    kind = (
        "call"
        if before and (before[-1].isalnum() or before[-1] in "_)]")
        else "collection"
    )
    return bracket(head, args, close + trailing, indent, kind=kind)


_OPEN = {"(": ")", "[": "]", "{": "}"}


def _outer_call(text: str) -> tuple[str, list[str], str] | None:
    """(`name(`, top-level arguments, `)`) if `text` ends with the bracket opened by the
    first bracket that is still open at the end; None for any other shape."""
    if not text or text[-1] not in ")]}":
        return None
    depth = 0
    start = -1
    commas: list[int] = []
    quote = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in _OPEN:
            if depth == 0:
                if start != -1:
                    return None  # two bracket groups at the top: not one call
                start = i
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                # a top-level group closes before the end (e.g. `f(a)[0]`): not ours
                return None
        elif ch == "," and depth == 1:
            commas.append(i)
        i += 1
    if start == -1 or depth != 0 or quote:
        return None
    bounds = [start, *commas, len(text) - 1]
    args = [text[a + 1 : b].strip() for a, b in itertools.pairwise(bounds)]
    if args and args[-1] == "":
        return None  # a trailing comma (magic, or a one-element tuple): black decides
    if args == [""]:
        return None
    return text[: start + 1], args, text[-1]


def import_from(module: str, names: Sequence[str], indent: int = 0) -> str:
    """`from MODULE import a, b`, exploded in parentheses when too long (as black does)."""
    pad = " " * indent
    one = f"{pad}from {module} import {', '.join(names)}"
    if len(one) <= LINE_LENGTH:
        return one
    return bracket(f"from {module} import (", names, ")", indent, kind="import")


def annotated(name: str, annotation: str, default: str | None, indent: int) -> str:
    """A parameter `name: annotation = default,` of an exploded signature.

    When too long, black wraps the annotation in parentheses, on one line if it fits there
    and else one `|` operand per line.
    """
    pad = " " * indent
    tail = f" = {default}," if default is not None else ","
    one = f"{pad}{name}: {annotation}{tail}"
    if len(one) <= LINE_LENGTH:
        return one
    body = _annotation_lines(annotation, indent)
    if body is None:
        return one  # brackets inside the union: black has more options; let it choose
    return f"{pad}{name}: (\n{body}{pad}){tail}"


def field(
    name: str, annotation: str, call: str, args: Sequence[str], indent: int
) -> str:
    """`name: annotation = call(args)`, a model field, as black lays it out when too long."""
    return assign(
        f"{name}: {annotation}", call, args, indent, annotation=(name, annotation)
    )


def assign(
    target: str,
    call: str,
    args: Sequence[str],
    indent: int,
    *,
    annotation: tuple[str, str] | None = None,
) -> str:
    """`target = call(args)` as black lays it out when too long.

    Split at the call's brackets if the line up to them fits; else the right-hand side
    goes in parentheses if `target = (` fits; else (for `name: annotation`) the annotation
    goes in parentheses.
    """
    pad = " " * indent
    one = f"{pad}{target} = {call}({', '.join(args)})"
    if len(one) <= LINE_LENGTH:
        return one
    if len(f"{pad}{target} = {call}(") <= LINE_LENGTH:
        return bracket(f"{target} = {call}(", args, ")", indent)
    if len(f"{pad}{target} = (") <= LINE_LENGTH:
        inner = bracket(f"{call}(", args, ")", indent + len(INDENT))
        return f"{pad}{target} = (\n{inner}\n{pad})"
    hint_lines = _annotation_lines(annotation[1], indent) if annotation else None
    if annotation is None or hint_lines is None:
        return one  # the target itself must be split: black decides how
    rest = bracket(f") = {call}(", args, ")", indent)
    return f"{pad}{annotation[0]}: (\n{hint_lines}{rest}"


def _annotation_lines(annotation: str, indent: int) -> str | None:
    """A parenthesized annotation's inner lines: on one line if it fits, else one union
    member a line (`| X`); None where black would split further (brackets inside)."""
    inner = " " * indent + INDENT
    if len(inner) + len(annotation) <= LINE_LENGTH:
        return f"{inner}{annotation}\n"
    parts = annotation.split(" | ")
    if (
        len(parts) == 1
        or any(c in part for part in parts for c in "[(")
        or any(len(inner) + 2 + len(part) > LINE_LENGTH for part in parts)
    ):
        return None
    return f"{inner}{parts[0]}\n" + "".join(f"{inner}| {p}\n" for p in parts[1:])


def constant(name: str, generic: str, type_arg: str, call: str) -> str:
    """`name: generic[type_arg] = call`, a module constant whose value is a (multi-line) call.

    When the first line is too long, black wraps the value in parentheses if
    `name: generic[type_arg] = (` fits, and else splits the subscript.
    """
    target = f"{name}: {generic}[{type_arg}] = "
    if len(target + call.split("\n", 1)[0]) <= LINE_LENGTH:
        return target + call
    if len(target) + 1 <= LINE_LENGTH:
        body = "\n".join(INDENT + line if line else line for line in call.split("\n"))
        return f"{target}(\n{body}\n)"
    if len(INDENT + type_arg) <= LINE_LENGTH:
        return f"{name}: {generic}[\n{INDENT}{type_arg}\n] = {call}"
    return target + call


def tuple_arg(
    keyword: str, items: Sequence[str], indent: int, *, exploded: bool = False
) -> str:
    """`keyword=(items),` (a tuple argument of an exploded call), as black lays it out."""
    return tuple_display(f"{keyword}=(", items, "),", indent, exploded=exploded)


def tuple_display(
    head: str, items: Sequence[str], tail: str, indent: int, *, exploded: bool = False
) -> str:
    """A tuple display `head items tail` (head ends with `(`), as black lays it out;
    a one-element tuple keeps its comma. `exploded`: several items get a line each even
    where they would fit on one (their trailing comma keeps black from joining them)."""
    pad = " " * indent
    if not items:
        return f"{pad}{head}{tail}"
    if exploded and len(items) > 1:
        return _one_per_line(head, items, tail, indent)
    body = f"{items[0]}," if len(items) == 1 else ", ".join(items)
    one = f"{pad}{head}{body}{tail}"
    if len(one) <= LINE_LENGTH:
        return one
    if len(items) == 1:  # the comma makes it a tuple: it stays
        return f"{pad}{head}\n{expr(items[0], indent + len(INDENT), ',')}\n{pad}{tail}"
    return bracket(head, items, tail, indent, kind="collection")
