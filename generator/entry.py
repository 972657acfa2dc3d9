"""`clientgen`: the validation helper (generator.helper) is forked first, for the commands
that validate a spec, so that it imports openapi-spec-validator while this process imports
the rest of the generator (0.13-0.36 s); then the command line runs (generator.cli).

The cycle collector is told to run rarely, in both processes (generator.collector).

The process ends without tearing the interpreter down (as mypy's does): freeing every
object one by one, which the operating system does at once, was 25-35 ms of a 0.2 s
Time4VPS run and 40 ms of GitHub's. What of the teardown matters is done first: the atexit
functions run (they stop the helper) and the standard streams are flushed."""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

from generator import collector

_VALIDATING = ("generate", "check")  # the commands whose generations use the helper


def main() -> NoReturn:
    """The console script."""
    _exit(run())


def run() -> str | int | None:
    """Run the command line in sys.argv; its exit code, as SystemExit carries it."""
    collector.for_a_run()
    if sys.argv[1:2] and sys.argv[1] in _VALIDATING:
        from generator.helper import start

        start(keep=True)
    from generator.cli import main as cli

    try:
        cli()
    except SystemExit as exc:
        return exc.code
    return 0


def _exit(code: str | int | None) -> NoReturn:
    """End the process as `sys.exit(code)` would, without the interpreter's teardown."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # a message: printed, and exit status 1
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: as Python says at exit
            status = status or 120
    os._exit(status)
