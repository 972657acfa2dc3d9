"""The project README: the two set-up commands first, then what a user needs."""

from __future__ import annotations

import re

from tests.cli.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_setup_commands_come_first() -> None:
    first = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first is not None
    commands = [line.split("#")[0].strip() for line in first[1].splitlines()]
    assert commands == ["make generate", "make test"]
    assert README.index("```sh") < README.index("\n## ")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^generate: ", makefile, re.M) and re.search(
        r"^test: ", makefile, re.M
    )


def test_users_come_before_contributors() -> None:
    sections = re.findall(r"^## (.+)$", README, re.M)
    assert sections[0] == "Use it on your own spec"
    user = README.split("\n## ")[1]
    for needed in (
        "pip install /path/to/clientgen",
        ".whl",
        "clientgen generate --spec openapi.yaml",
        "clientgen generate --spec https://",
        "pip install ./clients/petstore",
        "from petstore import Petstore",
    ):
        assert needed in user, needed
