"""Hostile text in every slot of a spec must come out as inert data in the package.

For each hostile string (tests/robustness/cases.py: quotes, triple quotes, backslashes,
newlines, `#`, Jinja, Python payloads, bidi/NUL/surrogate/line-separator characters, Python
keywords, path-like and Windows device names), one OpenAPI 3.0 document (JSON, written with
json.dumps so every character is representable) carries it as operationId, tag, schema name,
property name, parameter names (query, header, cookie), enum value, descriptions and
summaries, `default`, `example`, server URL, security scheme name and header names.

Each generated package must: write only safe paths under its directory; keep the runtime
files verbatim; have spec-derived modules that parse and are inert at import (see
`_support.module_problems`); carry the names and values exactly as string constants and the
texts inside docstrings; have a valid pyproject.toml; import (every module, in a fresh
interpreter with its working directory in tmp) without creating PWNED; and pass
`mypy --strict` (one mypy run over all packages).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from generator.build import ClientConfig
from generator.naming import pascal
from generator.pipeline import generate
from generator.problems import SpecError, escape_pointer_token
from generator.write import write_package
from tests.robustness._support import (
    REPO,
    deep_find,
    find_pwned,
    import_packages,
    mentions,
    mypy_strict,
    package_problems,
    strings_of,
    written_outside,
)
from tests.robustness.cases import HOSTILE_CASES, Hostile

SERVER = "https://api.example.com/"


def _ref(name: str) -> dict[str, Any]:
    """A $ref to components/schemas/NAME (percent-encoded; a lone surrogate cannot be)."""
    try:
        return {
            "$ref": "#/components/schemas/" + quote(escape_pointer_token(name), safe="")
        }
    except UnicodeEncodeError:
        return {"type": "string"}


def hostile_spec(h: str) -> dict[str, Any]:
    """A valid OpenAPI 3.0 document with `h` in every slot the generator reads."""
    item = {
        "type": "object",
        "title": h,
        "description": h,
        "required": [h],
        "properties": {
            h: {"type": "string", "description": h, "default": h, "example": h},
            "kind": _ref("HostileEnum"),
            "other": _ref(h),
        },
        "example": {h: h},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": h, "description": h, "version": "1.0.0"},
        "servers": [{"url": SERVER + h, "description": h}],
        "tags": [{"name": h, "description": h}],
        "security": [{h: []}],
        "components": {
            "securitySchemes": {
                h: {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Key-" + h,
                    "description": h,
                }
            },
            "schemas": {
                "Item": item,
                "HostileEnum": {
                    "type": "string",
                    "enum": ["plain", h],
                    "description": h,
                    "default": h,
                    "example": h,
                },
                h: {
                    "type": "object",
                    "description": h,
                    "properties": {"value": {"type": "string", "description": h}},
                },
            },
        },
        "paths": {
            "/items/{id}": {
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": h,
                        "schema": {"type": "string"},
                    }
                ],
                "get": {
                    "operationId": h,
                    "tags": [h],
                    "summary": h,
                    "description": "Details: " + h,
                    "parameters": [
                        {
                            "name": h,
                            "in": "query",
                            "description": h,
                            "schema": {
                                "type": "string",
                                "enum": ["plain", h],
                                "default": h,
                            },
                            "example": h,
                        },
                        {
                            "name": "X-" + h,
                            "in": "header",
                            "description": h,
                            "schema": {"type": "string", "default": h},
                        },
                        {
                            "name": h,
                            "in": "cookie",
                            "description": h,
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": h,
                            "headers": {
                                "X-Rate-" + h: {
                                    "description": h,
                                    "schema": {"type": "integer"},
                                }
                            },
                            "content": {
                                "application/json": {
                                    "schema": _ref("Item"),
                                    "example": {h: h},
                                }
                            },
                        },
                        "404": {"description": h},
                    },
                },
                "post": {
                    "operationId": h + " create",
                    "tags": [h],
                    "summary": h,
                    "requestBody": {
                        "description": h,
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": _ref("Item"),
                                "example": {h: h},
                            }
                        },
                    },
                    "responses": {"201": {"description": h}},
                },
            },
            # a second resource after the hostile one (a tag can shadow later ones)
            "/plain": {
                "get": {
                    "operationId": "plainOp",
                    "tags": ["plain"],
                    "summary": "Plain.",
                    "responses": {"204": {"description": "No content."}},
                }
            },
        },
    }


@dataclass
class Built:
    hostile: Hostile
    package: str
    dist: Path
    files: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    outside: list[str] = field(default_factory=list)


@dataclass
class Injection:
    root: Path
    built: dict[str, Built]
    imports: dict[str, str | None]
    mypy: dict[str, list[str]]
    pwned: list[Path]


@pytest.fixture(scope="module")
def injection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Injection]:
    root = tmp_path_factory.mktemp("injection")
    cwd = root / "cwd"  # the working directory of the import and mypy processes
    cwd.mkdir()
    built: dict[str, Built] = {}
    for h in HOSTILE_CASES:
        package = f"inj_{h.id}"
        spec = root / "specs" / f"{h.id}.json"
        spec.parent.mkdir(exist_ok=True)
        spec.write_text(json.dumps(hostile_spec(h.text), indent=1), encoding="utf-8")
        out = root / "out" / h.id
        b = Built(h, package, out / "dist")
        try:
            g = generate(spec, ClientConfig(package, pascal(package)))
            b.files = g.files
            write_package(b.dist, g.files)
            b.outside = written_outside(out, b.dist)
        except SpecError as exc:
            b.error = "\n".join(p.format() for p in exc.problems)
        except Exception:
            b.error = traceback.format_exc()
        built[h.id] = b
    ok = {b.package: b.dist for b in built.values() if b.error is None}
    imports = import_packages(ok, cwd)
    mypy = mypy_strict(ok, cwd)
    pwned = find_pwned(root, cwd, REPO, Path.cwd())
    yield Injection(root, built, imports, mypy, pwned)


def _params(*, data_only: bool) -> list[Any]:
    params = []
    for h in HOSTILE_CASES:
        broken = h.generation_fails if data_only else h.bug is not None
        marks = [pytest.mark.xfail(strict=True, reason=str(h.bug))] if broken else []
        params.append(pytest.param(h.id, id=h.id, marks=marks))
    return params


def test_no_payload_ran(injection: Injection) -> None:
    assert injection.pwned == []


@pytest.mark.parametrize("hostile_id", _params(data_only=False))
def test_hostile_text_yields_an_inert_package(
    injection: Injection, hostile_id: str
) -> None:
    b = injection.built[hostile_id]
    assert b.error is None, f"generation failed:\n{b.error}"
    problems = [f"written outside {b.dist}: {p}" for p in b.outside]
    problems += package_problems(b.files, b.package)
    try:
        pyproject = tomllib.loads(b.files["pyproject.toml"])
        if pyproject["project"]["name"] != b.package.replace("_", "-"):
            problems.append(f"pyproject.toml: name {pyproject['project']['name']!r}")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"pyproject.toml is not valid TOML: {exc}")
    readme = b.files["README.md"]
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", readme):
        problems.append("README.md: raw control or bidi characters")
    if "<script" in readme.lower():
        problems.append("README.md: raw HTML")
    error = injection.imports.get(b.package)
    if error is not None:
        problems.append(f"import failed:\n{error}")
    problems += [f"mypy: {line}" for line in injection.mypy[b.package]]
    assert problems == [], "\n".join(problems)


#: an OpenAPI 3.1 `const` string that closes a docstring, calls, and reopens it
CONST_PAYLOAD = '"""+str(__import__("os").system("touch PWNED"))+"""<script>'
_CALL_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from constpkg import Constpkg
from constpkg.testing import FakeConstpkg
client = Constpkg(base_url="https://api.example.com", http_client=FakeConstpkg().http_client())
try:
    client.default.get_status()
except Exception:
    pass
"""


