"""A generated package versions itself by what changed (generator.versioning): the first
version from a semver-like info.version (else 1.0.0), then major for a breaking change,
minor for an addition, patch for anything else (a docs-only edit too), never `.postN`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.versioning import initial, semver
from tests.cli.conftest import invoke

SPEC = """\
openapi: 3.0.3
info: {{title: Shelf, version: "{version}"}}
servers: [{{url: https://shelf.example}}]
paths:
  /books:
    get:
      operationId: listBooks
      summary: {summary}
      responses:
        "200":
          description: the books
          content:
            application/json:
              schema: {{type: array, items: {{$ref: "#/components/schemas/Book"}}}}
{extra}components:
  schemas:
    Book:
      type: object
      properties:
        title: {{type: string}}
"""
DELETE = """\
  /books/{book_id}:
    delete:
      operationId: deleteBook
      parameters:
        - {name: book_id, in: path, required: true, schema: {type: integer}}
      responses:
        "204": {description: deleted}
"""


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("1.2.3", (1, 2, 3)),
        ("v2", (2, 0, 0)),
        ("1.4", (1, 4, 0)),
        ("3.0.1-beta.2", (3, 0, 1)),
        ("2022-11-28", None),
        ("latest", None),
        ("1.2.3.4", None),
    ],
)
def test_semver(text: str, wanted: tuple[int, int, int] | None) -> None:
    assert semver(text) == wanted


def test_initial() -> None:
    assert initial("2.1.0") == "2.1.0"
    assert initial("2022-11-28") == "1.0.0"


class Shelf:
    """The ad-hoc package `shelf`, generated again after each edit of its spec."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec = root / "shelf.yaml"
        self.out = root / "shelf"

    def generate(
        self, *, version: str = "1.2.0", summary: str = "List books", extra: str = ""
    ) -> str:
        self.spec.write_text(
            SPEC.format(version=version, summary=summary, extra=extra), "utf-8"
        )
        result = invoke(
            self.root,
            *("generate", "--spec", str(self.spec), "--out", str(self.out)),
            *("--package", "shelf"),
        )
        assert result.exit_code == 0, result.output
        return result.stdout

    @property
    def version(self) -> str:
        text = (self.out / "pyproject.toml").read_text("utf-8")
        found = re.search(r'^version = "([^"]+)"$', text, re.M)
        assert found is not None
        init = (self.out / "shelf" / "__init__.py").read_text("utf-8")
        assert f'__version__ = "{found[1]}"' in init
        return found[1]

    @property
    def api_version(self) -> str:
        init = (self.out / "shelf" / "__init__.py").read_text("utf-8")
        found = re.search(r'^__api_version__ = "([^"]*)"', init, re.M)
        assert found is not None
        return found[1]

    def top_entry(self) -> str:
        changelog = (self.out / "CHANGELOG.md").read_text("utf-8")
        return changelog.split("\n## ", 2)[1]


def test_each_kind_of_change_bumps_its_part(tmp_path: Path) -> None:
    shelf = Shelf(tmp_path)
    shelf.generate(extra=DELETE)
    assert shelf.version == "1.2.0"
    assert shelf.api_version == "1.2.0"
    assert "First generated (from the API's version '1.2.0')" in shelf.top_entry()

    # nothing changed: the same version, and nothing rewritten
    again = shelf.generate(extra=DELETE)
    assert "(0 written," in again
    assert shelf.version == "1.2.0"

    # an operation removed: breaking, the major
    out = shelf.generate()
    assert shelf.version == "2.0.0"
    assert "version 2.0.0;" in out
    entry = shelf.top_entry()
    assert entry.startswith("2.0.0\n\n_Major version: 1 breaking change._")
    assert "default.delete_book was removed" in entry

    # an operation added back: an addition, the minor
    shelf.generate(extra=DELETE)
    assert shelf.version == "2.1.0"
    assert shelf.top_entry().startswith(
        "2.1.0\n\n_Minor version: 1 addition, nothing breaking._"
    )

    # a summary edited: the surface is the same, the spec is not: the patch
    shelf.generate(extra=DELETE, summary="List every book on the shelf")
    assert shelf.version == "2.1.1"
    assert "_Patch version: the spec changed (documentation" in shelf.top_entry()

    # the API's version changes, the surface does not: the patch
    shelf.generate(extra=DELETE, summary="List every book on the shelf", version="1.3")
    assert shelf.version == "2.1.2"
    assert shelf.api_version == "1.3"
    assert "the API's version changed" in shelf.top_entry()

    # the API's version rises above the package's: the package follows it
    shelf.generate(
        extra=DELETE, summary="List every book on the shelf", version="5.0.0"
    )
    assert shelf.version == "5.0.0"
    assert "rose to 5.0.0, which the package follows" in shelf.top_entry()

    versions = re.findall(
        r"^## (\S+)$", (shelf.out / "CHANGELOG.md").read_text("utf-8"), re.M
    )
    assert versions == ["5.0.0", "2.1.2", "2.1.1", "2.1.0", "2.0.0", "1.2.0"]
    assert not any(".post" in v for v in versions)
    readme = (shelf.out / "README.md").read_text("utf-8")
    assert "This package is version 5.0.0" in readme and "API version 5.0.0" in readme


def test_an_api_version_that_is_not_semver_starts_at_1_0_0(tmp_path: Path) -> None:
    shelf = Shelf(tmp_path)
    shelf.generate(version="2022-11-28")
    assert shelf.version == "1.0.0"
    assert shelf.api_version == "2022-11-28"
    assert "'2022-11-28' is not semver-like, so 1.0.0" in shelf.top_entry()
    shelf.generate(version="2023-05-01")
    assert shelf.version == "1.0.1"


def test_a_package_saved_with_a_post_release_moves_on_above_it(tmp_path: Path) -> None:
    """A package from before semantic versions (1.2.0.post3, the surface's revision 3)
    continues at 1.2.3, never below what users have installed."""
    shelf = Shelf(tmp_path)
    shelf.generate()
    saved = shelf.out / "clientgen-surface.json"
    head, _, body = saved.read_text("utf-8").partition("\n")
    old = json.loads(head[:-1] + "}")
    del old["version"], old["spec"]
    old["revision"] = 3
    saved.write_text(json.dumps(old, sort_keys=True)[:-1] + ",\n" + body, "utf-8")
    shelf.generate()  # nothing changed: the version it had, spelled semantically
    assert shelf.version == "1.2.3"
    shelf.generate(extra=DELETE)  # an addition
    assert shelf.version == "1.3.0"
