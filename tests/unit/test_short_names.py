"""Method names without what repeats where they are (generator.naming.short_method_name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.build import ClientConfig
from generator.naming import short_method_name
from generator.pipeline import generate


@pytest.mark.parametrize(
    ("method_name", "operation_id", "path", "method", "resource", "short"),
    [
        # FastAPI's default operationIds: {function}{path}_{method}
        ("read_item", "read_item_items__item_id__get",
         "/items/{item_id}", "GET", "items", "read_item"),
        ("health_health_get", "health_health_get", "/health", "GET", "meta", "health"),
        # GitHub's `repos/list-for-user` under the tag repos
        ("repos_list_for_user", "repos/list-for-user", "/users/{u}/repos", "GET",
         "repos", "list_for_user"),
        ("copilot_copilot_usage", "copilot/copilot-usage", "/x", "GET", "copilot",
         "usage"),
        # nothing to drop, or nothing left that is a name
        ("list_pets", "listPets", "/pets", "GET", "pets", "list_pets"),
        ("pets", "pets", "/pets", "GET", "pets", "pets"),
        ("pets_2fa", "pets_2fa", "/pets", "GET", "pets", "pets_2fa"),
        ("pets_class", "pets_class", "/pets", "GET", "pets", "pets_class"),
    ],
)  # fmt: skip
def test_short_method_name(
    method_name: str,
    operation_id: str,
    path: str,
    method: str,
    resource: str,
    short: str,
) -> None:
    assert short_method_name(method_name, operation_id, path, method, resource) == short


def test_a_short_name_two_operations_would_share_keeps_the_long_names(
    tmp_path: Path,
) -> None:
    def op(operation_id: str) -> dict[str, object]:
        return {
            "operationId": operation_id,
            "tags": ["pets"],
            "responses": {"204": {"description": "done"}},
        }

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": op("pets_find")},
            "/b": {"get": op("find")},
            "/c": {"get": op("pets_show")},
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    generated = generate(path, ClientConfig("pets_pkg", "Pets"))
    (pets,) = generated.api.resources
    assert [o.method_name for o in pets.operations] == ["pets_find", "find", "show"]
    (warning,) = [w for w in generated.warnings if "short method name" in w.message]
    assert "'find'" in warning.message and "kept 'pets_find'" in warning.message
    assert warning.location.pointer == "/paths/~1a/get/operationId"
