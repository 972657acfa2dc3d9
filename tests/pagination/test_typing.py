"""A user's program iterating pages type-checks under mypy --strict, sync and async, with
the item type flowing through (and a misuse is caught)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROGRAM = """
from __future__ import annotations

import asyncio

from paging import AsyncPage, AsyncPaging, Paging, SyncPage
from paging.models import Item


def sync_use(client: Paging) -> list[int]:
    ids = [item.id for item in client.events.list_(per_page=50)]
    page: SyncPage[Item] = client.items.list_cursors(limit=10)
    first: list[Item] = page.items
    if page.has_next_page():
        page = page.get_next_page()
    for p in page.iter_pages():
        ids.extend(i.id for i in p.items)
    return ids + [i.id for i in first]


async def async_use(client: AsyncPaging) -> list[int]:
    ids = [item.id async for item in client.items.list_offsets(limit=3)]
    page: AsyncPage[Item] = await client.runs.list_()
    if page.has_next_page():
        page = await page.get_next_page()
    async for p in page.iter_pages():
        ids.extend(i.id for i in p.items)
    async for item in page:
        reveal_type(item)
    return ids


asyncio.run(async_use(AsyncPaging(token="t")))
"""

WRONG = """
from paging import Paging

name: str = next(iter(Paging(token="t").items.list_pages())).id
"""


def _mypy(tmp_path: Path, root: Path, text: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(text, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(program),
        ],
        cwd=tmp_path,
        env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_program_using_pages_is_mypy_strict_clean(
    tmp_path: Path, paging_root: Path
) -> None:
    proc = _mypy(tmp_path, paging_root, PROGRAM)
    out = proc.stdout
    assert 'Revealed type is "paging.models.item.Item"' in out, out
    assert "error" not in out, out


def test_a_wrong_item_type_is_caught(tmp_path: Path, paging_root: Path) -> None:
    proc = _mypy(tmp_path, paging_root, WRONG)
    assert proc.returncode == 1
    assert 'Incompatible types in assignment (expression has type "int"' in proc.stdout
