"""Lay out generated code the way black would, so that black has little left to change.

Black stays the formatter of record: every file still goes through it. But black is several
times faster on code that is already in its style than on code it must split, and most of
what the templates emit varies only in how long the names are. These helpers apply black's
rules for the constructs the templates write (calls, collection displays, imports) from the
lengths alone; anything they do not cover is left on one line for black to split.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

LINE_LENGTH = 88  # black's default, which the generated packages use
INDENT = "    "


def double_quoted(literal: str) -> str:
    """A repr() string literal in the quotes black would choose: double quotes unless they
    need more escapes than repr's single quotes (black's rule, ties going to double)."""
    if literal[:1] != "'" or literal[-1:] != "'":
        return literal
    body = literal[1:-1]
    if "\\" not in body and '"' not in body:  # most are: nothing to weigh or convert
        return f'"{body}"'
    units: list[str] = []  # the body as characters and escape sequences
    i = 0
    while i < len(body):
        step = 2 if body[i] == "\\" else 1
        units.append(body[i : i + step])
        i += step
    if units.count('"') > units.count("\\'"):
        return literal  # double quotes would need more escapes
    converted = "".join("'" if u == "\\'" else '\\"' if u == '"' else u for u in units)
    return f'"{converted}"'


def bracket(
    head: str,
    items: Sequence[str],
    tail: str,
    indent: int = 0,
    *,
    kind: str = "call",
    long_head: bool = False,
) -> str:
    """`head` + items + `tail` (head ends with the opening bracket), as black lays it out.

    On one line if it fits. Otherwise black splits at the last opening bracket: a call's
    arguments go on one indented line if they fit there; a collection display or an import
    of several items always gets one item per line, with a trailing comma (as does a call
    whose arguments do not fit on one line). `indent` is the depth in spaces.
    Not for a one-element tuple, whose comma must stay: see `tuple_arg`. `long_head`:
    split even where the head alone is too long (black can do no better there).
    """
    pad = " " * indent
    joined = ", ".join(items)
    one = f"{pad}{head}{joined}{tail}"
    too_long_head = len(pad) + len(head) > LINE_LENGTH and not long_head
    if len(one) <= LINE_LENGTH or not items or too_long_head:
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
    start = last = -1
    depth = 0
    commas: list[int] = []
    for i, ch, depth in _code(text):
        if ch in _OPEN and depth == 1:
            if start != -1:
                return None  # two bracket groups at the top: not one call
            start = i
        elif ch in ")]}" and depth == 0 and i != len(text) - 1:
            # a top-level group closes before the end (e.g. `f(a)[0]`): not ours
            return None
        elif ch == "," and depth == 1:
            commas.append(i)
        last = i
    if start == -1 or depth != 0 or last != len(text) - 1:
        return None  # unbalanced, or the end inside a string
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
    """A parameter `name: annotation = default,` of an exploded signature, as black lays
    it out when too long: a union goes in parentheses (one line there if it fits, else
    one `|` member a line, each split further at its brackets); a lone subscript splits
    at its bracket; a lone name stays as it is."""
    pad = " " * indent
    tail = f" = {default}," if default is not None else ","
    one = f"{pad}{name}: {annotation}{tail}"
    if len(one) <= LINE_LENGTH:
        return one
    lines = _hinted(name, annotation, indent, tail)
    if lines is None:
        return one  # black decides
    return "\n".join(lines) + tail


def _hinted(
    name: str, annotation: str, indent: int, tail: str, *, statement: bool = False
) -> list[str] | None:
    """`name: annotation` split as black splits a too long type hint, without `tail`,
    what follows on its last line (` = default,`); None where the rules here don't
    reach. A lone name stays as it is in a parameter, and goes in parentheses in an
    annotated assignment (`statement`)."""
    pad = " " * indent
    lone = "[" not in annotation and "(" not in annotation
    if len(_top_level(annotation, " | ")) > 1 or (statement and lone):
        return [
            f"{pad}{name}: (",
            *_hint_body(annotation, indent + len(INDENT)),
            f"{pad})",
        ]
    split = _subscript(annotation, f"{name}: ", indent, tail)
    if split is None or len(split[0]) > LINE_LENGTH:
        return None
    return split


def _hint_body(hint: str, indent: int, suffix: str = "") -> list[str]:
    """The lines of a type expression standing alone at `indent` (inside parentheses or
    brackets) and followed by `suffix` on its last line: one line if it fits, else one
    union member a line (`| X`), each split at its brackets if still too long."""
    pad = " " * indent
    if len(pad) + len(hint) + len(suffix) <= LINE_LENGTH:
        return [pad + hint + suffix]
    members = _top_level(hint, " | ")
    lines: list[str] = []
    for i, member in enumerate(members):
        prefix = "| " if i else ""
        end = suffix if i == len(members) - 1 else ""
        split = _subscript(member, prefix, indent, end)
        if split is None:
            lines.append(f"{pad}{prefix}{member}{end}")
        else:
            split[-1] += end
            lines += split
    return lines


def _subscript(
    hint: str, prefix: str, indent: int, suffix: str = ""
) -> list[str] | None:
    """`prefix` + `Name[items]` + `suffix` split at its bracket when too long (items on
    one line if they fit, else one a line with a trailing comma, each split further);
    None for a hint that is no subscript, or that fits. The suffix stands after the
    closing bracket, which the caller adds it to (it is not in the lines returned)."""
    pad = " " * indent
    if len(pad) + len(prefix) + len(hint) + len(suffix) <= LINE_LENGTH:
        return None
    open_at = hint.find("[")
    if (
        open_at <= 0
        or not hint.endswith("]")
        or _closing(hint, open_at) != len(hint) - 1
    ):
        return None
    head, inner = hint[: open_at + 1], hint[open_at + 1 : -1]
    items = _top_level(inner, ", ")
    inner_indent = indent + len(INDENT)
    inner_pad = " " * inner_indent
    if len(items) == 1:
        body = _hint_body(items[0], inner_indent)
    elif len(inner_pad) + len(inner) <= LINE_LENGTH:
        body = [inner_pad + inner]
    else:
        body = []
        for item in items:
            body += _hint_body(item, inner_indent, ",")
    return [f"{pad}{prefix}{head}", *body, f"{pad}]"]


def _code(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, bracket depth after it) of each character of `text` from
    `start` that is outside its string literals."""
    depth = 0
    quote = ""
    i = start
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
        else:
            depth += (ch in "([{") - (ch in ")]}")
            yield i, ch, depth
        i += 1


