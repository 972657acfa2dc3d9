"""Stoplight Prism mock servers for the contract tests: start, wait, stop, leave nothing.

Each Prism runs `prism mock --errors` (static examples, request validation on: a request
that breaks the spec is answered with a 4xx and an `sl-violations` header) on a free
loopback port, in its own process group, so it can be stopped as a whole. Three layers
make sure no Prism outlives the test run:

1. the session fixture stops every server and checks its process group is gone;
2. `atexit` and SIGTERM/SIGHUP handlers kill whatever is still registered, for runs that
   are interrupted before fixtures are torn down;
3. on Linux the Prism process gets PR_SET_PDEATHSIG, so it is killed when pytest itself
   dies, even by SIGKILL.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
_PR_SET_PDEATHSIG = 1

NOT_INSTALLED = (
    f"Stoplight Prism is not installed ({PRISM.relative_to(ROOT)} is missing): run "
    "`make e2e` (it installs the pinned version from package-lock.json with `npm ci`), "
    "or set CLIENTGEN_SKIP_E2E=1 to skip the contract tests."
)


class PrismError(RuntimeError):
    """Prism could not be started or stopped."""


@dataclass
class PrismServer:
    """One running Prism: the spec it serves, where, and its log."""

    name: str
    spec: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pgid(self) -> int:
        return self.process.pid  # start_new_session: the leader's pid is the group id

    def output(self, limit: int = 6000) -> str:
        """The end of Prism's log (stdout and stderr)."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"<no log: {exc}>"
        return text if len(text) <= limit else "…" + text[-limit:]


# -- process-group bookkeeping (shared by the fixture, atexit and signal handlers) ------
_LIVE: dict[int, subprocess.Popen[bytes]] = {}
_LOCK = threading.Lock()
_PREVIOUS_HANDLERS: dict[int, Any] = {}
_ATEXIT_REGISTERED = False


def live_groups() -> list[int]:
    with _LOCK:
        return list(_LIVE)


