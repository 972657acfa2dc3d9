"""A schema's `const` (a `Literal[...]` field) under strict_response_validation: the one
value passes, any other raises APIResponseValidationError where it is; leniently it is
kept as it came. (OpenAPI 3.1's `const`, from the openapi31 fixture: Item.kind is
Literal["item"], Tombstone.kind Literal["tombstone"], getItem answers either.)"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.examples._packages import REPO, generated, imported
from tests.examples.test_strict_validation import MODES, client, resolve


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("openapi31")
    fixture = REPO / "tests" / "fixtures" / "openapi31.yaml"
    spec = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    generated(spec, "openapi31", folder)
    with imported(folder / "openapi31", "openapi31") as module:
        yield module


async def _get(module: ModuleType, mode: str, body: Any, **kwargs: Any) -> Any:
    c = client(module, "Openapi31", mode, body, **kwargs)
    return await resolve(c.items.get_item(item_id=1))


@pytest.mark.parametrize("mode", MODES)
async def test_the_constant_passes_and_picks_its_member(
    items: ModuleType, mode: str
) -> None:
    body = {"kind": "item", "name": "Bolt"}
    item = await _get(items, mode, body, strict_response_validation=True)
    assert type(item).__name__ == "Item" and item.kind == "item"
    gone = {"kind": "tombstone", "deleted_at": "2025-01-02T03:04:05+00:00"}
    tomb = await _get(items, mode, gone, strict_response_validation=True)
    assert type(tomb).__name__ == "Tombstone" and tomb.kind == "tombstone"


@pytest.mark.parametrize("mode", MODES)
async def test_another_value_is_refused_strictly_and_kept_leniently(
    items: ModuleType, mode: str
) -> None:
    body = {"kind": "widget", "name": "Bolt"}
    with pytest.raises(items.APIResponseValidationError) as info:
        await _get(items, mode, body, strict_response_validation=True)
    err = info.value
    assert (err.path, err.model, err.field) == ("result.kind", "Item", "kind")
    assert (err.expected, err.got) == ("Literal['item']", "str")
    lenient = await _get(items, mode, body)
    assert lenient.kind == "widget"
