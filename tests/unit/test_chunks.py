"""A large module an edit changed is formatted piece by piece (generator.chunks): the result
must be exactly black's for the whole module, and black must see only the changed pieces."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cache, chunks, format, swagger2
from generator.build import ClientConfig, build_api
from generator.load import Workspace
from generator.problems import Problems
from generator.render import render_package
from generator.validate import spec_version
from tools.corpus import documents, ensure_corpus

ROOT = Path(__file__).resolve().parents[2]

MODULE = '''"""Things."""

from __future__ import annotations

X = 1


class Things:
    """Sync things."""

    def first(self, a: int) -> int:
        """The first."""
        return a

    @property
    def second(self) -> int:
        return 2

    async def third(self) -> None:
        pass


def helper() -> None:
    pass
'''


def _black(text: str) -> str:
    import black

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    return black.format_str(text, mode=mode)


def _digest(piece: chunks.Piece) -> str:
    return ("nested:" if piece.nested else "top:") + piece.text


def test_cut_makes_pieces_of_head_class_methods_and_tail() -> None:
    module = chunks.cut(MODULE)
    assert module is not None
    starts = [(p.text.splitlines()[0], p.nested) for p in module.pieces]
    assert starts == [
        ('"""Things."""', False),
        ("class Things:", False),
        ("    def first(self, a: int) -> int:", True),
        ("    @property", True),
        ("    async def third(self) -> None:", True),
        ("def helper() -> None:", False),
    ]
    assert module.separators == ("\n\n\n", "\n\n", "\n\n", "\n\n", "\n\n\n")
    assert module.pieces[1].text == 'class Things:\n    """Sync things."""'
    assert module.join([p.text for p in module.pieces]) == MODULE
    # without a docstring, the class's first part keeps its first method: a class
    # needs a body of its own
    bare = chunks.cut(MODULE.replace('    """Sync things."""\n\n', ""))
    assert bare is not None
    assert bare.pieces[1].text.startswith("class Things:\n    def first")
    assert bare.pieces[1].text.endswith("return a")


@pytest.mark.parametrize(
    "change",
    [
        ("\n    @property", "\n    # a comment\n    @property"),  # code between pieces
        ("\n\n    async def", "\n\n\n    async def"),  # blank lines black would change
        ("return 2\n\n", "return 2\n"),  # no blank line between methods
        ("\n\n\ndef helper", "\n\ndef helper"),  # one blank line before a top-level def
        (
            "pass\n\n\ndef",
            "pass\n    # trailing\n\n\ndef",
        ),  # a piece ending in a comment
        ("return a", "return a +"),  # not Python
        ("pass\n", "pass\n\n"),  # blank lines at the end
    ],
)
def test_modules_that_are_not_cut(change: tuple[str, str]) -> None:
    old, new = change
    assert old in MODULE
    assert chunks.cut(MODULE.replace(old, new, 1)) is None


def test_a_module_that_starts_with_a_class() -> None:
    text = (
        'class A:\n    """A."""\n\n    def f(self) -> None:\n        pass\n\n\n'
        "X = 1\n\n\n"
        'class B:\n    """B."""\n'
    )
    module = chunks.cut(text)
    assert module is not None
    assert [p.text.splitlines()[0] for p in module.pieces] == [
        "class A:",
        "    def f(self) -> None:",
        "X = 1",
        "class B:",
    ]
    assert module.join([p.text for p in module.pieces]) == text
    assert chunks.format_by_pieces(module, {}, _digest, _black) == (
        _black(text),
        {_digest(p): None for p in module.pieces},
    )


def test_a_module_without_a_class_is_one_piece_and_not_cut() -> None:
    assert chunks.cut('"""Only a head."""\n\nX = 1\n') is None


def _rendered(spec: Path) -> dict[str, str]:
    ws = Workspace(spec, spec.name)
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    problems = Problems()
    api = build_api(ws, ClientConfig("pkg", "Client"), problems)
    return {p: t for p, t in render_package(api).items() if p.endswith(".py")}


def _large_modules() -> Iterator[tuple[str, str]]:
    specs = [ROOT / "specs" / f"{n}.yaml" for n in ("time4vps", "bigtime", "tim4biz")]
    specs += documents(ensure_corpus(with_github=False), subset=True, with_github=False)
    for spec in specs:
        for path, text in sorted(_rendered(spec).items()):
            if text.count("\n") >= 100 and chunks.cut(text) is not None:
                yield f"{spec.name}:{path}", text


def test_pieces_come_out_of_black_as_the_whole_module_does() -> None:
    """On every cut module of the vendor specs and the corpus subset: black on each piece
    alone gives black's whole module, and so does what is learnt from the whole."""

    def never(text: str) -> str:
        raise AssertionError("black was asked again")

    checked = 0
    for name, text in _large_modules():
        module = chunks.cut(text)
        assert module is not None
        whole = _black(text)
        done = chunks.format_by_pieces(module, {}, _digest, _black)
        assert done is not None, name
        if done[0] != whole:
            diff = difflib.unified_diff(
                whole.splitlines(True), done[0].splitlines(True), "whole", "pieces"
            )
            pytest.fail(f"{name}\n{''.join(diff)}")
        after = module if whole == text else chunks.cut(whole)
        assert after is not None, name
        learnt = chunks.learn(module, after, _digest)
        assert learnt is not None, name
        again = chunks.format_by_pieces(module, learnt, _digest, never)
        assert again is not None and again[0] == whole, name
        checked += 1
    assert checked >= 20


