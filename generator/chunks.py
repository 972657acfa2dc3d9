"""Cut a generated module into pieces that black formats the same alone as in the module.

Black lays out each logical line on its own: how a statement is split depends on the
statement and its depth, not on its neighbours. What does depend on the neighbours is the
number of blank lines between statements. So a module can be formatted piece by piece, if
the pieces are whole statements and the blank lines between them are the ones black
would put there anyway:

- the head: everything before the first top-level class;
- each top-level class: its first part (the `class` line, docstring and attributes, up to
  its second method at the latest), then each further method, decorators included;
- whatever follows the last class, as one piece.

Between two methods black puts exactly one blank line, and two before and after a
top-level class. A module whose pieces are not separated so (comments between them, other
blank lines) is not cut. A method is formatted inside a stand-in `class _:`, which puts it
at its depth. generator.format uses this to reformat only the pieces an edit changed; the
test suite checks, module by module on the corpus, that the pieces come out of black
exactly as the whole module does.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

WRAPPER = "class _:\n"


@dataclass(frozen=True)
class Piece:
    text: str  # whole lines, the last without its newline
    nested: bool  # a method: formatted inside WRAPPER

    def source(self) -> str:
        """What to give black for this piece."""
        return (WRAPPER if self.nested else "") + self.text + "\n"

    def unwrap(self, formatted: str) -> str | None:
        """Black's output for `source()` as this piece, or None if it is not one."""
        if self.nested:
            if not formatted.startswith(WRAPPER):
                return None
            formatted = formatted[len(WRAPPER) :]
            if not formatted.startswith("    ") or formatted.startswith("     "):
                return None
        if not formatted.endswith("\n") or formatted.endswith("\n\n"):
            return None
        return formatted[:-1]


@dataclass(frozen=True)
class Cut:
    """A module as pieces: text == pieces joined by `separators` (blank lines), + "\\n"."""

    pieces: tuple[Piece, ...]
    separators: tuple[str, ...]

    def join(self, texts: list[str]) -> str:
        out = [texts[0]]
        for sep, text in zip(self.separators, texts[1:], strict=True):
            out += [sep, text]
        return "".join(out) + "\n"


_ONE_BLANK = "\n\n"
_TWO_BLANK = "\n\n\n"


def cut(text: str) -> Cut | None:
    """The module's pieces, or None if it cannot be cut (see the module's docstring)."""
    if not text.endswith("\n") or text.endswith("\n\n") or "\r" in text:
        return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return None
    lines = text.split("\n")[:-1]  # the last "" after the final newline
    # (first line, nested) of each piece, 1-based; ends follow from the next start
    starts: list[tuple[int, bool]] = [(1, False)]
    ends: dict[int, int] = {}  # piece start -> last line of a class's last piece
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            if starts[-1][0] in ends:  # the first statement after a class: the tail
                starts.append((_first_line(node), False))
            continue
        first = _first_line(node)
        if first != 1:
            starts.append((first, False))
        methods = [
            n
            for n in node.body[1:]
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        starts += [(_first_line(m), True) for m in methods]
        ends[starts[-1][0]] = _last_line(node)
    pieces: list[Piece] = []
    separators: list[str] = []
    for i, (start, nested) in enumerate(starts):
        if i + 1 < len(starts):
            following, next_nested = starts[i + 1]
            last = ends.get(start, following - 1)
            while last >= start and not lines[last - 1].strip():
                last -= 1
            sep = "\n" * (following - last)
            gap = lines[last : following - 1]
            if any(line.strip() for line in gap):
                return None  # a comment or code between pieces
            if sep != (_ONE_BLANK if next_nested else _TWO_BLANK):
                return None
        else:
            last = len(lines)
        if last < start or lines[last - 1].lstrip().startswith("#"):
            return None  # empty, or a comment black may attach to what follows
        pieces.append(Piece("\n".join(lines[start - 1 : last]), nested))
        if i + 1 < len(starts):
            separators.append(sep)
    if len(pieces) < 2:
        return None
    return Cut(tuple(pieces), tuple(separators))


def _first_line(node: ast.stmt) -> int:
    decorators: list[ast.expr] = getattr(node, "decorator_list", None) or []
    return min([node.lineno, *(d.lineno for d in decorators)])


def _last_line(node: ast.stmt) -> int:
    end = node.end_lineno
    assert end is not None
    return end


def format_by_pieces(
    module: Cut,
    known: dict[str, str | None],
    digest: Callable[[Piece], str],
    black: Callable[[str], str],
) -> tuple[str, dict[str, str | None]] | None:
    """The module formatted piece by piece: a piece whose digest is in `known` is taken
    from there (None: black leaves it as it is), the others go through `black`. Returns
    the text and what was learnt of each piece (as `known`); None if a piece did not come
    back from black as one."""
    texts: list[str] = []
    seen: dict[str, str | None] = {}
    for piece in module.pieces:
        key = digest(piece)
        if key in known:
            formatted = known[key]
        else:
            formatted = piece.unwrap(black(piece.source()))
            if formatted is None:
                return None
            formatted = None if formatted == piece.text else formatted
        seen[key] = formatted
        texts.append(piece.text if formatted is None else formatted)
    return module.join(texts), seen


def learn(
    source: Cut, formatted: Cut, digest: Callable[[Piece], str]
) -> dict[str, str | None] | None:
    """What formatting the whole module taught of its pieces (as `known` above), or None
    if the formatted module's pieces do not line up with the source's."""
    if len(source.pieces) != len(formatted.pieces) or any(
        a.nested != b.nested
        for a, b in zip(source.pieces, formatted.pieces, strict=True)
    ):
        return None
    if source.separators != formatted.separators:
        return None
    return {
        digest(a): (None if a.text == b.text else b.text)
        for a, b in zip(source.pieces, formatted.pieces, strict=True)
    }
