"""Nothing is lost: a failure or an interruption at any stage leaves the package whole.

1. `clientgen generate NAME` in a throwaway project (spec changed since the last run), with
   a failure injected at each stage: parse, validate, build, render, format (Ctrl-C), the
   staging writes (OSError or Ctrl-C after some files), the swap. `generated/NAME/` must be
   byte-identical afterwards (contents and mtimes), with no `.NAME.new-*`/`.NAME.old-*`
   left; the next clean run must produce the new tree.
2. `write_package` interrupted at every filesystem operation it makes (before and after
   each: open, flush, link, rename, rmtree), by a KeyboardInterrupt in-process and by a
   hard kill (`os._exit` in a forked child, so no handler runs). After `recover` (which
   every write runs first) the target is exactly the old tree or exactly the new one,
   never a mix, and no staging or backup directory remains.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pytest
from click.testing import CliRunner, Result

import generator.pipeline
from generator import write
from generator.cli import main
from generator.owned import MANIFEST, manifest_text
from generator.write import recover, write_package
from tests.robustness._support import REPO, contents, leftovers, snapshot

NAME = "pets"


def cli(project: Path, *args: str) -> Result:
    with pytest.MonkeyPatch.context() as m:
        m.chdir(project)
        return CliRunner().invoke(main, list(args), catch_exceptions=True)


def _age(directory: Path) -> None:
    """mtimes an hour in the past, so that any rewrite shows."""
    past = (directory.stat().st_mtime_ns // 10**9 - 3600) * 10**9
    for path in directory.rglob("*"):
        os.utime(path, ns=(past, past), follow_symlinks=False)


def _spec_v2(text: str) -> str:
    """The next version of the spec: other title (files change), tag store -> shop (a
    resource module is removed and another added)."""
    return text.replace("Petstore Basic", "Petstore Two").replace("store", "shop")


@dataclass(frozen=True)
class Project:
    root: Path
    new_tree: dict[str, str]  # what a clean run after the spec change produces


@pytest.fixture(scope="module")
def base_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("atomic") / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copy(
        REPO / "tests" / "fixtures" / "petstore_basic.yaml",
        root / "specs" / "pets.yaml",
    )
    (root / "pyproject.toml").write_text(
        "[tool.clientgen]\n"
        'output = "generated"\n'
        f"templates = {str(REPO / 'templates')!r}\n"
        f"[tool.clientgen.clients.{NAME}]\n"
        'spec = "specs/pets.yaml"\n'
        'package = "pets"\n'
        'client_class = "Pets"\n',
        encoding="utf-8",
    )
    first = cli(root, "generate")
    assert first.exit_code == 0, first.output
    _age(root / "generated")
    probe = root.parent / "probe"
    shutil.copytree(root, probe)
    spec = probe / "specs" / "pets.yaml"
    spec.write_text(_spec_v2(spec.read_text(encoding="utf-8")), encoding="utf-8")
    second = cli(probe, "generate")
    assert second.exit_code == 0, second.output
    new_tree = contents(probe / "generated" / NAME)
    assert new_tree != contents(root / "generated" / NAME)
    assert "pets/resources/shop.py" in new_tree
    return Project(root, new_tree)


@pytest.fixture
def project(base_project: Project, tmp_path: Path) -> Iterator[Project]:
    """A private copy whose spec changed since generated/ was written."""
    root = tmp_path / "project"
    shutil.copytree(base_project.root, root)  # copy2: mtimes kept
    spec = root / "specs" / "pets.yaml"
    spec.write_text(_spec_v2(spec.read_text(encoding="utf-8")), encoding="utf-8")
    yield Project(root, base_project.new_tree)


# -- 1. a failure at any stage of `clientgen generate` --------------------------------------


def _break_yaml(project: Path, m: pytest.MonkeyPatch) -> None:
    spec = project / "specs" / "pets.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "  oops: [\n", encoding="utf-8")


def _break_validation(project: Path, m: pytest.MonkeyPatch) -> None:
    spec = project / "specs" / "pets.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace('  version: "1.2.0"\n', ""),
        encoding="utf-8",
    )


def _raise(exc: BaseException) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise exc

    return fail


def _fail_build(project: Path, m: pytest.MonkeyPatch) -> None:
    m.setenv("CLIENTGEN_NO_CACHE", "1")  # a cached model would skip the build
    m.setattr(
        generator.pipeline, "build_api_and_builder", _raise(RuntimeError("build"))
    )


def _fail_render(project: Path, m: pytest.MonkeyPatch) -> None:
    m.setattr(
        generator.pipeline, "render_modules", _raise(jinja2.TemplateError("render"))
    )


def _interrupt_format(project: Path, m: pytest.MonkeyPatch) -> None:
    m.setattr(generator.pipeline.Formatter, "finish", _raise(KeyboardInterrupt()))


def _fail_open_after(
    n: int, exc: BaseException
) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def install(project: Path, m: pytest.MonkeyPatch) -> None:
        opened: list[str] = []

        def flaky_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            if len(opened) >= n:
                raise exc
            opened.append(str(file))
            return open(file, *args, **kwargs)

        m.setattr(write, "open", flaky_open, raising=False)

    return install


def _fail_swap(project: Path, m: pytest.MonkeyPatch) -> None:
    m.setattr(write, "_swap", _raise(OSError("swap")))


def _fail_second_rename(project: Path, m: pytest.MonkeyPatch) -> None:
    real = Path.rename

    def rename(self: Path, target: Any) -> Path:
        if self.name.startswith(f".{NAME}.new-"):
            raise OSError("rename staging -> target")
        return real(self, target)

    m.setattr(Path, "rename", rename)


STAGES: dict[str, tuple[Callable[[Path, pytest.MonkeyPatch], None], int]] = {
    # stage -> (how to break it, the exit code)
    "parse: invalid YAML": (_break_yaml, 2),
    "validate: info.version missing": (_break_validation, 2),
    "build: RuntimeError": (_fail_build, 1),
    "render: template error": (_fail_render, 2),
    "format: Ctrl-C": (_interrupt_format, 1),
    # a filesystem fault is one line naming the path and the reason, exit 2
    "write: OSError on the 3rd file": (
        _fail_open_after(2, OSError(28, "No space left")),
        2,
    ),
    "write: Ctrl-C on the 6th file": (_fail_open_after(5, KeyboardInterrupt()), 1),
    "swap: OSError": (_fail_swap, 2),
    "swap: the staging rename fails": (_fail_second_rename, 2),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_failure_at_any_stage_leaves_the_package_untouched(
    project: Project, stage: str
) -> None:
    generated = project.root / "generated"
    before = snapshot(generated)
    breakage, exit_code = STAGES[stage]
    with pytest.MonkeyPatch.context() as m:
        breakage(project.root, m)
        result = cli(project.root, "generate")
    assert result.exit_code == exit_code, (result.output, result.exception)
    assert snapshot(generated) == before, "generated/ changed"
    assert leftovers(generated, NAME) == []
    if stage.startswith(("parse", "validate")):
        spec = project.root / "specs" / "pets.yaml"
        spec.write_text(
            _spec_v2(
                (REPO / "tests" / "fixtures" / "petstore_basic.yaml").read_text(
                    encoding="utf-8"
                )
            ),
            encoding="utf-8",
        )
    again = cli(project.root, "generate")
    assert again.exit_code == 0, again.output
    assert contents(generated / NAME) == project.new_tree
    assert leftovers(generated, NAME) == []


# -- 2. write_package interrupted at every filesystem operation -----------------------------

OLD = {
    "pyproject.toml": "[project]\nname = 'pkg'\n",
    "pkg/__init__.py": "VERSION = 1\n",
    "pkg/a.py": "a = 1\n",
    "pkg/same.py": "same = 1\n",
    "pkg/sub/c.py": "c = 1\n",
    "pkg/sub/same.py": "same = 2\n",
    "pkg/gone.py": "gone = 1\n",
}
NEW = {
    "pyproject.toml": "[project]\nname = 'pkg'\n",
    "pkg/__init__.py": "VERSION = 2\n",
    "pkg/a.py": "a = 2\n",
    "pkg/same.py": "same = 1\n",
    "pkg/sub/c.py": "c = 2\n",
    "pkg/sub/same.py": "same = 2\n",
    "pkg/sub/new.py": "new = 1\n",
    "pkg/deeper/d.py": "d = 1\n",
}
# each names its files, as every generated package does (generator.owned)
OLD[MANIFEST] = manifest_text("pkg", OLD)
NEW[MANIFEST] = manifest_text("pkg", NEW)


class Interrupted(BaseException):
    """Stands for whatever stops the process at that point."""


@dataclass
class Hooks:
    """Counts the filesystem operations write_package makes; stops at one of them."""

    stop_at: int | None = None  # index of the operation to stop at
    after: bool = False  # stop right after the operation instead of before it
    stop: Callable[[], None] = lambda: None
    ops: list[str] | None = None

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            ops = self.ops if self.ops is not None else []
            index = len(ops)
            name = (
                args[0].name
                if args and isinstance(args[0], Path)
                else Path(str(args[0])).name
            )
            ops.append(f"{label} {name}")
            self.ops = ops
            if index == self.stop_at and not self.after:
                self.stop()
            result = fn(*args, **kwargs)
            if index == self.stop_at and self.after:
                self.stop()
            return result

        return hooked


@contextmanager
def hooked(hooks: Hooks) -> Iterator[Hooks]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(write, "open", hooks.wrap("open", open), raising=False)
        m.setattr(write, "flush", hooks.wrap("flush", write.flush))
        m.setattr(os, "link", hooks.wrap("link", os.link))
        m.setattr(shutil, "rmtree", hooks.wrap("rmtree", shutil.rmtree))
        m.setattr(Path, "rename", hooks.wrap("rename", Path.rename))
        yield hooks


def _fresh(root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    target = root / "pkg"
    write_package(target, OLD)
    return target


@pytest.fixture(scope="module")
def operations(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The operations of one uninterrupted write_package(OLD -> NEW)."""
    target = _fresh(tmp_path_factory.mktemp("ops"))
    with hooked(Hooks()) as hooks:
        write_package(target, NEW)
    assert contents(target) == _tree(NEW)
    assert hooks.ops
    return hooks.ops


