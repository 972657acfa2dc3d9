"""Names a user picks are checked before anything is written (generator.names), the README
of an ad-hoc package names its real install path, and generated prose is grammatical."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import words
from generator.names import client_class_problem, package_problem
from tests.cli.conftest import REPO, invoke

SPEC = REPO / "tests" / "fixtures" / "petstore_basic.yaml"


@pytest.mark.parametrize(
    ("package", "reason"),
    [
        ("class", "is a Python keyword"),
        ("import", "is a Python keyword"),
        ("json", "would shadow the standard library module 'json'"),
        ("typing", "would shadow the standard library module 'typing'"),
        ("email", "would shadow the standard library module 'email'"),
        ("httpx", "every generated package depends on"),
        ("9lives", "is not a Python identifier"),
        ("my-api", "is not a Python identifier"),
        ("Petstore", "must be lowercase"),
    ],
)
def test_a_bad_package_name_exits_2_and_writes_nothing(
    tmp_path: Path, package: str, reason: str
) -> None:
    out = tmp_path / "out"
    result = invoke(
        tmp_path,
        "generate",
        "--spec",
        str(SPEC),
        "--out",
        str(out),
        "--package",
        package,
    )
    assert result.exit_code == 2
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1  # one line
    assert not out.exists()


@pytest.mark.parametrize(
    ("cls", "reason"),
    [
        ("None", "is a Python keyword"),
        ("Pet Store", "is not a Python identifier"),
        ("APIError", "would replace the package's own 'APIError'"),
        ("NotGiven", "would replace the package's own 'NotGiven'"),
    ],
)
def test_a_bad_client_class_exits_2(tmp_path: Path, cls: str, reason: str) -> None:
    out = tmp_path / "out"
    result = invoke(
        tmp_path,
        *("generate", "--spec", str(SPEC), "--out", str(out), "--package", "pets"),
        *("--client-class", cls),
    )
    assert result.exit_code == 2
    assert reason in result.stderr
    assert not out.exists()


def test_names_checked_directly() -> None:
    assert package_problem("class") is not None
    assert package_problem("petstore") is None
    assert package_problem("time4vps") is None
    assert client_class_problem("Petstore") is None
    assert client_class_problem("RateLimit") is not None


def test_configured_names_are_checked_too(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "pets.yaml").write_text(SPEC.read_text(encoding="utf-8"))
    (tmp_path / "pyproject.toml").write_text(
        '[tool.clientgen]\nspecs = "specs"\noutput = "generated"\n'
        "[tool.clientgen.clients.pets]\n"
        'spec = "specs/pets.yaml"\npackage = "json"\nclient_class = "Pets"\n',
        encoding="utf-8",
    )
    result = invoke(tmp_path, "generate")
    assert result.exit_code == 2
    assert "/tool/clientgen/clients/pets/package" in result.stderr
    assert "standard library module 'json'" in result.stderr
    assert not (tmp_path / "generated").exists()


def _install_line(readme: str) -> str:
    found = re.search(r"^pip install (.+)$", readme, re.M)
    assert found is not None, readme[:400]
    return found.group(1)


def test_an_adhoc_readme_names_the_real_install_path(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    args = ("generate", "--spec", str(SPEC), "--package", "pets")
    inside = invoke(work, *args, "--out", "clients/pets")
    assert inside.exit_code == 0, inside.output
    readme = (work / "clients" / "pets" / "README.md").read_text(encoding="utf-8")
    assert _install_line(readme) == "./clients/pets"
    assert "generated/pets" not in readme

    outside = tmp_path / "elsewhere" / "my pets"
    result = invoke(work, *args, "--out", str(outside))
    assert result.exit_code == 0, result.output
    readme = (outside / "README.md").read_text(encoding="utf-8")
    assert _install_line(readme) == f"'{outside.as_posix()}'"  # quoted: it has a space


def test_configured_readmes_name_their_path_in_the_project() -> None:
    for readme in sorted((REPO / "generated").glob("*/README.md")):
        name = readme.parent.name
        assert (
            _install_line(readme.read_text(encoding="utf-8")) == f"./generated/{name}"
        )


# -- grammar -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "wanted"),
    [
        ("`petstore.APIError`", "a"),
        ("`APIError`", "an"),
        ("`auth_schemes.APIError`", "an"),
        ("`order`", "an"),
        ("HTTP", "an"),
        ("URL", "a"),
        ("user", "a"),
        ("hour", "an"),
        ("`UUID`", "a"),
        ("8-bit", "an"),
        ("`ValueError`", "a"),
        ("unicorn", "a"),
        ("umbrella", "an"),
        ("uninstall", "an"),
        ("unusual", "an"),
        ("update", "an"),
    ],
)
def test_article(word: str, wanted: str) -> None:
    assert words.article(word) == wanted


def test_count() -> None:
    assert words.count(1, "model") == "1 model"
    assert words.count(0, "model") == "0 models"
    assert words.count(2, "class", "classes") == "2 classes"


def test_the_checker_finds_slips() -> None:
    text = (
        "Every error is an `petstore.APIError`.\nFirst generated: 1 models, 2 enums.\n"
    )
    found = words.problems(text)
    assert len(found) == 2, found
    assert words.problems("A `Reply`, an `APIError`, 1 class, 1 status.\n") == []
    assert words.problems("```\nan `petstore.x`\n```\n| an `x` |\n") == []


def _prose_files() -> list[Path]:
    # the vendor packages' CHANGELOGs keep entries written by earlier versions: READMEs only
    golden = (REPO / "tests" / "golden").glob("*/*.md")
    return sorted([*golden, *(REPO / "generated").glob("*/README.md")])


def test_every_golden_and_vendor_readme_and_changelog_is_grammatical() -> None:
    files = _prose_files()
    assert len(files) >= 17
    slips = [
        f"{p.relative_to(REPO)}: {s}"
        for p in files
        for s in words.problems(p.read_text("utf-8"))
    ]
    assert slips == []


def test_every_golden_readme_rendered_now_is_grammatical() -> None:
    """The README as the templates render it today (not only as committed)."""
    from tests.golden_refresh import fixtures, render

    for fixture in fixtures():
        files = render(fixture).files
        for name in ("README.md", "CHANGELOG.md"):
            if name in files:
                assert words.problems(files[name]) == [], (fixture.name, name)
