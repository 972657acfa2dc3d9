"""The workflow extensions are generic: the same behaviour on a made-up "jobs" API.

`tests/fixtures/workflows.yaml` declares, with nothing vendor-specific:
- `resizeCluster` starts a job (`x-clientgen-task`, `job_id: $response.job_id`, a busy
  pattern on its 409), `getJob` polls it (`x-clientgen-task-poll`: done once `finished_at`
  is non-empty, failed when `state` is exactly `failed`, wait method `wait_for_job`);
- `issueToken` logs in (`x-clientgen-login`) and issues a bearer token and a tenant;
- `X-RateLimit-Limit` / `X-RateLimit-Remaining` rate-limit headers with a zero message;
- `getUsage` with local date-times (`since`, `until`) that must be in order.

The package is generated at session start (the `workflows_pkg` fixture) and used through the
`wf` fixture; being generated at run time, it is typed `Any` here.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from .conftest import (
    FIXTURE_SPEC,
    FakeClock,
    MockAPI,
    Mode,
    assert_nowhere,
    body_json,
    query_params,
    raises,
    reply,
    resolve,
    sync_and_async,
    workflows_client,
)

CLUSTER = "c-7"
JOB = "j-42"
START = f"POST /v1/clusters/{CLUSTER}/resize"
POLL = f"GET /v1/jobs/{JOB}"
LOGIN = "POST /v1/auth/token"
LIST = "GET /v1/clusters"
CLIENT_ID = "svc-reporting"
SECRET = "cl1ent-s3cret-do-not-log"
CLUSTERS = [{"id": CLUSTER, "size": 3}]


def job(state: str, finished_at: str | None = None) -> dict[str, Any]:
    return {"id": JOB, "state": state, "finished_at": finished_at}


QUEUED = job("queued")
RUNNING = dict(job("running"), finished_at="")  # empty string: not finished either
SUCCEEDED = job("succeeded", "2025-01-01T10:05:00Z")
FAILED = dict(job("failed", "2025-01-01T10:01:00Z"), detail="out of capacity")


def token(value: str, tenant: str | None = "acme") -> dict[str, Any]:
    body: dict[str, Any] = {"access_token": value, "expires_in": 3600}
    if tenant is not None:
        body["tenant"] = tenant
    return body


def auth_headers(request: httpx.Request) -> dict[str, str]:
    names = ("Authorization", "X-Tenant")
    return {n: request.headers[n] for n in names if n in request.headers}


async def login(wf: Any, mode: Mode, api: MockAPI, **kwargs: Any) -> Any:
    cls = wf.Workflows if mode == "sync" else wf.AsyncWorkflows
    return await resolve(
        cls.login(
            client_id=CLIENT_ID,
            client_secret=SECRET,
            http_client=api.http_client(mode),
            **kwargs,
        )
    )


def assert_login_request(request: httpx.Request) -> None:
    assert f"{request.method} {request.url.path}" == LOGIN
    assert body_json(request) == {"clientId": CLIENT_ID, "clientSecret": SECRET}
    assert auth_headers(request) == {}


def test_the_generated_package_is_the_fixtures(wf: Any) -> None:
    for name in ("Workflows", "AsyncWorkflows", "RateLimit", "TaskTimeoutError"):
        assert hasattr(wf, name)
    assert [f.name for f in dataclasses.fields(wf.RateLimit)] == [
        "limit",
        "remaining",
    ]
    client = wf.Workflows(token="t")
    assert hasattr(client.jobs, "wait_for_job")  # the `method` of x-clientgen-task-poll
    assert not hasattr(client.jobs, "wait_for_task")
    assert hasattr(client.clusters, "resize_cluster_and_wait")
    assert hasattr(wf.Workflows, "login")


# -- long-running jobs ---------------------------------------------------------------------
@sync_and_async
async def test_resize_and_wait_polls_three_times_with_the_job_id_from_the_response(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(202, {"job_id": JOB}),
        reply(200, QUEUED),
        reply(200, RUNNING),
        reply(200, SUCCEEDED),
        clock=clock,
    )
    client = workflows_client(wf, mode, api, token="tok")

    finished = await resolve(
        client.clusters.resize_cluster_and_wait(
            cluster_id=CLUSTER, size=5, poll_interval=4
        )
    )

    assert api.calls == [START, POLL, POLL, POLL]
    assert body_json(api.requests[0]) == {"size": 5}
    assert all(r.headers["Authorization"] == "Bearer tok" for r in api.requests)
    assert isinstance(finished, wf.models.Job)
    assert finished == wf.models.Job.from_dict(SUCCEEDED)
    assert finished.state == "succeeded"
    assert clock.sleeps == pytest.approx([4.0, 5.0])
    assert all(d >= 4 for d in clock.sleeps)


@sync_and_async
async def test_wait_for_job_polls_until_finished(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(200, QUEUED), reply(200, RUNNING), reply(200, SUCCEEDED), clock=clock
    )
    client = workflows_client(wf, mode, api, token="tok")

    finished = await resolve(
        client.jobs.wait_for_job(job_id=JOB, timeout=60, poll_interval=0.5)
    )

    assert api.calls == [POLL, POLL, POLL]
    assert finished == wf.models.Job.from_dict(SUCCEEDED)
    assert clock.sleeps == pytest.approx([0.5, 0.625])


@sync_and_async
async def test_a_job_that_never_finishes_times_out(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(reply(200, QUEUED), reply(200, RUNNING), clock=clock)
    client = workflows_client(wf, mode, api, token="tok")
    deadline = clock.now + 20

    err = await raises(
        wf.TaskTimeoutError,
        lambda: client.jobs.wait_for_job(job_id=JOB, timeout=20, poll_interval=2),
    )

    assert err.task == wf.models.Job.from_dict(RUNNING)
    assert err.task.finished_at == ""
    assert all(t <= deadline + 1e-9 for t in api.times)
    assert clock.now == pytest.approx(deadline)
    assert set(api.calls) == {POLL}


@sync_and_async
async def test_a_failed_job_raises_task_failed(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(202, {"job_id": JOB}),
        reply(200, RUNNING),
        reply(200, FAILED),
        clock=clock,
    )
    client = workflows_client(wf, mode, api, token="tok")

    err = await raises(
        wf.TaskFailedError,
        lambda: client.clusters.resize_cluster_and_wait(cluster_id=CLUSTER, size=5),
    )

    assert err.task == wf.models.Job.from_dict(FAILED)
    assert err.task.detail == "out of capacity"
    assert api.calls == [START, POLL, POLL]


@sync_and_async
async def test_the_failed_pattern_is_anchored(wf: Any, mode: Mode) -> None:
    """`^failed$`: a finished job whose state merely contains "failed" succeeded."""
    done = job("failed_over", "2025-01-01T10:05:00Z")
    api = MockAPI(reply(200, done))
    client = workflows_client(wf, mode, api, token="tok")

    finished = await resolve(client.jobs.wait_for_job(job_id=JOB))

    assert finished.state == "failed_over"


@sync_and_async
async def test_a_resize_refused_while_another_runs_raises_task_in_progress(
    wf: Any, mode: Mode
) -> None:
    body = {"message": "A resize is already running on this cluster"}
    api = MockAPI(reply(409, body))
    client = workflows_client(wf, mode, api, token="tok")

    err = await raises(
        wf.TaskInProgressError,
        lambda: client.clusters.resize_cluster_and_wait(cluster_id=CLUSTER, size=5),
    )

    assert isinstance(err, wf.APIStatusError)
    assert err.status_code == 409
    assert err.body == body
    assert api.calls == [START]


@sync_and_async
async def test_an_unrelated_409_stays_a_conflict(wf: Any, mode: Mode) -> None:
    body = {"message": "size must differ from the current size"}
    api = MockAPI(reply(409, body))
    client = workflows_client(wf, mode, api, token="tok")

    err = await raises(
        wf.ConflictError,
        lambda: client.clusters.resize_cluster_and_wait(cluster_id=CLUSTER, size=3),
    )

    assert not isinstance(err, wf.TaskInProgressError)
    assert err.body == body


# -- login ---------------------------------------------------------------------------------
@sync_and_async
async def test_login_issues_a_bearer_token_and_tenant(wf: Any, mode: Mode) -> None:
    api = MockAPI(reply(200, token("tok-1")), reply(200, CLUSTERS))

    client = await login(wf, mode, api)
    clusters = await resolve(client.clusters.list_clusters())

    assert api.calls == [LOGIN, LIST]
    assert_login_request(api.requests[0])
    assert auth_headers(api.requests[1]) == {
        "Authorization": "Bearer tok-1",
        "X-Tenant": "acme",
    }
    assert clusters == [wf.models.Cluster.from_dict(CLUSTERS[0])]


@sync_and_async
async def test_a_token_without_tenant_sends_the_bearer_alone(
    wf: Any, mode: Mode
) -> None:
    api = MockAPI(reply(200, token("tok-1", tenant=None)), reply(200, CLUSTERS))

    client = await login(wf, mode, api)
    await resolve(client.clusters.list_clusters())

    assert auth_headers(api.requests[1]) == {"Authorization": "Bearer tok-1"}


@sync_and_async
async def test_a_401_logs_in_again_once_then_a_second_401_raises(
    wf: Any, mode: Mode
) -> None:
    api = MockAPI(
        reply(200, token("tok-1")),
        reply(401, None),
        reply(200, token("tok-2")),
        reply(200, CLUSTERS),
        reply(401, None),
        reply(200, token("tok-3")),
        reply(401, None),
        reply(200, token("tok-4")),
    )
    client = await login(wf, mode, api)

    await resolve(client.clusters.list_clusters())
    assert api.calls == [LOGIN, LIST, LOGIN, LIST]
    assert_login_request(api.requests[2])
    assert auth_headers(api.requests[3])["Authorization"] == "Bearer tok-2"

    err = await raises(wf.AuthenticationError, lambda: client.clusters.list_clusters())
    assert err.status_code == 401
    assert api.calls == [LOGIN, LIST, LOGIN, LIST, LIST, LOGIN, LIST]


@sync_and_async
async def test_the_tenant_override_wins_over_the_issued_tenant(
    wf: Any, mode: Mode
) -> None:
    api = MockAPI(
        reply(200, token("tok-1")),
        reply(401, None),
        reply(200, token("tok-2")),
        reply(200, CLUSTERS),
    )

    client = await login(wf, mode, api, tenant="globex")
    await resolve(client.clusters.list_clusters())

    assert_login_request(api.requests[0])  # the override is not sent to the login
    assert auth_headers(api.requests[1]) == {
        "Authorization": "Bearer tok-1",
        "X-Tenant": "globex",
    }
    assert auth_headers(api.requests[3]) == {
        "Authorization": "Bearer tok-2",
        "X-Tenant": "globex",
    }


@sync_and_async
async def test_a_job_polled_across_an_expiry_logs_in_again(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(200, token("tok-1")),
        reply(202, {"job_id": JOB}),
        reply(200, RUNNING),
        reply(401, None),
        reply(200, token("tok-2")),
        reply(200, SUCCEEDED),
        clock=clock,
    )
    client = await login(wf, mode, api)

    finished = await resolve(
        client.clusters.resize_cluster_and_wait(cluster_id=CLUSTER, size=5)
    )

    assert finished.state == "succeeded"
    assert api.calls == [LOGIN, START, POLL, POLL, LOGIN, POLL]
    assert auth_headers(api.requests[-1])["Authorization"] == "Bearer tok-2"
    assert clock.sleeps == [5.0]  # the re-login and repeat are part of one poll


@sync_and_async
async def test_the_secret_is_nowhere_in_the_client_or_the_debug_log(
    wf: Any, mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="workflows")
    api = MockAPI(
        reply(200, token("tok-1")),
        reply(401, None),
        reply(200, token("tok-2")),
        reply(200, CLUSTERS),
    )

    client = await login(wf, mode, api)
    await resolve(client.clusters.list_clusters())

    assert len(api.requests) == 4
    assert SECRET not in repr(client)
    assert_nowhere(SECRET, client)
    assert caplog.records
    assert SECRET not in caplog.text
    # the bearer tokens are redacted in the log as well
    assert "tok-1" not in caplog.text
    assert "tok-2" not in caplog.text


@sync_and_async
async def test_a_token_client_never_logs_in(wf: Any, mode: Mode) -> None:
    api = MockAPI(reply(401, None), reply(200, token("tok")), reply(200, CLUSTERS))
    client = workflows_client(wf, mode, api, token="expired")

    await raises(wf.AuthenticationError, lambda: client.clusters.list_clusters())

    assert api.calls == [LIST]
    assert auth_headers(api.requests[0]) == {"Authorization": "Bearer expired"}


# -- rate limits ---------------------------------------------------------------------------
@sync_and_async
async def test_rate_limit_headers_are_read(wf: Any, mode: Mode) -> None:
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "97"}
    api = MockAPI(reply(200, CLUSTERS, headers=headers))
    client = workflows_client(wf, mode, api, token="tok")
    assert client.rate_limit is None

    await resolve(client.clusters.list_clusters())

    assert client.rate_limit == wf.RateLimit(limit=100, remaining=97)


@sync_and_async
async def test_a_missing_rate_limit_header_is_none(wf: Any, mode: Mode) -> None:
    api = MockAPI(reply(200, CLUSTERS, headers={"X-RateLimit-Remaining": "3"}))
    client = workflows_client(wf, mode, api, token="tok")

    await resolve(client.clusters.list_clusters())

    assert client.rate_limit == wf.RateLimit(limit=None, remaining=3)


@sync_and_async
async def test_a_zero_limit_429_is_not_retried_and_says_why(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    headers = {"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0"}
    api = MockAPI(reply(429, None, headers=headers), reply(200, CLUSTERS))
    client = workflows_client(wf, mode, api, token="tok")

    err = await raises(wf.RateLimitError, lambda: client.clusters.list_clusters())

    assert api.calls == [LIST]
    assert clock.sleeps == []
    assert "access must be enabled by the jobs operator" in str(err)
    assert err.rate_limit == wf.RateLimit(limit=0, remaining=0)


@sync_and_async
async def test_a_429_with_a_limit_is_retried(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}
    api = MockAPI(
        reply(429, None, headers={**headers, "Retry-After": "7"}),
        reply(200, CLUSTERS, headers={**headers, "X-RateLimit-Remaining": "99"}),
    )
    client = workflows_client(wf, mode, api, token="tok")

    await resolve(client.clusters.list_clusters())

    assert api.calls == [LIST, LIST]
    assert clock.sleeps == [7.0]
    assert client.rate_limit == wf.RateLimit(limit=100, remaining=99)


@sync_and_async
async def test_a_429_answering_the_start_of_a_job_is_retried_too(
    wf: Any, mode: Mode, clock: FakeClock
) -> None:
    """A 429 means nothing was done, so even the POST that starts a job is resent."""
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}
    api = MockAPI(
        reply(429, None, headers=headers),
        reply(202, {"job_id": JOB}),
        reply(200, SUCCEEDED),
        clock=clock,
    )
    client = workflows_client(wf, mode, api, token="tok")

    await resolve(client.clusters.resize_cluster_and_wait(cluster_id=CLUSTER, size=5))

    assert api.calls == [START, START, POLL]


# -- local date-times ----------------------------------------------------------------------
@sync_and_async
async def test_local_datetimes_on_a_parameter_and_on_its_schema(
    wf: Any, mode: Mode
) -> None:
    api = MockAPI(reply(200, {"cpu_hours": 12}))
    client = workflows_client(wf, mode, api, token="tok")

    usage = await resolve(
        client.usage.get_usage(
            since=datetime.date(2025, 1, 1),
            until=datetime.datetime(2025, 1, 31, 23, 59, 59),
        )
    )

    assert usage == {"cpu_hours": 12}
    assert query_params(api.requests[0]) == [
        ("since", "2025-01-01T00:00:00"),
        ("until", "2025-01-31T23:59:59"),
    ]


@sync_and_async
@pytest.mark.parametrize(
    ("since", "until"),
    [
        (datetime.date(2025, 2, 1), datetime.date(2025, 1, 1)),
        (datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC), "2025-01-02T00:00:00"),
        ("2025-01-01T00:00:00", datetime.datetime(2025, 1, 2, tzinfo=datetime.UTC)),
    ],
    ids=["reversed", "aware-since", "aware-until"],
)
async def test_bad_date_times_are_rejected_before_any_request(
    wf: Any, mode: Mode, since: Any, until: Any
) -> None:
    api = MockAPI(reply(200, {}))
    client = workflows_client(wf, mode, api, token="tok")

    await raises(ValueError, lambda: client.usage.get_usage(since=since, until=until))

    assert api.requests == []


# -- the extensions are checked when the client is built -----------------------------------
def _resize(spec: dict[str, Any]) -> dict[str, Any]:
    ext: dict[str, Any] = spec["paths"]["/clusters/{cluster_id}/resize"]["post"][
        "x-clientgen-task"
    ]
    return ext


def _poll(spec: dict[str, Any]) -> dict[str, Any]:
    ext: dict[str, Any] = spec["paths"]["/jobs/{job_id}"]["get"][
        "x-clientgen-task-poll"
    ]
    return ext


def _login(spec: dict[str, Any]) -> dict[str, Any]:
    ext: dict[str, Any] = spec["paths"]["/auth/token"]["post"]["x-clientgen-login"]
    return ext


Mutation = Callable[[dict[str, Any]], object]


MUTATIONS: list[Any] = [
    pytest.param(
        lambda s: _resize(s).update(poll="getJobs"),
        "x-clientgen-task",
        id="unknown-poll-operation",
    ),
    pytest.param(
        lambda s: _login(s)["credentials"].update(bearer="access_token"),
        "x-clientgen-login",
        id="login-unknown-scheme",
    ),
    pytest.param(
        lambda s: _login(s)["arguments"].update(client_id="client"),
        "x-clientgen-login",
        id="login-unknown-argument",
    ),
    pytest.param(
        lambda s: _poll(s).update({"failed-pattern": "(unclosed"}),
        "x-clientgen-task-poll",
        id="invalid-failed-pattern",
    ),
    pytest.param(
        lambda s: s["paths"]["/usage"]["get"].update(
            {"x-clientgen-ordered": [["since", "untill"]]}
        ),
        "x-clientgen-ordered",
        id="ordered-unknown-parameter",
    ),
    pytest.param(
        lambda s: s["x-clientgen-rate-limit"]["headers"].update(Limit24h="X-L"),
        "x-clientgen-rate-limit",
        id="rate-limit-attribute-not-snake-case",
    ),
    pytest.param(
        lambda s: _resize(s).update(args={"job_id": "$response.jobid"}),
        "x-clientgen-task",
        id="task-args-unknown-response-field",
    ),
    pytest.param(
        lambda s: _resize(s).update(args={"job_id": "$args.job"}),
        "x-clientgen-task",
        id="task-args-unknown-argument",
    ),
    pytest.param(
        lambda s: _resize(s).update(args={"jobid": "$response.job_id"}),
        "x-clientgen-task",
        id="task-args-unknown-poll-argument",
    ),
    pytest.param(
        lambda s: _poll(s).update({"done-field": "finishedAt"}),
        "x-clientgen-task-poll",
        id="poll-unknown-done-field",
    ),
    pytest.param(
        lambda s: _poll(s).update({"failed-field": "status"}),
        "x-clientgen-task-poll",
        id="poll-unknown-failed-field",
    ),
    pytest.param(
        lambda s: _login(s)["credentials"].update(bearerAuth="accessToken"),
        "x-clientgen-login",
        id="login-unknown-credential-field",
    ),
]


def _generate(spec: dict[str, Any], path: Path) -> Any:
    from generator.build import ClientConfig
    from generator.pipeline import generate

    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return generate(path, ClientConfig("workflows", "Workflows"))


def test_the_fixture_spec_builds_without_problems(tmp_path: Path) -> None:
    spec = yaml.safe_load(FIXTURE_SPEC.read_text(encoding="utf-8"))

    result = _generate(spec, tmp_path / "spec.yaml")

    assert list(result.warnings) == []


@pytest.mark.parametrize(("mutate", "extension"), MUTATIONS)
def test_a_bad_reference_in_an_extension_is_an_error_with_its_location(
    tmp_path: Path, mutate: Mutation, extension: str
) -> None:
    from generator.problems import SpecError

    spec = yaml.safe_load(FIXTURE_SPEC.read_text(encoding="utf-8"))
    mutate(spec)

    with pytest.raises(SpecError) as info:
        _generate(spec, tmp_path / "spec.yaml")

    message = str(info.value)
    assert "spec.yaml:" in message  # file and line
    assert extension in message  # the JSON pointer ends at the extension
    # the line is the extension's, or one of its value's (found only once there is a
    # problem to report)
    text = (tmp_path / "spec.yaml").read_text(encoding="utf-8").splitlines()
    starts = [i + 1 for i, line in enumerate(text) if f"{extension}:" in line]
    located = [p.location.line for p in info.value.problems if extension in str(p)]
    assert located, message
    for line in located:
        assert line is not None
        assert any(0 <= line - start <= 5 for start in starts), (located, starts)
