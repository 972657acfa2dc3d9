"""generator.helper: one forked process that runs jobs one at a time, with this process's
environment and directory, tells its exceptions, and is replaced by this process when it
dies; and `clientgen` starts it before the rest of the generator is imported."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import helper as helpers
from tests.unit._specs import duplicate_parameter_spec

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the helper forks")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def helper() -> Iterator[helpers.Helper]:
    started = helpers.start()
    assert started is not None
    yield started
    started.stop()


def _pid() -> int:
    return os.getpid()


def _env(name: str) -> str | None:
    return os.environ.get(name)


def _cwd() -> str:
    return os.getcwd()


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _fail() -> None:
    raise ValueError("told to fail")


def _die() -> None:
    os._exit(3)


def test_jobs_run_in_one_other_process(helper: helpers.Helper) -> None:
    pids = set()
    for _ in range(3):
        job = helper.submit(_pid)
        assert job is not None
        pids.add(job.result())
    assert len(pids) == 1 and os.getpid() not in pids


def test_a_job_sees_the_environment_and_directory_of_when_it_was_sent(
    helper: helpers.Helper, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CLIENTGEN_HELPER_PROBE", "after the fork")
    monkeypatch.chdir(tmp_path)
    env = helper.submit(_env, "CLIENTGEN_HELPER_PROBE")
    assert env is not None and env.result() == "after the fork"
    cwd = helper.submit(_cwd)
    assert cwd is not None and cwd.result() == str(tmp_path)


def test_a_busy_helper_declines_a_job_unless_asked_to_wait(
    helper: helpers.Helper,
) -> None:
    slow = helper.submit(_sleep, 0.3)
    assert slow is not None and not slow.done()
    assert helper.submit(_pid) is None  # busy: the caller does the work itself
    queued = helper.submit(_pid, wait=True)
    assert slow.done() and slow.result() == 0.3
    assert queued is not None and queued.result() != os.getpid()


def test_a_job_s_exception_is_raised_here(helper: helpers.Helper) -> None:
    job = helper.submit(_fail)
    assert job is not None
    with pytest.raises(ValueError, match="told to fail"):
        job.result()
    after = helper.submit(_pid)  # the helper goes on
    assert after is not None and after.result() != os.getpid()


def test_a_helper_that_dies_says_so_and_takes_no_more_jobs(
    helper: helpers.Helper,
) -> None:
    job = helper.submit(_die)
    assert job is not None
    with pytest.raises(helpers.HelperGone):
        job.result()
    assert helper.gone and helper.submit(_pid) is None


def test_stop_ends_even_a_busy_helper(helper: helpers.Helper) -> None:
    job = helper.submit(_sleep, 30)
    assert job is not None
    pid = helper.pid
    started = time.monotonic()
    helper.stop()
    assert time.monotonic() - started < 5
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left


def test_stop_ends_a_job_still_being_written(helper: helpers.Helper) -> None:
    """A large job sent while the helper is still warming up (not reading): stopping
    ends the writer too, before the pipe's descriptor is closed."""
    job = helper.submit(len, b"x" * (32 << 20))
    assert job is not None
    started = time.monotonic()
    helper.stop()
    assert time.monotonic() - started < 5
    assert helper._writer is not None and not helper._writer.is_alive()


def test_a_command_s_output_is_not_held_open_by_its_helper() -> None:
    """A caller reading clientgen's output gets EOF when clientgen exits, not when the
    helper (still importing the validator, or idle) does."""
    script = (
        "from generator import helper; helper.start(keep=True); "
        "import time; time.sleep(0.2)"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        timeout=30,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 10


def test_clientgen_generate_reports_what_its_helper_found(tmp_path: Path) -> None:
    spec = duplicate_parameter_spec(tmp_path)
    out = tmp_path / "out"
    command = ["generate", "--strict", "--spec", str(spec), "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "generator", *command, "--package", "pets"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "CLIENTGEN_CACHE": str(tmp_path / "cache")},
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Duplicate parameter" in done.stderr
    assert not out.exists()


def test_clientgen_forks_its_helper_before_importing_the_generator() -> None:
    """So that importing openapi-spec-validator there overlaps the imports here."""
    script = """
import sys
from generator import entry, helper
sys.argv = ["clientgen", "generate", "--help"]
entry.run()
running = helper.running()
job = running.submit(eval, "'generator.cli' in __import__('sys').modules")
print("helper", job.result(), "here", "generator.cli" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "helper False here True"


# What a job carries: a document as little as it can


def test_a_document_read_from_a_file_travels_without_its_text(tmp_path: Path) -> None:
    from generator.load import parse_document

    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.3", "paths": {}}', encoding="utf-8")
    doc = parse_document(spec, "spec.json")
    state = doc.__getstate__()
    assert "text" not in state and "_data" not in state  # JSON parses again, fast
    again = pickle.loads(pickle.dumps(doc))
    assert again.text == doc.text and again.digest == doc.digest
    assert again.data == doc.data


def test_yaml_data_travels_parsed(tmp_path: Path) -> None:
    from generator.load import parse_document

    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.0.3\npaths: {}\n", encoding="utf-8")
    doc = parse_document(spec, "spec.yaml")
    assert "_data" in doc.__getstate__()
    assert pickle.loads(pickle.dumps(doc)).data == {"openapi": "3.0.3", "paths": {}}


def test_a_document_changed_on_disk_is_refused_on_arrival(tmp_path: Path) -> None:
    from generator.load import parse_document
    from generator.problems import SpecError

    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.3"}', encoding="utf-8")
    sent = pickle.dumps(parse_document(spec, "spec.json"))
    spec.write_text('{"openapi": "3.1.0"}', encoding="utf-8")
    with pytest.raises(SpecError, match="changed on disk"):
        pickle.loads(sent)


def test_data_set_on_a_document_travels_with_its_text(tmp_path: Path) -> None:
    """A repaired document's data is not its text parsed: both are sent as they are."""
    from generator.load import Document

    doc = Document(tmp_path / "gone.json", '{"openapi": "3.0.3"}', "gone.json")
    doc.data = {"openapi": "3.0.3", "repaired": True}
    again = pickle.loads(pickle.dumps(doc))
    assert again.data == {"openapi": "3.0.3", "repaired": True}
    assert again.text == doc.text
