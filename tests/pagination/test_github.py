"""GitHub's spec (api.github.com.json from @octokit/openapi, the corpus's): its list
operations page (a declared `Link` header, else page/per_page), and a client generated from
it iterates a user's repositories across pages through its own fake."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.build import ClientConfig
from generator.pipeline import Generated, generate
from generator.write import write_package
from tests.examples._packages import imported
from tools.corpus import GITHUB, ensure_corpus


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Generated]:
    spec = ensure_corpus(with_github=True) / GITHUB
    result = generate(spec, ClientConfig("github", "GitHub"))
    root = tmp_path_factory.mktemp("github") / "github"
    write_package(root, result.files)
    return root, result


@pytest.fixture
def package(github: tuple[Path, Generated]) -> Iterator[ModuleType]:
    with imported(github[0], "github") as module:
        yield module


def test_githubs_list_operations_page(github: tuple[Path, Generated]) -> None:
    api = github[1].api
    paged = [op for op in api.operations if op.pagination is not None]
    styles = Counter(op.pagination.style for op in paged if op.pagination)
    # at 23.0.2: 267 of 1223 operations page, 198 by Link header, 69 by page number
    assert len(api.operations) == 1223
    assert styles == {"link": 198, "page": 69}
    surface = json.loads(github[1].files["clientgen-surface.json"])
    returns = {
        f"{o['resource']}.{o['method']}": o["returns"] for o in surface["operations"]
    }
    assert returns["repos.list_for_user"] == "_p.SyncPage[MinimalRepository]"
    assert returns["issues.list_for_repo"] == "_p.SyncPage[Issue]"
    # a wrapped list: {"total_count": ..., "workflow_runs": [...]}
    assert returns["actions.list_workflow_runs_for_repo"] == "_p.SyncPage[WorkflowRun]"
    assert returns["repos.get"] == "FullRepository"  # not a list


def test_a_github_client_iterates_across_pages_on_its_fake(package: ModuleType) -> None:
    from github.testing import FakeGitHub

    fake = FakeGitHub()
    repo = fake._by_name["repos.list_for_user"]["responses"]["200"]["body"][0]
    fake.store_items(
        "repos.list_for_user",
        [{**repo, "id": i, "name": f"repo-{i}"} for i in range(1, 76)],
        page_size=30,
    )
    client = package.GitHub(http_client=fake.http_client())
    names = [r.name for r in client.repos.list_for_user(username="octocat")]
    assert names == [f"repo-{i}" for i in range(1, 76)]
    calls = fake.calls_to("repos.list_for_user")
    assert [c.query.get("page") for c in calls] == [None, ["2"], ["3"]]
    assert all(c.status == 200 for c in calls)