def _tree(files: dict[str, str]) -> dict[str, str]:
    import hashlib

    return {k: hashlib.sha256(v.encode()).hexdigest() for k, v in files.items()}


def _state(target: Path) -> str:
    """'old', 'new', 'missing', or 'MIXED' for the target directory."""
    if not target.exists():
        return "missing"
    found = contents(target)
    return "old" if found == _tree(OLD) else "new" if found == _tree(NEW) else "MIXED"


def _points(ops: list[str]) -> list[tuple[int, bool, str]]:
    return [
        (i, after, f"{'after' if after else 'before'} #{i} {op}")
        for i, op in enumerate(ops)
        for after in (False, True)
    ]


def _interrupt() -> None:
    raise KeyboardInterrupt


def _interrupted_write(target: Path, index: int, after: bool) -> BaseException:
    """write_package(NEW) over OLD, Ctrl-C at the point; what it raised."""
    try:
        with hooked(Hooks(index, after, _interrupt)):
            write_package(target, NEW)
    except BaseException as exc:
        return exc
    raise AssertionError("not interrupted")


def test_keyboard_interrupt_anywhere_then_recover_gives_old_or_new(
    operations: list[str], tmp_path: Path
) -> None:
    bad = []
    for index, after, label in _points(operations):
        target = _fresh(tmp_path / "t")
        _interrupted_write(target, index, after)
        recover(target)
        state, left = _state(target), leftovers(target.parent, target.name)
        if state not in ("old", "new") or left:
            bad.append(f"{label}: {state}, left {left}")
    assert bad == []


def test_keyboard_interrupt_anywhere_leaves_old_or_new_at_once(
    operations: list[str], tmp_path: Path
) -> None:
    bad = []
    for index, after, label in _points(operations):
        target = _fresh(tmp_path / "t")
        raised = _interrupted_write(target, index, after)
        state = _state(target)
        if state not in ("old", "new") or not isinstance(raised, KeyboardInterrupt):
            bad.append(f"{label}: {state}, raised {raised!r}")
    assert bad == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_hard_kill_anywhere_then_recover_gives_old_or_new(
    operations: list[str], tmp_path: Path
) -> None:
    bad = []
    for index, after, label in _points(operations):
        target = _fresh(tmp_path / "t")
        pid = os.fork()
        if pid == 0:  # the child: write, and die at the point without any cleanup
            try:
                with hooked(Hooks(index, after, lambda: os._exit(9))):
                    write_package(target, NEW)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 9, label
        recover(target)
        state, left = _state(target), leftovers(target.parent, target.name)
        if state not in ("old", "new") or left:
            bad.append(f"{label}: {state}, left {left}")
    assert bad == []