def _closing(text: str, open_at: int) -> int:
    """The index of the bracket closing the one at `open_at`, or -1."""
    for i, ch, depth in _code(text, open_at):
        if depth == 0 and ch in ")]}":
            return i
    return -1


def _top_level(text: str, separator: str) -> list[str]:
    """`text` split at each `separator` outside brackets and strings."""
    if _NESTING.search(text) is None:  # most annotations: nothing to step over
        return text.split(separator)
    return _top_level_scan(text, separator)


_NESTING = re.compile(r"[\"'()\[\]{}]")


def _top_level_scan(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for i, ch, depth in _code(text):
        if (
            depth == 0
            and i >= start
            and ch not in ")]}"
            and text.startswith(separator, i)
        ):
            parts.append(text[start:i])
            start = i + len(separator)
    parts.append(text[start:])
    return parts


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
        # black wraps the right-hand side in parentheses only where all of it then fits
        if annotation is not None or all(
            len(line) <= LINE_LENGTH for line in inner.split("\n")
        ):
            return f"{pad}{target} = (\n{inner}\n{pad})"
    if annotation is None:  # black splits at the call's bracket all the same
        return bracket(f"{target} = {call}(", args, ")", indent, long_head=True)
    hint = _hinted(*annotation, indent, f" = {call}(", statement=True)
    if hint is None:
        return one  # the target itself must be split: black decides how
    rest = bracket(f"{hint[-1].strip()} = {call}(", args, ")", indent)
    return "\n".join(hint[:-1]) + "\n" + rest


def constant(name: str, generic: str, type_arg: str, call: str) -> str:
    """`name: generic[type_arg] = call`, a module constant whose value is a (multi-line) call.

    When the first line is too long, black wraps the value in parentheses if
    `name: generic[type_arg] = (` fits, and else splits the subscript.
    """
    target = f"{name}: {generic}[{type_arg}] = "
    if len(target + call.split("\n", 1)[0]) <= LINE_LENGTH:
        return target + call
    if len(target) + 1 <= LINE_LENGTH:
        return f"{target}(\n{_indented(call)}\n)"
    body = "\n".join(_hint_body(type_arg, len(INDENT)))
    return f"{name}: {generic}[\n{body}\n] = {call}"


def _indented(code: str) -> str:
    """`code` one level deeper, a line that grows too long there split as black would
    (an item `x(...),` of an exploded call or display)."""
    lines = []
    for line in code.split("\n"):
        deeper = INDENT + line if line else line
        stripped = deeper.strip()
        if len(deeper) > LINE_LENGTH and stripped.endswith(","):
            indent = len(deeper) - len(deeper.lstrip())
            deeper = expr(stripped[:-1], indent, ",")
        lines.append(deeper)
    return "\n".join(lines)


def returns(annotation: str, indent: int, tail: str = ":") -> str:
    """The last line of an exploded signature, `) -> annotation:`, as black lays it out
    when too long: a union in parentheses, a subscript split at its bracket. `tail`:
    what ends it (`: ...` for an overload's stub)."""
    pad = " " * indent
    one = f"{pad}) -> {annotation}{tail}"
    if len(one) <= LINE_LENGTH:
        return one
    if len(_top_level(annotation, " | ")) > 1:
        body = _hint_body(annotation, indent + len(INDENT))
        return "\n".join([f"{pad}) -> (", *body, f"{pad}){tail}"])
    split = _subscript(annotation, ") -> ", indent, tail)
    return one if split is None else "\n".join(split) + tail


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


def needs_black(module: str) -> bool:
    """Whether the layout left a line of code longer than black allows (a shape these
    rules do not cover), so that black must lay the module out. Docstring and comment
    lines don't count: black leaves long ones as they are. A generated docstring is the
    only line that starts with triple double quotes (string literals are repr()s), and
    its text never holds three quotes in a row (`filters.doc_text`)."""
    in_doc = False
    for line in module.split("\n"):
        if line.endswith((" ", "\t")) or line.lstrip().startswith('""" '):
            return True  # black strips these spaces (in docstrings too)
        if in_doc:
            in_doc = not line.rstrip().endswith('"""')
            if not in_doc and len(line) > LINE_LENGTH and line.strip() != '"""':
                return True  # black puts these closing quotes on a line of their own
            continue
        if '"""' in line:
            stripped = line.strip()
            if stripped.startswith('"""'):
                if stripped.startswith('""""'):
                    return True  # black pads a docstring that starts with a quote
                in_doc = len(stripped) < 6 or not stripped.endswith('"""')
                continue
        if len(line) > LINE_LENGTH and _splittable(line):
            return True
    return False


# statements black may wrap in (invisible) parentheses: assignments, annotations, ...
_BLACK_WRAPS = re.compile(r" = |^(return|yield|assert|del) |^[A-Za-z_]\w*: ")


def _splittable(line: str) -> bool:
    """Whether black could split a long line of code: not a comment, and with a bracket
    (or a statement black may wrap in parentheses) outside its string literals. Lines
    such as `    pattern="...long...",` or `    "Key": "value",` are as short as black
    can make them."""
    code = _without_strings(line).strip()
    if not code or code.startswith("#"):
        return False
    brackets = [c for c in code if c in "()[]{}"]
    if brackets == [code[-1]] and code[-1] in "([{":
        return False  # already split at its only bracket (`def long_name(`)
    if brackets:
        return True
    if _BLACK_WRAPS.search(code) is None:
        return False
    # a bracketless statement: black wraps its value in parentheses only where the
    # value then fits on a line of its own
    value = _without_strings(line, keep=True).split(" = ", 1)[-1].strip()
    indent = len(line) - len(line.lstrip())
    return indent + len(INDENT) + len(value) <= LINE_LENGTH


def _without_strings(line: str, *, keep: bool = False) -> str:
    """The line with each one-line string literal replaced by `0` (an atom that is no
    name; a prefix such as f stays before it), and any comment cut; `keep`: the
    literals kept as they are (only the comment cut)."""
    out: list[str] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch in "'\"":
            j = i + 1
            while j < len(line) and line[j] != ch:
                j += 2 if line[j] == "\\" else 1
            out.append(line[i : j + 1] if keep else "0")
            i = j + 1
            continue
        if ch == "#":
            break
        out.append(ch)
        i += 1
    return "".join(out)
