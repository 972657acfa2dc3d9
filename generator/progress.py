"""What a run tells the user while it works: a live status line on a terminal, stage times
with `--verbose`, nothing extra otherwise.

The pipeline reports through `current()`: `stage(name, total)` when a stage starts,
`advance()` as modules are done, `note(text)` for what came from the cache. The default
reporter does nothing, so library use and tests pay nothing.

The live line is drawn on stderr only when stderr is a terminal (`Live`), by a daemon
thread that first draws after about a second (a warm run finishes before and shows
nothing), then ten times a second: the stage, modules done of total, the elapsed time.

Hand-written rather than with a terminal library (rich, tqdm): one line redrawn with
`\\r` and "erase line" is all it needs, and the pipeline forks helper processes while the
line is live. The drawing thread writes with `os.write` (no Python-level buffer lock a forked
child could inherit held), counters are plain integers, and a forked child's reporter is
reset to the silent one, so a child never draws, nor waits for the lock by which the line
and other output take turns in the parent. Nothing is
imported that a warm run would pay for.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from typing import TextIO


class Reporter:
    """Reports nothing (the default; also every forked child's)."""

    def stage(self, name: str, total: int = 0) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def note(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


_SILENT = Reporter()
_current: Reporter = _SILENT


def current() -> Reporter:
    return _current


@contextlib.contextmanager
def using(reporter: Reporter) -> Iterator[Reporter]:
    """`reporter` is current() inside; it is closed on the way out."""
    global _current
    previous, _current = _current, reporter
    try:
        yield reporter
    finally:
        _current = previous
        reporter.close()


def _silence_child() -> None:
    global _current
    _current = _SILENT


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_silence_child)


class Stages(Reporter):
    """Keeps the stage, its counts and times; with `verbose`, writes each stage's time and
    every note to `stream` (one line each) as they end."""

    def __init__(
        self, stream: TextIO | None = None, *, verbose: bool = False, label: str = ""
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.verbose = verbose
        self.label = label
        self.started = time.monotonic()
        self.name = ""
        self.stage_started = self.started
        self.done = 0
        self.total = 0
        self.notes: list[str] = []
        self.times: list[tuple[str, float]] = []

    def stage(self, name: str, total: int = 0) -> None:
        self._end_stage()
        self.name, self.total, self.done = name, total, 0
        self.stage_started = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n

    def note(self, text: str) -> None:
        self.notes.append(text)
        if self.verbose:
            self._line(f"{self.label}{text}")

    def close(self) -> None:
        self._end_stage()
        self.name = ""

    def _end_stage(self) -> None:
        if not self.name:
            return
        took = time.monotonic() - self.stage_started
        self.times.append((self.name, took))
        if self.verbose:
            counted = f" ({self.done}/{self.total} modules)" if self.total else ""
            self._line(f"{self.label}{self.name}: {took:.2f}s{counted}")

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


class Live(Stages):
    """Stages, and a status line on the terminal at file descriptor `fd` while a run takes
    longer than `delay` seconds. Anything else written to the terminal must come after
    `pause()` or `close()`, which erase the line."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        verbose: bool = False,
        label: str = "",
        fd: int = 2,
        delay: float = 1.0,
        interval: float = 0.1,
    ) -> None:
        super().__init__(stream, verbose=verbose, label=label)
        self.fd = fd
        self.delay = delay
        self.interval = interval
        self.shown = False
        # drawing and other output take turns (in this process only: a forked child's
        # reporter is the silent one, so it never waits for this lock)
        self._turn = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="clientgen-progress", daemon=True
        )
        self._thread.start()

    def status(self) -> str:
        elapsed = time.monotonic() - self.started
        line = f"clientgen: {self.label}{self.name or 'working'}"
        if self.total:
            line += f" {min(self.done, self.total)}/{self.total} modules"
        return f"{line}  {elapsed:.1f}s"

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        while not self._stop.is_set():
            self._draw()
            self._stop.wait(self.interval)

    def _draw(self) -> None:
        try:
            width = os.get_terminal_size(self.fd).columns
        except OSError:
            width = 0
        if width <= 0:  # a terminal that tells no size
            raw = os.environ.get("COLUMNS", "")
            width = int(raw) if raw.isdigit() and int(raw) > 0 else 80
        text = self.status()[: max(10, width - 1)]
        with self._turn, contextlib.suppress(OSError):
            if self._stop.is_set():
                return
            os.write(self.fd, b"\r\x1b[2K" + text.encode("utf-8", "replace"))
            self.shown = True

    def _erase(self) -> None:
        if self.shown:
            with contextlib.suppress(OSError):
                os.write(self.fd, b"\r\x1b[2K")
            self.shown = False

    def _line(self, text: str) -> None:
        with self._turn:
            self._erase()
            super()._line(text)

    def pause(self) -> None:
        """Stop drawing and erase the line (the run is over, or output follows)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()
        with self._turn:
            self._erase()

    def close(self) -> None:
        self.pause()
        super().close()


def reporter(
    *, quiet: bool, verbose: bool, label: str = "", stream: TextIO | None = None
) -> Reporter:
    """The reporter a command uses: silent with --quiet; a live line when stderr is a
    terminal (and TERM is not "dumb"); stage times with --verbose."""
    err = stream if stream is not None else sys.stderr
    if quiet:
        return Reporter()
    tty = False
    with contextlib.suppress(AttributeError, ValueError, OSError):
        tty = err.isatty() and os.isatty(err.fileno())
    if tty and os.environ.get("TERM", "") != "dumb":
        delay = _seconds(os.environ.get("CLIENTGEN_PROGRESS_DELAY", ""), 1.0)
        return Live(err, verbose=verbose, label=label, fd=err.fileno(), delay=delay)
    if verbose:
        return Stages(err, verbose=True, label=label)
    return Reporter()


def _seconds(raw: str, default: float) -> float:
    """CLIENTGEN_PROGRESS_DELAY: seconds before the live line first shows (default 1)."""
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if 0 <= value < 3600 else default