def test_openapi_31_const_stays_data(tmp_path: Path) -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Const", "version": "1.0"},
        "paths": {
            "/status": {
                "get": {
                    "operationId": "getStatus",
                    "responses": {
                        "200": {
                            "description": "The status.",
                            "content": {
                                "application/json": {"schema": {"const": CONST_PAYLOAD}}
                            },
                        }
                    },
                }
            }
        },
    }
    spec = tmp_path / "const.json"
    spec.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    files = generate(spec, ClientConfig("constpkg", "Constpkg")).files
    dist = tmp_path / "dist"
    write_package(dist, files)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    subprocess.run(
        [sys.executable, "-I", "-c", _CALL_SCRIPT, str(dist)], cwd=cwd, timeout=60
    )
    problems = [f"{p} exists after calling the method" for p in find_pwned(tmp_path)]
    problems += package_problems(files, "constpkg")
    if "<script" in files["README.md"]:
        problems.append("README.md: raw HTML")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("hostile_id", _params(data_only=True))
def test_hostile_text_is_kept_as_data(injection: Injection, hostile_id: str) -> None:
    b = injection.built[hostile_id]
    h = b.hostile.text
    assert b.error is None, f"generation failed:\n{b.error}"
    s = strings_of(b.files, b.package)
    # names and values reach the wire unchanged: exact string constants
    for wire in (
        h,  # query and cookie parameter, property and security scheme name, enum value
        "X-" + h,  # header parameter
        "X-Key-" + h,  # apiKey header
        SERVER + h,  # server URL
    ):
        assert wire in s.constants, f"{wire!r} is not a string constant"
    # texts are documentation: inside docstrings, as data (a lone surrogate cannot be a
    # class's __doc__, so docstrings show U+FFFD in its place)
    shown = re.sub("[\ud800-\udfff]", "\ufffd", h)
    for text in (shown, "Details: " + shown):
        assert mentions(s.docstrings, text), f"no docstring shows {text!r}"
    # examples are answered by the fake API
    fake = json.loads(b.files[f"{b.package}/_fake_spec.json"])
    assert deep_find(fake, h), "the example is not in the fake API's spec"
