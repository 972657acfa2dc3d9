"""The cache stays under its size limit: the least recently written or used entries go first."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import cache, modelcache
from generator.build import ClientConfig
from generator.load import Workspace
from generator.pipeline import generate

FIXTURE = Path(__file__).parent.parent / "fixtures" / "petstore_basic.yaml"


def _entry(namespace: str, name: str, size: int, age_s: float) -> Path:
    digest = cache.key(name)
    cache.put(namespace, digest, b"x" * size)
    path = cache.root() / namespace / digest[:2] / digest
    when = time.time() - age_s
    os.utime(path, (when, when))
    return path


def test_the_oldest_entries_go_until_under_80_percent(cache_dir: Path) -> None:
    old = [_entry("module", f"old{i}", 1000, 3600 + i) for i in range(6)]
    new = [_entry("model", f"new{i}", 1000, 10 + i) for i in range(4)]
    freed = cache.prune(limit=6000, every=0)
    # 10,000 bytes over a 6,000 limit: down to 4,800 at most, oldest first
    assert freed == 6000
    assert not any(p.exists() for p in old)
    assert all(p.exists() for p in new)


def test_only_cache_entries_are_ever_deleted(cache_dir: Path) -> None:
    """The test corpus and the bench's tools live in the same folder: never pruned."""
    corpus = cache.root() / "corpus" / "node_modules" / "pkg" / "index.json"
    corpus.parent.mkdir(parents=True)
    corpus.write_bytes(b"y" * 5000)
    odd = cache.root() / "module" / "ab" / "not-a-digest"
    odd.parent.mkdir(parents=True)
    odd.write_bytes(b"z" * 5000)
    for path in (corpus, odd):
        os.utime(path, (0, 0))
    compiled = cache.root() / "jinja" / "0123456789abcdef" / "__jinja2_x.cache"
    compiled.parent.mkdir(parents=True)
    compiled.write_bytes(b"j" * 1000)
    os.utime(compiled, (1, 1))
    entry = _entry("module", "e", 1000, 3600)
    assert cache.prune(limit=100, every=0) == 2000
    assert corpus.exists() and odd.exists()
    assert not compiled.exists() and not entry.exists()


def test_nothing_goes_while_under_the_limit(cache_dir: Path) -> None:
    paths = [_entry("module", f"e{i}", 1000, 3600 * i) for i in range(5)]
    assert cache.prune(limit=5000, every=0) == 0
    assert all(p.exists() for p in paths)


def test_it_runs_at_most_once_per_interval(cache_dir: Path) -> None:
    paths = [_entry("module", f"e{i}", 1000, 3600 + i) for i in range(5)]
    assert cache.prune(limit=10**9, every=3600) == 0  # under the limit, stamp written
    assert cache.prune(limit=1000, every=3600) == 0  # over it, but too soon
    assert all(p.exists() for p in paths)
    assert cache.prune(limit=1000, every=0) > 0


def test_the_limit_comes_from_the_environment(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_MAX_MB", "3")
    assert cache.max_bytes() == 3 * 1024 * 1024
    for bad in ("", "0", "-5", "lots"):
        monkeypatch.setenv("CLIENTGEN_CACHE_MAX_MB", bad)
        assert cache.max_bytes() == cache.DEFAULT_MAX_MB * 1024 * 1024


def test_disabled_cache_is_left_alone(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _entry("module", "e", 1000, 3600)
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    assert cache.prune(limit=1, every=0) == 0
    assert path.exists()


def test_a_used_model_is_kept_over_older_writes(cache_dir: Path) -> None:
    config = ClientConfig("petpkg", "PetClient")
    generate(FIXTURE, config)  # stores the model
    model_files = list((cache.root() / "model").rglob("*"))
    model = next(p for p in model_files if p.is_file())
    long_ago = time.time() - 10 * 86400
    os.utime(model, (long_ago, long_ago))
    assert modelcache.lookup(Workspace(FIXTURE, str(FIXTURE)), config) is not None
    assert time.time() - model.stat().st_mtime < 3600  # touched by the hit