@pytest.fixture
def black_cache(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache, on disk and in memory."""
    monkeypatch.setattr(format, "_memory", {})
    return cache_dir


@pytest.fixture
def black_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text given to black, in order."""
    seen: list[str] = []
    real = format._black

    def counting(where: str, source: str) -> str:
        seen.append(source)
        return real(where, source)

    monkeypatch.setattr(format, "_black", counting)
    return seen


def test_an_edited_module_is_formatted_by_its_changed_pieces(
    black_cache: Path, black_calls: list[str]
) -> None:
    rendered = _rendered(ROOT / "specs" / "time4vps.yaml")
    path = "pkg/resources/clientarea.py"
    text = rendered[path]
    assert text.count("\n") >= format._PIECES_MIN_LINES
    first = format.format_files({path: text})[path]
    assert first == _black(text)
    assert black_calls == [text]  # the whole module, the first time
    black_calls.clear()

    # one method's docstring changes, and one gets a line black must split
    marker = '        """'
    at = text.index(":\n" + marker, len(text) // 2) + 2  # a method's docstring
    edited = text[:at] + marker + "Edited. " + text[at + len(marker) :]
    long_name = "x" * 70
    edited = edited.replace(
        "        return",
        f"        {long_name} = ({long_name}, {long_name})\n        return",
        1,
    )
    result = format.format_files({path: edited})[path]
    assert result == _black(edited)
    assert len(black_calls) == 2  # the two changed methods, each alone
    assert all(s.startswith(chunks.WRAPPER) for s in black_calls)
    assert all(s.count("\n") < 80 for s in black_calls)

    # an unchanged module again: the whole module's result is remembered
    black_calls.clear()
    assert format.format_files({path: edited})[path] == result
    assert black_calls == []


def test_a_damaged_record_of_pieces_is_not_used(black_cache: Path) -> None:
    rendered = _rendered(ROOT / "specs" / "time4vps.yaml")
    path = "pkg/resources/clientarea.py"
    module = chunks.cut(rendered[path])
    assert module is not None
    damaged = {format._piece_digest(p): 7 for p in module.pieces}
    cache.put(format._PIECES, format._pieces_key(path), json.dumps(damaged))
    assert format.format_files({path: rendered[path]})[path] == _black(rendered[path])


def test_without_pieces_known_the_whole_module_goes_to_black(
    black_cache: Path, black_calls: list[str]
) -> None:
    rendered = _rendered(ROOT / "specs" / "time4vps.yaml")
    path = "pkg/resources/clientarea.py"
    format.format_files({path: rendered[path]})
    assert black_calls == [rendered[path]]
