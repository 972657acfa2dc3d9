"""No operation escapes the suite: the spec's operations, the client's and the ones the
contract tests exercised against Prism must be the same lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from . import _registry
from ._clients import CLIENTS, ClientInfo, snake

BY_CLIENT = [pytest.param(c, id=c.name) for c in CLIENTS]


@pytest.mark.parametrize("client", BY_CLIENT)
def test_client_is_this_repositorys_generated_code(client: ClientInfo) -> None:
    """Not a stale installed copy: the package imported is generated/<name>/."""
    location = Path(client.module.__file__ or "").resolve()
    assert location.is_relative_to(client.source_dir.resolve()), location


@pytest.mark.parametrize("client", BY_CLIENT)
def test_client_operations_are_the_spec_operations(client: ClientInfo) -> None:
    spec_ops = sorted(
        f"{snake(op.tag)}.{snake(op.operation_id)}" for op in client.spec.operations
    )
    assert len(spec_ops) == len(set(spec_ops)), "two spec operations map to one method"
    assert sorted(client.all_descriptors()) == spec_ops
    tags = dict.fromkeys(snake(op.tag) for op in client.spec.operations)
    assert set(client.sync_class._resource_attrs) == set(tags)


@pytest.mark.contract_coverage
@pytest.mark.parametrize("client", BY_CLIENT)
def test_every_spec_operation_was_exercised(
    client: ClientInfo, request: pytest.FixtureRequest
) -> None:
    selected: set[str] = set()
    for item in request.session.items:
        if (
            not isinstance(item, pytest.Function)
            or item.originalname != "test_sync_call"
        ):
            continue
        params: dict[str, Any] = item.callspec.params
        if params["client"] is client:
            selected.add(params["op"].operation_id)
    spec_ops = sorted(op.operation_id for op in client.spec.operations)
    if selected != set(spec_ops):
        pytest.skip(
            f"only {len(selected)} of {len(spec_ops)} {client.name} operations selected: "
            "run the whole contract suite for the coverage check"
        )
    assert sorted(_registry.EXERCISED[client.name]) == spec_ops
