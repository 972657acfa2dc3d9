"""Every Python example a generated package shows must run: each ```python block of its
README (in order, sharing one namespace, as a reader follows them) and each `::` example in
its docstrings, against the package's own fake.

Packages: the three vendor clients (generated/), every golden (tests/golden/, with the
runtime put back: `golden_refresh.assemble`) and the small specs of `_packages.SPECS` (no
security, no servers, a relative or scheme-less server, long names, several schemes,
OAuth2), generated here. Clients built without `http_client=` get
the fake's (so nothing reaches the network); nothing really sleeps.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import os
import re
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.examples._packages import REPO, SPECS, imported
from tests.golden_refresh import FIXTURES_DIR, assemble


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The examples write files (a download saved as download.bin): keep them out of the checkout."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


VENDOR = ("time4vps", "tim4biz", "bigtime")
GOLDEN = REPO / "tests" / "golden"
GOLDENS = sorted(p.name for p in GOLDEN.iterdir() if (p / "README.md").is_file())

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
_LITERAL_BLOCK = re.compile(r"::\n\n((?:(?: {4,}.*)?\n)+)")


def readme_blocks(root: Path) -> list[str]:
    return _BLOCK.findall((root / "README.md").read_text(encoding="utf-8"))


def docstring_blocks(root: Path, package: str) -> list[tuple[str, str]]:
    """(where, code) of every `::` literal block in the package's docstrings."""
    out = []
    for path in sorted((root / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(
                node,
                ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef,
            ):
                continue
            doc = ast.get_docstring(node, clean=True)
            for found in _LITERAL_BLOCK.finditer((doc or "") + "\n"):
                where = f"{path.relative_to(root)}:{getattr(node, 'name', '')}"
                out.append((where, textwrap.dedent(found.group(1))))
    return out


def _fake_class(module: ModuleType) -> Any:
    testing = __import__(f"{module.__name__}.testing", fromlist=["testing"])
    fakes = [
        v
        for k, v in vars(testing).items()
        if k.startswith("Fake")
        and isinstance(v, type)
        and v.__module__ == testing.__name__
    ]
    assert len(fakes) == 1, fakes
    return fakes[0]


def _on_the_fake(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients of `module` built without http_client= get the fake's; no real sleeps."""
    base = module._base_client
    fake = _fake_class(module)()
    for cls, make in (
        (base.SyncAPIClient, fake.http_client),
        (base.AsyncAPIClient, fake.async_http_client),
    ):
        original = cls.__init__

        def init(
            self: Any,
            *,
            http_client: Any = None,
            _o: Any = original,
            _m: Any = make,
            **kwargs: Any,
        ) -> None:
            _o(self, http_client=http_client or _m(), **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    monkeypatch.setattr(base.SyncAPIClient, "_sleep", lambda self, s: None)

    async def no_sleep(self: Any, seconds: float) -> None:
        return None

    monkeypatch.setattr(base.AsyncAPIClient, "_sleep", no_sleep)


def run_examples(
    root: Path, package: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    """Run every example of the package at `root`; (README blocks, docstring blocks)."""
    for name in list(os.environ):
        if name.startswith(package.upper() + "_"):
            monkeypatch.delenv(name)
    blocks = readme_blocks(root)
    docs = docstring_blocks(root, package)
    with imported(root, package) as module:
        _on_the_fake(module, monkeypatch)
        namespace: dict[str, Any] = {"__name__": f"readme_{package}"}
        for i, code in enumerate(blocks):
            compiled = compile(
                code, f"{package}/README.md[python block {i + 1}]", "exec"
            )
            exec(compiled, namespace)
        tests = [
            v for k, v in namespace.items() if k.startswith("test_") and callable(v)
        ]
        for test in tests:
            result = test()
            if inspect.iscoroutine(result):
                asyncio.run(result)
        for where, code in docs:
            exec(compile(code, where, "exec"), {"__name__": "docstring"})
    return len(blocks), len(docs)


@pytest.mark.parametrize("package", VENDOR)
def test_vendor_examples_run(package: str, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks, docs = run_examples(REPO / "generated" / package, package, monkeypatch)
    assert blocks >= 6 and docs >= 2


@pytest.mark.parametrize("package", GOLDENS)
def test_golden_examples_run(
    package: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = assemble(FIXTURES_DIR / f"{package}.yaml", tmp_path / package)
    blocks, docs = run_examples(root, package, monkeypatch)
    assert blocks >= 6 and docs >= 2


@pytest.mark.parametrize("package", sorted(SPECS))
def test_examples_of_small_specs_run(
    package: str, extra: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks, docs = run_examples(extra / package / package, package, monkeypatch)
    assert blocks >= 6 and docs >= 2
