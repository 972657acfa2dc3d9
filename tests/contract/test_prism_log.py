"""Prism's own log agrees: the only request-validation errors it logged all session are
the security violations the negative tests provoked on purpose (one per request sent
without complete credentials). Runs last, against the same Prism as every other test."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from . import _registry
from ._clients import CLIENTS, ClientInfo
from ._prism import PrismServer

_ERROR = re.compile(r"[\u2716\u00d7]\s+error\s+(?P<message>.*)$")
_VIOLATION = re.compile(r"Violation: (?P<where>\S+) (?P<message>.*)$")
_SECURITY = "Invalid security scheme used"


def _settled_log(server: PrismServer, quiet: float = 0.3, limit: float = 5.0) -> str:
    """Prism's log once it has stopped growing (it is written asynchronously)."""
    deadline = time.monotonic() + limit
    size = -1
    while time.monotonic() < deadline:
        current = server.log_path.stat().st_size
        if current == size:
            break
        size = current
        time.sleep(quiet)
    return server.log_path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.contract_coverage
@pytest.mark.parametrize("client", [pytest.param(c, id=c.name) for c in CLIENTS])
def test_prism_logged_only_the_provoked_violations(
    client: ClientInfo, prism: Callable[[ClientInfo], PrismServer]
) -> None:
    server = prism(client)
    log = _settled_log(server)
    unexpected: list[str] = []
    security = 0
    for line in log.splitlines():
        violation = _VIOLATION.search(line)
        if violation:
            if violation["message"] == _SECURITY:
                security += 1
            else:
                unexpected.append(line)
            continue
        error = _ERROR.search(line)
        if not error:
            continue
        message = error["message"]
        probe = (
            "] get / " in line and "NO_PATH_MATCHED_ERROR" in message
        )  # readiness probe
        if message != _SECURITY and not probe:
            unexpected.append(line)
    assert unexpected == [], "Prism logged errors:\n" + "\n".join(unexpected)
    assert security == _registry.SECURITY_VIOLATIONS_SENT[client.name], (
        f"Prism logged {security} security violations, the tests provoked "
        f"{_registry.SECURITY_VIOLATIONS_SENT[client.name]}"
    )
