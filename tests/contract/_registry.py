"""What the contract tests exercised, collected for the coverage check and the summary."""

from __future__ import annotations

from collections import defaultdict

# client name -> operationIds whose sync call reached Prism with spec-built arguments
EXERCISED: defaultdict[str, set[str]] = defaultdict(set)
# client name -> number of operations in its spec
SPEC_COUNTS: dict[str, int] = {}
# client name -> requests sent on purpose without (complete) credentials: each must be
# the only kind of request-validation error in that Prism's log
SECURITY_VIOLATIONS_SENT: defaultdict[str, int] = defaultdict(int)
