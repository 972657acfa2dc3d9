"""Vendor workflows declared in the spec with `x-clientgen-*` extensions.

- Long-running tasks: an operation starts a task, another polls it until a field is set.
- Session login: an operation issues credentials that the client then sends.
- Rate limits: response headers that carry the API's rate-limit state.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import APIError, APIStatusError, status_error_class
from ._models import BaseModel

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LoginSpec",
    "TaskFailedError",
    "TaskInProgressError",
    "TaskPoll",
    "TaskStart",
    "TaskTimeoutError",
    "local_datetime",
]

_T = TypeVar("_T")


class TaskTimeoutError(APIError):
    """A task did not finish in time; `.task` is its last known state."""

    def __init__(self, task: object, timeout: float) -> None:
        super().__init__(
            f"task did not finish within {timeout:g} s; last state: {task!r}"
        )
        self.task = task
        self.timeout = timeout


class TaskInProgressError(APIStatusError):
    """The API refused to start a task because another one is still running.

    It is also an instance of the class its status maps to (e.g. `BadRequestError` for a
    400, `ConflictError` for a 409), so existing `except` clauses keep working.
    """


_IN_PROGRESS: dict[int, type[TaskInProgressError]] = {}


def task_in_progress_class(status: int) -> type[TaskInProgressError]:
    """TaskInProgressError combined with the error class of `status`."""
    base = status_error_class(status)
    if base is APIStatusError:
        return TaskInProgressError
    cls = _IN_PROGRESS.get(status)
    if cls is None:
        cls = type(f"TaskInProgress{base.__name__}", (TaskInProgressError, base), {})
        cls.__module__ = __name__
        globals()[cls.__name__] = cls  # importable by name, so errors can be pickled
        _IN_PROGRESS[status] = cls
    return cls


class TaskFailedError(APIError):
    """A task finished, but its result reports a failure; `.task` is the finished task."""

    def __init__(self, task: object, detail: str) -> None:
        super().__init__(f"task finished with a failure: {detail}")
        self.task = task


def _wire(value: object) -> dict[str, Any]:
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    return {}


@dataclasses.dataclass(frozen=True)
class TaskPoll(Generic[_T]):
    """How a task is polled: it is done once `done_field` is non-empty; it failed when
    `failed_field` matches `failed_pattern`."""

    done_field: str
    failed_field: str | None = None
    failed_pattern: str | None = None

    def is_done(self, task: object) -> bool:
        """Done once the field holds a value ("" / None / false / empty mean not yet)."""
        return bool(_wire(task).get(self.done_field))

    def failure(self, task: object) -> str | None:
        if not self.failed_field or not self.failed_pattern:
            return None
        value = _wire(task).get(self.failed_field)
        if isinstance(value, str) and re.search(self.failed_pattern, value):
            return value
        return None


@dataclasses.dataclass(frozen=True)
class TaskStart:
    """How a started task's poll arguments are found: from the call's own arguments
    (`("arg", name)`) or from its response (`("response", wire_field)`)."""

    args: tuple[tuple[str, str, str], ...]  # (poll argument, source, name)

    def poll_args(
        self, call_args: Mapping[str, Any], response: object
    ) -> dict[str, Any]:
        wire = _wire(response)
        out: dict[str, Any] = {}
        for target, source, name in self.args:
            out[target] = call_args[name] if source == "arg" else wire.get(name)
        return out


def _next_interval(interval: float, base: float) -> float:
    """Polls slow down gently (x1.25) up to four times the base interval."""
    return min(interval * 1.25, base * 4)


def wait_sync(
    poll: Callable[[], _T],
    spec: TaskPoll[_T],
    *,
    timeout: float,
    poll_interval: float,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
) -> _T:
    if poll_interval <= 0:
        raise ValueError("poll_interval must be positive")
    deadline = clock() + timeout
    interval = poll_interval
    while True:
        task = poll()
        if spec.is_done(task):
            detail = spec.failure(task)
            if detail is not None:
                raise TaskFailedError(task, detail)
            return task
        remaining = deadline - clock()
        if remaining <= 0:
            raise TaskTimeoutError(task, timeout)
        sleep(min(interval, remaining))
        interval = _next_interval(interval, poll_interval)


async def wait_async(
    poll: Callable[[], Awaitable[_T]],
    spec: TaskPoll[_T],
    *,
    timeout: float,
    poll_interval: float,
    sleep: Callable[[float], Awaitable[None]],
    clock: Callable[[], float],
) -> _T:
    if poll_interval <= 0:
        raise ValueError("poll_interval must be positive")
    deadline = clock() + timeout
    interval = poll_interval
    while True:
        task = await poll()
        if spec.is_done(task):
            detail = spec.failure(task)
            if detail is not None:
                raise TaskFailedError(task, detail)
            return task
        remaining = deadline - clock()
        if remaining <= 0:
            raise TaskTimeoutError(task, timeout)
        await sleep(min(interval, remaining))
        interval = _next_interval(interval, poll_interval)


@dataclasses.dataclass(frozen=True)
class LoginSpec:
    """A login operation: login arguments -> its own arguments; response fields ->
    credentials; optional login arguments that set a credential directly."""

    arguments: tuple[tuple[str, str], ...]  # (login argument, operation argument)
    sets: tuple[tuple[str, str], ...]  # (credential, response wire field)
    overrides: tuple[tuple[str, str], ...] = ()  # (login argument, credential)

    def credentials(self, response: object, given: Mapping[str, Any]) -> dict[str, str]:
        wire = _wire(response)
        creds = {
            cred: str(wire[field])
            for cred, field in self.sets
            if wire.get(field) not in (None, "")
        }
        for arg, cred in self.overrides:
            if given.get(arg) is not None:
                creds[cred] = str(given[arg])
        return creds


def rate_limit_exhausted(values: Mapping[str, int | None]) -> bool:
    """Every declared limit is zero: waiting will not help (access must be enabled)."""
    limits = [v for k, v in values.items() if k.startswith("limit") and v is not None]
    return bool(limits) and all(v == 0 for v in limits)


def read_rate_limit(
    headers: httpx.Headers, names: Mapping[str, str]
) -> dict[str, int | None] | None:
    found: dict[str, int | None] = {}
    seen = False
    for field, header in names.items():
        raw = headers.get(header)
        if raw is None:
            found[field] = None
            continue
        seen = True
        try:
            found[field] = int(float(raw.strip()))
        except (ValueError, OverflowError):
            found[field] = None
    return found if seen else None


def local_datetime(name: str, value: object) -> object:
    """A date-time without time zone, written `YYYY-MM-DDThh:mm:ss`.

    `date` means midnight; a naive `datetime` is written as is; an aware one is rejected
    (the API's time zone is not known, so converting could shift the period silently).
    """
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            raise ValueError(
                f"{name}: pass a naive datetime (local time, no tzinfo); the API takes "
                "date-times without a time zone"
            )
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%dT00:00:00")
    return value
