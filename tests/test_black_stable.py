"""Black is the judge, not the workhorse (generator/format.py, generator/layout.py).

The templates lay code out as black does; black runs only on a module where the layout
says it could not lay something out. These tests hold that promise: black would change
nothing of what the vendor clients, the goldens, the corpus slice (tests/corpus) and random
odd names and descriptions produce, and it is called only where the layout says so.
"""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator import format as fmt
from generator.build import ClientConfig
from generator.layout import needs_black
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[1]
VENDOR_SPECS = ("tim4biz", "time4vps", "bigtime")
GOLDEN_FIXTURES = sorted(p.stem for p in (ROOT / "tests" / "fixtures").glob("*.yaml"))


def _black(text: str) -> str:
    import black

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    return black.format_str(text, mode=mode)


def _not_black_stable(files: dict[str, str]) -> list[str]:
    """A diff per .py module black would change."""
    out = []
    for path, text in sorted(files.items()):
        if path.endswith(".py") and (formatted := _black(text)) != text:
            diff = difflib.unified_diff(
                text.splitlines(True), formatted.splitlines(True), path, "black", n=1
            )
            out.append("".join(diff))
    return out


def test_committed_output_passes_black_check() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--target-version",
            "py311",
            "generated",
            "tests/golden",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "would be left unchanged" in proc.stderr


@pytest.mark.parametrize("name", VENDOR_SPECS + tuple(GOLDEN_FIXTURES))
def test_the_layout_alone_is_black_stable(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vendor and golden specs need black for no module at all."""
    spec = (
        ROOT / "specs" / f"{name}.yaml"
        if name in VENDOR_SPECS
        else ROOT / "tests" / "fixtures" / f"{name}.yaml"
    )
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    calls: list[str] = []
    monkeypatch.setattr(fmt, "black_format", lambda p, t: calls.append(p) or t)
    files = generate(spec, ClientConfig(name, "Client")).files
    assert calls == []
    changed = _not_black_stable(files)
    assert not changed, "black would change:\n" + "\n".join(changed)


def test_black_runs_only_on_modules_the_layout_could_not_finish(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = fmt.black_format
    monkeypatch.setattr(fmt, "black_format", lambda p, t: calls.append(p) or real(p, t))
    long_call = "x = f(" + ", ".join(f"argument_{i}" for i in range(12)) + ")\n"
    laid_out = 'Y = "a"\n'
    files = {"a.py": long_call, "b.py": laid_out, "c.txt": long_call}
    out = fmt.format_files(files)
    assert calls == ["a.py"]
    assert out["a.py"] == _black(long_call) != long_call
    assert out["b.py"] == laid_out and out["c.txt"] == long_call


@pytest.mark.parametrize(
    ("module", "needs"),
    [
        ("x = 1\n", False),
        ("x = f(" + "a, " * 40 + "b)\n", True),
        ('    pattern="' + "p" * 100 + '",\n', False),  # nothing black can split
        ('    "' + "K" * 50 + '": "' + "v" * 50 + '",\n', False),
        ('def f():\n    """' + "d" * 100 + '"""\n', False),  # a long docstring line
        ('"""Doc.\n\n' + "d" * 90 + '"""\n', True),  # black moves these quotes
        ('""""quoted" first."""\n', True),  # black pads a leading quote
        ("    async def " + "n" * 90 + "(\n", False),  # split at its only bracket
        ("# " + "c" * 100 + "\n", False),
    ],
)
def test_needs_black(module: str, needs: bool) -> None:
    assert needs_black(module) is needs
    if not needs:
        assert _black(module if not module.startswith(" ") else "") is not None


# -- random odd names and descriptions ----------------------------------------------------

_WORDS = st.text(
    alphabet=st.sampled_from(
        [*list("abcdefgh ijk_XYZ-\"'\\`.:*#()[]{}"), "é", "\t", "\n"]
    ),
    min_size=0,
    max_size=200,
)
_NAMES = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,70}", fullmatch=True)


def _spec(names: list[str], words: list[str]) -> dict[str, object]:
    schemas: dict[str, object] = {}
    for i, name in enumerate(names):
        schemas[f"{name}{i}"] = {
            "type": "object",
            "description": words[i % len(words)],
            "required": [f"{names[-1]}_{i}"],
            "properties": {
                f"{names[-1]}_{i}": {
                    "type": "array",
                    "items": {
                        "oneOf": [
                            {"$ref": f"#/components/schemas/{n}{j}"}
                            for j, n in enumerate(names)
                        ]
                        + [{"type": "string", "enum": [words[0][:30] or "x", "y"]}]
                    },
                    "description": words[-1],
                },
                f"{name.lower()}_flag": {"type": "boolean", "description": words[0]},
            },
        }
    ref = {"$ref": f"#/components/schemas/{names[0]}0"}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": words[0][:60] or "t",
            "version": "1.0",
            "description": words[-1],
        },
        "paths": {
            f"/{name.lower()}/{{{name}_id}}": {
                "post": {
                    "operationId": f"{name}_{i}_op",
                    "summary": words[i % len(words)],
                    "description": words[-1],
                    "tags": [words[0][:40] or "default"],
                    "parameters": [
                        {
                            "name": f"{name}_id",
                            "in": "path",
                            "required": True,
                            "description": words[0],
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {"content": {"application/json": {"schema": ref}}},
                    "responses": {
                        "200": {
                            "description": words[-1] or "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": ref}
                                }
                            },
                        },
                        "404": {"description": words[0] or "missing"},
                    },
                }
            }
            for i, name in enumerate(names)
        },
        "components": {"schemas": schemas},
    }


@settings(
    max_examples=12,
    # no shrinking: each example runs black on a whole package, and the failure's
    # message already shows every module black would change
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    names=st.lists(_NAMES, min_size=1, max_size=4, unique_by=str.lower),
    words=st.lists(_WORDS, min_size=1, max_size=4),
)
def test_odd_names_and_descriptions_give_black_stable_code(
    tmp_path: Path, names: list[str], words: list[str]
) -> None:
    spec = tmp_path / "odd.json"
    spec.write_text(json.dumps(_spec(names, words)), encoding="utf-8")
    files = generate(spec, ClientConfig("odd", "Odd")).files
    changed = _not_black_stable(files)
    assert not changed, "black would change:\n" + "\n".join(changed)
