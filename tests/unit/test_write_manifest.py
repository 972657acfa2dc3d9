"""write_package skips reading files it wrote itself that nothing has touched since, and
still notices every file that was touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import write
from generator.owned import MANIFEST, manifest_text

FILES = {
    "pkg/__init__.py": "from .a import A\n",
    "pkg/a.py": "class A:\n    pass\n",
    "pkg/models/b.py": "B = 1\n",
    "README.md": "# pkg\n",
}
FILES[MANIFEST] = manifest_text("pkg", FILES)  # as every generated package has


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    seen: list[Path] = []
    real = Path.read_bytes

    def spy(self: Path) -> bytes:
        if "cache" not in self.parts:
            seen.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    return seen


def test_files_written_and_untouched_are_not_read_again(
    tmp_path: Path, reads: list[Path]
) -> None:
    target = tmp_path / "out"
    assert write.write_package(target, FILES).missing == tuple(sorted(FILES))
    reads.clear()
    again = write.write_package(target, FILES)
    assert again.clean and sorted(again.unchanged) == sorted(FILES)
    assert reads == []


def test_a_touched_file_is_read_and_rewritten(
    tmp_path: Path, reads: list[Path]
) -> None:
    target = tmp_path / "out"
    write.write_package(target, FILES)
    edited = target / "pkg" / "a.py"
    edited.write_text("class X:\n    pass\n", encoding="utf-8")  # same size
    st = edited.stat()
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    reads.clear()
    result = write.write_package(target, FILES)
    assert result.changed == ("pkg/a.py",)
    assert reads == [edited]
    assert edited.read_text(encoding="utf-8") == FILES["pkg/a.py"]


def test_new_text_for_an_untouched_file_is_written(
    tmp_path: Path, reads: list[Path]
) -> None:
    target = tmp_path / "out"
    write.write_package(target, FILES)
    new = {**FILES, "pkg/models/b.py": "B = 2\n"}
    result = write.write_package(target, new)
    assert result.changed == ("pkg/models/b.py",)
    assert (target / "pkg" / "models" / "b.py").read_text(encoding="utf-8") == "B = 2\n"
    reads.clear()
    assert write.write_package(target, new).clean
    assert reads == []


def test_without_the_cache_every_file_is_read(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out"
    write.write_package(target, FILES)
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    reads.clear()
    assert write.write_package(target, FILES).clean
    assert len(reads) == len(FILES)


def test_check_always_reads(tmp_path: Path, reads: list[Path]) -> None:
    target = tmp_path / "out"
    write.write_package(target, FILES)
    reads.clear()
    assert write.compare(target, FILES).clean
    assert len(reads) == len(FILES)


def test_after_a_rewrite_the_manifest_is_true_of_every_file(
    tmp_path: Path, reads: list[Path]
) -> None:
    """Entries of files carried over (hard-linked) are kept, not stat'ed again: they must
    still describe the files, and the next run must read nothing."""
    target = tmp_path / "out"
    write.write_package(target, FILES)
    changed = {**FILES, "pkg/a.py": "class B:\n    pass\n"}
    assert write.write_package(target, changed).changed == ("pkg/a.py",)
    manifest = write._load_manifest(target)
    for rel in changed:
        st = (target / rel).stat()
        assert manifest[rel][:3] == [st.st_size, st.st_mtime_ns, st.st_ino], rel
    reads.clear()
    assert write.write_package(target, changed).clean
    assert reads == []
