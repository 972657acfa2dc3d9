"""The validation helper: one forked process that works beside this one.

openapi-spec-validator's keyword checks are validation's slow stage, and on a small spec most
of their time is importing the validator (0.15-0.4 s). So `clientgen generate` and `check`
fork the helper as they start (generator.entry), before this process imports the rest of the
generator: the helper imports the validator while this process imports, reads the spec and
checks its structure. It then runs the jobs it is sent: the keyword checks of each spec
(`clientgen check`'s three with one import) and batches of modules the formatter triages
(generator.format). Where no command started one (the generator used as a library), a
generation forks its own and stops it when done.

A job is sent only when the helper has finished the last one: nothing waits behind a slow job,
so nothing ever needs taking back. Jobs and answers are pickles on two pipes; a job runs with
this process's environment and working directory as they were when it was sent. Linux only
(fork); elsewhere, and if the helper dies, its work is done here.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import signal
import struct
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

_T = TypeVar("_T")
_HEADER = struct.Struct("<Q")  # an answer's length


class HelperGone(Exception):
    """The helper died (killed, out of memory) before it answered."""


class Job(Generic[_T]):
    """A job the helper runs; `result` waits for its answer. If the helper dies first,
    the answer is `here()` (done in this process), or HelperGone where there is none."""

    def __init__(self, helper: Helper, here: Callable[[], _T] | None = None) -> None:
        self._helper = helper
        self._here = here
        self._finished = False
        self._ok = False
        self._value: Any = None

    def _answer(self, ok: bool, value: Any) -> None:
        self._finished, self._ok, self._value = True, ok, value

    def done(self) -> bool:
        """Whether the answer is in (without waiting)."""
        if not self._finished:
            self._helper.poll()
        return self._finished

    def result(self) -> _T:
        """The job's value; its exception if it raised one."""
        while not self._finished:
            self._helper.poll(wait=True)
        if not self._ok:
            if isinstance(self._value, HelperGone) and self._here is not None:
                return self._here()
            raise self._value
        value: _T = self._value
        return value


class Helper:
    """This process's end of the helper: submit jobs, read answers, stop it."""

    def __init__(self, pid: int, jobs: int, answers: int) -> None:
        self.pid = pid
        self._jobs = jobs
        self._answers = answers
        self._current: Job[Any] | None = None
        self._writer: threading.Thread | None = None
        self.gone = False

    def submit(
        self,
        fn: Callable[..., _T],
        *args: Any,
        wait: bool = False,
        here: Callable[[], _T] | None = None,
    ) -> Job[_T] | None:
        """Run fn(*args) in the helper; None if it is busy (with `wait`: once it is not) or
        gone. `here` gives the answer in this process should the helper die. The job is
        written by a thread, so that this process goes on even while the helper is still
        importing and not reading yet."""
        self.poll(wait=wait)
        if self.gone or self._current is not None:
            return None
        data = pickle.dumps(
            (dict(os.environ), os.getcwd(), fn, args), protocol=pickle.HIGHEST_PROTOCOL
        )
        job: Job[_T] = Job(self, here)
        self._current = job
        self._writer = threading.Thread(target=self._send, args=(data,), daemon=True)
        self._writer.start()
        return job

    def _send(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # the helper is gone: its answer says so
            _write(self._jobs, data)

    def poll(self, wait: bool = False) -> None:
        """Take the current job's answer if it is in (with `wait`: wait for it)."""
        job = self._current
        if job is None:
            return
        if not wait:
            ready, _, _ = select.select([self._answers], [], [], 0)
            if not ready:
                return
        self._current = None
        try:
            ok, value = pickle.loads(self._read(_HEADER.unpack(self._read(8))[0]))
        except (OSError, EOFError, pickle.UnpicklingError, struct.error):
            self.gone = True
            job._answer(False, HelperGone())
            return
        job._answer(ok, value)

    def _read(self, size: int) -> bytes:
        chunks = []
        while size:
            chunk = os.read(self._answers, min(size, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def stop(self) -> None:
        """End the helper, whatever it is doing (an unfinished job's answer is not wanted)."""
        global _running
        if _running is self:
            _running = None
        if self.pid == 0:
            return
        # killed first: a job still being written then fails at once (its reader is
        # gone), and only then are the pipes closed, so that the writer never writes to
        # a descriptor number that has been closed and perhaps reused
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        if self._writer is not None:
            self._writer.join(timeout=5)
        for fd in (self._jobs, self._answers):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.pid = 0
        self.gone = True


_running: Helper | None = None


def running() -> Helper | None:
    """The helper the command started (generator.entry), if it is still there."""
    return _running if _running is not None and not _running.gone else None


def start(keep: bool = False) -> Helper | None:
    """Fork a helper; None where forking is not safe (not Linux), there is one CPU, or the
    fork fails. With `keep`, it serves the rest of this process (`running()`) and is
    stopped at exit; else the caller stops it."""
    global _running
    if sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return None
    try:
        jobs_r, jobs_w = os.pipe()
        answers_r, answers_w = os.pipe()
    except OSError:
        return None
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        for fd in (jobs_r, jobs_w, answers_r, answers_w):
            os.close(fd)
        return None
    if pid == 0:  # the helper: never returns
        os.close(jobs_w)
        os.close(answers_r)
        _serve(jobs_r, answers_w)
    os.close(jobs_r)
    os.close(answers_w)
    helper = Helper(pid, jobs_w, answers_r)
    if keep:
        _running = helper
        atexit.register(helper.stop)
    return helper


def _serve(jobs: int, answers: int) -> None:
    """The helper's life: warm up, then run each job sent until the pipe closes."""
    code = 0
    try:
        signal.signal(
            signal.SIGINT, signal.SIG_IGN
        )  # Ctrl-C is this process's to handle
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):  # a caller reading our output must not wait for the helper
            os.dup2(devnull, fd)
        _warm_up()
        with os.fdopen(jobs, "rb") as stream:
            while True:
                try:
                    environ, cwd, fn, args = pickle.load(stream)
                except EOFError:
                    break
                try:
                    os.environ.clear()
                    os.environ.update(environ)
                    os.chdir(cwd)
                    answer: tuple[bool, Any] = (True, fn(*args))
                except BaseException as exc:  # told to the sender
                    answer = (False, exc)
                try:
                    data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception as exc:  # an answer that cannot travel
                    data = pickle.dumps((False, RuntimeError(f"helper: {exc!r}")))
                _write(answers, _HEADER.pack(len(data)) + data)
    except BaseException:  # the sender sees the pipe close
        code = 1
    finally:
        os._exit(code)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _warm_up() -> None:
    """Import what the keyword checks need, openapi-spec-validator above all."""
    try:
        from generator import keyword_checks, validate  # noqa: F401

        keyword_checks.validator_class("3.0")
    except Exception:  # the job itself will say what is wrong
        pass
