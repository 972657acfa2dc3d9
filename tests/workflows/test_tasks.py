"""Long-running tasks (x-clientgen-task / x-clientgen-task-poll) on Time4VPS.

`reboot_server` only starts a task; `get_task` polls it; it is finished once `completed` is
non-empty, and failed when `results` says so. `reboot_server_and_wait` and `wait_for_task`
poll with a gently growing interval, on the fake clock of the `clock` fixture.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from time4vps import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    TaskFailedError,
    TaskInProgressError,
    TaskTimeoutError,
)
from time4vps.models import Task

from .conftest import (
    FakeClock,
    MockAPI,
    Mode,
    raises,
    reply,
    resolve,
    sync_and_async,
    time4vps_client,
)

SERVER_ID = 4321
TASK_ID = 987
START = f"POST /api/server/{SERVER_ID}/reboot"
POLL = f"GET /api/server/{SERVER_ID}/task/{TASK_ID}"
BUSY = {"error": ["Another task is already running"]}


def task(assigned: str = "", completed: str = "", results: str = "") -> dict[str, Any]:
    return {
        "name": "server_reboot",
        "activated": "2025-01-01T10:00:00+02:00",
        "assigned": assigned,
        "completed": completed,
        "results": results,
    }


QUEUED = task()
RUNNING = task(assigned="2025-01-01T10:00:02+02:00")
FINISHED = task(
    assigned="2025-01-01T10:00:02+02:00",
    completed="2025-01-01T10:00:31+02:00",
    results="Server rebooted successfully",
)
FAILED = task(
    assigned="2025-01-01T10:00:02+02:00",
    completed="2025-01-01T10:00:09+02:00",
    results="Reboot failed: hypervisor did not respond",
)


def assert_gentle(delays: list[float], poll_interval: float) -> None:
    """Every delay is at least `poll_interval`, at most 4x it, and grows by at most x1.25."""
    assert delays, "no delay between polls"
    assert delays[0] == pytest.approx(poll_interval)
    for delay in delays:
        assert poll_interval <= delay <= 4 * poll_interval + 1e-9
    for before, after in itertools.pairwise(delays):
        assert before <= after <= before * 1.25 + 1e-9


# -- finishing after three polls -----------------------------------------------------------
@sync_and_async
async def test_reboot_and_wait_returns_the_task_finished_after_three_polls(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(200, {"task_id": TASK_ID}),
        reply(200, QUEUED),
        reply(200, RUNNING),
        reply(200, FINISHED),
        clock=clock,
    )
    client = time4vps_client(mode, api)

    finished = await resolve(
        client.server_management.reboot_server_and_wait(
            server_id=SERVER_ID, poll_interval=2
        )
    )

    assert api.calls == [START, POLL, POLL, POLL]
    assert isinstance(finished, Task)
    assert finished == Task.from_dict(FINISHED)
    assert finished.completed == FINISHED["completed"]
    assert finished.results == "Server rebooted successfully"
    # two waits between three polls: 2 s, then x1.25
    assert clock.sleeps == pytest.approx([2.0, 2.5])
    assert_gentle(clock.sleeps, 2)
    polled_at = api.times[1:]
    gaps = [b - a for a, b in itertools.pairwise(polled_at)]
    assert gaps == pytest.approx(clock.sleeps)


@sync_and_async
async def test_wait_for_task_polls_the_task_path_three_times(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(200, RUNNING), reply(200, RUNNING), reply(200, FINISHED), clock=clock
    )
    client = time4vps_client(mode, api)

    finished = await resolve(
        client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID, timeout=120, poll_interval=3
        )
    )

    assert api.calls == [POLL, POLL, POLL]
    assert [r.url.path for r in api.requests] == [
        f"/api/server/{SERVER_ID}/task/{TASK_ID}"
    ] * 3
    assert finished == Task.from_dict(FINISHED)
    assert clock.sleeps == pytest.approx([3.0, 3.75])
    assert_gentle(clock.sleeps, 3)


@sync_and_async
async def test_a_finished_task_is_returned_without_waiting(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(reply(200, FINISHED), clock=clock)
    client = time4vps_client(mode, api)

    finished = await resolve(
        client.server_management.wait_for_task(server_id=SERVER_ID, task_id=TASK_ID)
    )

    assert api.calls == [POLL]
    assert finished == Task.from_dict(FINISHED)
    assert clock.sleeps == []


@sync_and_async
async def test_polling_slows_down_up_to_four_times_the_interval(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(*[reply(200, RUNNING)] * 12, reply(200, FINISHED), clock=clock)
    client = time4vps_client(mode, api)

    await resolve(
        client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID, timeout=3600, poll_interval=1
        )
    )

    assert len(api.requests) == 13
    assert len(clock.sleeps) == 12
    assert_gentle(clock.sleeps, 1)
    assert clock.sleeps[-1] == pytest.approx(4.0)  # capped at 4x the interval
    assert max(clock.sleeps) == pytest.approx(4.0)


@sync_and_async
async def test_a_non_positive_poll_interval_is_rejected_before_polling(
    mode: Mode,
) -> None:
    api = MockAPI(reply(200, RUNNING))
    client = time4vps_client(mode, api)

    await raises(
        ValueError,
        lambda: client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID, poll_interval=0
        ),
    )

    assert api.requests == []


# -- timeout -------------------------------------------------------------------------------
@sync_and_async
async def test_timeout_raises_with_the_last_state_and_no_poll_after_the_deadline(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(reply(200, QUEUED), reply(200, RUNNING), clock=clock)
    client = time4vps_client(mode, api)
    deadline = clock.now + 30

    err = await raises(
        TaskTimeoutError,
        lambda: client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID, timeout=30, poll_interval=5
        ),
    )

    assert isinstance(err.task, Task)
    assert err.task == Task.from_dict(RUNNING)  # the last state seen
    assert err.task.completed == ""
    assert err.timeout == 30
    assert "30" in str(err)
    assert set(api.calls) == {POLL}
    assert all(t <= deadline + 1e-9 for t in api.times)
    assert clock.now == pytest.approx(deadline)  # waited no longer than the timeout
    # polls at 0, 5, 11.25, 19.06, 28.83 and, after a wait cut short, at the deadline
    assert len(api.requests) == 6
    assert api.times[-1] == pytest.approx(deadline)
    assert_gentle(clock.sleeps[:-1], 5)
    assert clock.sleeps[-1] < 5  # the last wait is cut to end at the deadline


@sync_and_async
async def test_reboot_and_wait_times_out_with_wait_timeout(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(reply(200, {"task_id": TASK_ID}), reply(200, RUNNING), clock=clock)
    client = time4vps_client(mode, api)
    started = clock.now

    err = await raises(
        TaskTimeoutError,
        lambda: client.server_management.reboot_server_and_wait(
            server_id=SERVER_ID, wait_timeout=10, poll_interval=4
        ),
    )

    assert err.task == Task.from_dict(RUNNING)
    assert err.task.completed == ""
    assert api.calls[0] == START
    assert set(api.calls[1:]) == {POLL}
    assert all(t <= started + 10 + 1e-9 for t in api.times)
    assert clock.now == pytest.approx(started + 10)


@sync_and_async
async def test_slow_polls_count_against_the_timeout(
    mode: Mode, clock: FakeClock
) -> None:
    """Each poll takes 4 s (the clock moves while the request is answered)."""

    def slow(request: Any) -> Any:
        clock.now += 4
        return reply(200, RUNNING)(request)

    api = MockAPI(slow, clock=clock)
    client = time4vps_client(mode, api)
    started = clock.now

    await raises(
        TaskTimeoutError,
        lambda: client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID, timeout=12, poll_interval=5
        ),
    )

    # poll at 0 (ends at 4), wait 5, poll at 9 (ends at 13 > 12): no third poll
    assert [t - started for t in api.times] == pytest.approx([0.0, 9.0])
    assert clock.sleeps == pytest.approx([5.0])


# -- failure -------------------------------------------------------------------------------
@sync_and_async
async def test_a_task_finishing_with_a_failure_raises_task_failed(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(200, {"task_id": TASK_ID}),
        reply(200, RUNNING),
        reply(200, FAILED),
        clock=clock,
    )
    client = time4vps_client(mode, api)

    err = await raises(
        TaskFailedError,
        lambda: client.server_management.reboot_server_and_wait(
            server_id=SERVER_ID, poll_interval=1
        ),
    )

    assert isinstance(err.task, Task)
    assert err.task == Task.from_dict(FAILED)
    assert err.task.completed != ""
    assert "Reboot failed" in str(err)
    assert api.calls == [START, POLL, POLL]


@sync_and_async
async def test_wait_for_task_raises_task_failed_too(mode: Mode) -> None:
    api = MockAPI(reply(200, FAILED))
    client = time4vps_client(mode, api)

    err = await raises(
        TaskFailedError,
        lambda: client.server_management.wait_for_task(
            server_id=SERVER_ID, task_id=TASK_ID
        ),
    )

    assert err.task == Task.from_dict(FAILED)
    assert api.calls == [POLL]


@sync_and_async
async def test_a_failure_word_in_an_unfinished_task_is_not_a_failure(
    mode: Mode, clock: FakeClock
) -> None:
    """Only a finished task is judged: `results` of a running one is not looked at."""
    running_with_text = dict(RUNNING, results="error log rotated")
    api = MockAPI(reply(200, running_with_text), reply(200, FINISHED), clock=clock)
    client = time4vps_client(mode, api)

    finished = await resolve(
        client.server_management.wait_for_task(server_id=SERVER_ID, task_id=TASK_ID)
    )

    assert finished == Task.from_dict(FINISHED)
    assert len(api.requests) == 2


# -- a refused concurrent task -------------------------------------------------------------
@sync_and_async
async def test_start_refused_because_another_task_runs_raises_task_in_progress(
    mode: Mode,
) -> None:
    api = MockAPI(reply(400, BUSY))
    client = time4vps_client(mode, api)

    err = await raises(
        TaskInProgressError,
        lambda: client.server_management.reboot_server_and_wait(server_id=SERVER_ID),
    )

    assert isinstance(err, APIStatusError)
    assert err.status_code == 400
    assert err.body == BUSY
    assert err.response.status_code == 400
    assert "Another task is already running" in str(err)
    assert api.calls == [START]  # not retried, nothing polled


@sync_and_async
async def test_the_plain_start_call_raises_task_in_progress_too(mode: Mode) -> None:
    api = MockAPI(reply(400, BUSY))
    client = time4vps_client(mode, api)

    err = await raises(
        TaskInProgressError,
        lambda: client.server_management.reboot_server(server_id=SERVER_ID),
    )

    assert err.status_code == 400
    assert err.body == BUSY
    assert api.calls == [START]


@sync_and_async
async def test_an_unrelated_400_stays_bad_request(mode: Mode) -> None:
    body = {"error": ["Invalid hostname"]}
    api = MockAPI(reply(400, body))
    client = time4vps_client(mode, api)

    err = await raises(
        BadRequestError,
        lambda: client.server_management.rename_server_and_wait(
            server_id=SERVER_ID, hostname="not a hostname"
        ),
    )

    assert not isinstance(err, TaskInProgressError)
    assert err.status_code == 400
    assert err.body == body
    assert api.calls == [f"POST /api/server/{SERVER_ID}/rename"]


@sync_and_async
async def test_a_busy_text_on_a_call_that_starts_no_task_stays_bad_request(
    mode: Mode,
) -> None:
    """busy-pattern belongs to the operations that start tasks, not to every call."""
    api = MockAPI(reply(400, BUSY))
    client = time4vps_client(mode, api)

    err = await raises(
        BadRequestError,
        lambda: client.server_management.get_server(server_id=SERVER_ID),
    )

    assert not isinstance(err, TaskInProgressError)


# -- per-request options of <method>_and_wait ----------------------------------------------
@sync_and_async
async def test_extra_headers_of_and_wait_are_sent_with_every_request(
    mode: Mode,
) -> None:
    api = MockAPI(reply(200, {"task_id": TASK_ID}), reply(200, FINISHED))
    client = time4vps_client(mode, api)

    await resolve(
        client.server_management.reboot_server_and_wait(
            server_id=SERVER_ID, extra_headers={"X-Request-Source": "nightly-job"}
        )
    )

    assert api.calls == [START, POLL]
    assert [r.headers.get("X-Request-Source") for r in api.requests] == [
        "nightly-job",
        "nightly-job",
    ]


@sync_and_async
async def test_max_retries_of_and_wait_applies_to_the_polls(mode: Mode) -> None:
    api = MockAPI(
        reply(200, {"task_id": TASK_ID}), reply(503, None), reply(200, FINISHED)
    )
    client = time4vps_client(mode, api)

    await raises(
        InternalServerError,
        lambda: client.server_management.reboot_server_and_wait(
            server_id=SERVER_ID, max_retries=0
        ),
    )

    assert api.calls == [START, POLL]