def group_members(pgid: int) -> list[str]:
    """Living (non-zombie) processes of a process group, as 'pid cmdline'."""
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: ask the kernel whether the group exists at all
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            pass
        return [f"group {pgid}"]
    members: list[str] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # pid (comm) state ppid pgrp ...: comm may contain spaces, split after ')'
            fields = stat[stat.rindex(")") + 2 :].split()
            state, pgrp = fields[0], int(fields[2])
            if pgrp != pgid or state in ("Z", "X"):
                continue
            cmdline = (
                (entry / "cmdline")
                .read_bytes()
                .replace(b"\0", b" ")
                .decode(errors="replace")
            )
        except (OSError, ValueError, IndexError):
            continue
        members.append(f"{entry.name} {cmdline.strip()}")
    return members


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def kill_all(grace: float = 2.0) -> None:
    """Stop every registered Prism group now: SIGTERM, a short grace, then SIGKILL."""
    with _LOCK:
        procs = dict(_LIVE)
    for pgid in procs:
        _signal_group(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for pgid, proc in procs.items():
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(max(0.0, deadline - time.monotonic()))
        _signal_group(pgid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(1.0)
        with _LOCK:
            _LIVE.pop(pgid, None)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    kill_all()
    previous = _PREVIOUS_HANDLERS.get(signum, signal.SIG_DFL)
    if callable(previous):
        previous(signum, frame)
    elif previous == signal.SIG_DFL:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def install_backstops() -> None:
    """atexit + SIGTERM/SIGHUP handlers that kill every registered Prism (idempotent)."""
    global _ATEXIT_REGISTERED
    if not _ATEXIT_REGISTERED:
        atexit.register(kill_all)
        _ATEXIT_REGISTERED = True
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if sig in _PREVIOUS_HANDLERS:
            continue
        _PREVIOUS_HANDLERS[sig] = signal.getsignal(sig)
        signal.signal(sig, _on_signal)


def remove_signal_handlers() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for sig, previous in list(_PREVIOUS_HANDLERS.items()):
        signal.signal(sig, previous)
        del _PREVIOUS_HANDLERS[sig]


def _die_with_parent() -> Callable[[], None] | None:
    """A preexec_fn asking Linux to SIGTERM the child when pytest dies."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    parent = os.getpid()

    def preexec() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


# -- start / stop ---------------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(
    name: str, spec: Path, log_dir: Path, timeout: float = START_TIMEOUT
) -> PrismServer:
    """Start Prism for `spec` on a free loopback port and wait until it answers."""
    if not PRISM.exists():
        raise PrismError(NOT_INSTALLED)
    install_backstops()
    last_error: PrismError | None = None
    for attempt in range(3):  # a free port can be taken between probe and bind
        port = free_port()
        log_path = log_dir / f"prism-{name}-{port}.log"
        env = {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"}
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    str(PRISM),
                    "mock",
                    "--errors",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    str(spec),
                ],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent(),  # pytest runs fixtures in one thread
                env=env,
            )
        with _LOCK:
            _LIVE[process.pid] = process
        server = PrismServer(name, spec, port, process, log_path)
        try:
            _wait_until_answering(server, timeout)
            return server
        except PrismError as exc:
            leftovers = stop(server)
            last_error = exc
            if leftovers or "EADDRINUSE" not in server.output() or attempt == 2:
                raise
        except BaseException:  # interrupted while waiting: leave nothing behind
            stop(server)
            raise
    assert last_error is not None
    raise last_error


def _wait_until_answering(server: PrismServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as http:
        while True:
            code = server.process.poll()
            if code is not None:
                raise PrismError(
                    f"Prism for {server.spec.name} exited with status {code} before "
                    f"answering on port {server.port}. Its output:\n{server.output()}"
                )
            try:
                http.get(
                    server.base_url + "/"
                )  # any HTTP answer (Prism says 404) will do
                return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise PrismError(
                    f"Prism for {server.spec.name} did not answer on {server.base_url} "
                    f"within {timeout:.0f} s. Its output:\n{server.output()}"
                )
            time.sleep(0.1)


def stop(server: PrismServer, timeout: float = STOP_TIMEOUT) -> list[str]:
    """Stop a Prism's whole process group; return what is still alive (empty: all gone)."""
    pgid = server.pgid
    _signal_group(pgid, signal.SIGTERM)
    try:
        server.process.wait(timeout)
    except subprocess.TimeoutExpired:
        _signal_group(pgid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.process.wait(timeout)
    deadline = time.monotonic() + timeout
    members = group_members(pgid)
    while members and time.monotonic() < deadline:
        _signal_group(pgid, signal.SIGKILL)
        time.sleep(0.05)
        members = group_members(pgid)
    if not members:
        with _LOCK:
            _LIVE.pop(pgid, None)
    return members


class PrismPool:
    """One Prism per spec for the whole session, started on first use."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.servers: dict[str, PrismServer] = {}
        self.failures: dict[str, PrismError] = {}  # not retried: each try may take 60 s
        self.stopped: list[int] = []

    def get(self, name: str, spec: Path) -> PrismServer:
        if name in self.failures:
            raise self.failures[name]
        server = self.servers.get(name)
        if server is not None and server.process.poll() is not None:
            raise PrismError(
                f"Prism for {spec.name} died during the session (status "
                f"{server.process.returncode}). Its output:\n{server.output()}"
            )
        if server is None:
            try:
                server = start(name, spec, self.log_dir)
            except PrismError as exc:
                self.failures[name] = exc
                raise
            self.servers[name] = server
        return server

    def close(self) -> dict[str, list[str]]:
        """Stop every server; return the processes that survived, by spec."""
        leftovers: dict[str, list[str]] = {}
        for name, server in self.servers.items():
            alive = stop(server)
            self.stopped.append(server.pgid)
            if alive:
                leftovers[name] = alive
        self.servers.clear()
        return leftovers
