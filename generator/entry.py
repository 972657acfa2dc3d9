"""`clientgen`: the validation helper (generator.helper) is forked first, for the commands
that validate a spec, so that it imports openapi-spec-validator while this process imports
the rest of the generator (0.13-0.36 s); then the command line runs (generator.cli)."""

from __future__ import annotations

import sys

_VALIDATING = ("generate", "check")  # the commands whose generations use the helper


def main() -> None:
    if sys.argv[1:2] and sys.argv[1] in _VALIDATING:
        from generator.helper import start

        start(keep=True)
    from generator.cli import main as cli

    cli()
