"""`strict = true` on a configured client: repairs become errors, as `--strict` does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import load_config
from generator.problems import SpecError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "repairable"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _project(root: Path, strict: str | None) -> None:
    (root / "specs").mkdir()
    shutil.copy(FIXTURE / "header_style_form.yaml", root / "specs" / "api.yaml")
    line = f"strict = {strict}\n" if strict is not None else ""
    (root / "pyproject.toml").write_text(
        f"[tool.clientgen]\noutput = 'generated'\ntemplates = '{TEMPLATES}'\n\n"
        "[tool.clientgen.clients.api]\nspec = 'specs/api.yaml'\npackage = 'api'\n"
        f"client_class = 'Api'\n{line}",
        encoding="utf-8",
    )


def test_strict_is_read_from_the_client_table(tmp_path: Path) -> None:
    _project(tmp_path, "true")
    assert load_config(tmp_path).client("api").strict is True
    (tmp_path / "pyproject.toml").write_text(
        (tmp_path / "pyproject.toml")
        .read_text(encoding="utf-8")
        .replace("strict = true", "strict = 'yes'"),
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as caught:
        load_config(tmp_path)
    assert (
        caught.value.problems[0].location.pointer
        == "/tool/clientgen/clients/api/strict"
    )


def test_the_vendor_clients_are_strict() -> None:
    project = load_config(Path(__file__).resolve().parents[2])
    assert {c.name: c.strict for c in project.clients} == {
        "tim4biz": True,
        "time4vps": True,
        "bigtime": True,
    }


@pytest.mark.parametrize(
    ("strict", "exit_code"), [("true", 2), ("false", 0), (None, 0)]
)
def test_configured_strict_refuses_what_is_otherwise_repaired(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    strict: str | None,
    exit_code: int,
) -> None:
    _project(tmp_path, strict)
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(main, ["generate"])
    assert run.exit_code == exit_code, run.output
    assert (tmp_path / "generated" / "api").exists() == (exit_code == 0)
    if exit_code:
        assert "style: 'form' is not one of ['simple']" in run.output.replace(
            "/style: ", "style: "
        )
    else:
        assert "; assumed: style: simple" in run.output
