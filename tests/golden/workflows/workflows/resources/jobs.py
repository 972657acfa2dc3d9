"""jobs operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t
from .. import _workflows as _w

if TYPE_CHECKING:
    from ..models import Job

__all__ = ["AsyncJobsResource", "JobsResource"]

_MODELS = "workflows.models"

_OP_GET_JOB: _b.Op[Job] = _b.Op(
    "jobs.get_job",
    "GET",
    "/jobs/{job_id}",
    params=(_b.Param("job_id", "job_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "Job")),
    },
    security=(("bearerAuth", "tenant"), ("bearerAuth",)),
)
_TASK_GET_JOB: _w.TaskPoll[Job] = _w.TaskPoll(
    "finished_at",
    "state",
    "^failed$",
)


class JobsResource:
    """Operations tagged jobs"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return JobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return JobsResourceWithStreamingResponse(self)

    def get_job(
        self,
        *,
        job_id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job:
        """The state of a job

        ``GET /jobs/{job_id}``

        Args:
            job_id: (no description in the spec)

        Returns:
            Job — 200: OK.

        Raises:
            NotFoundError: 404 No such job.
        """
        return self._client._call(
            _OP_GET_JOB,
            {"job_id": job_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def wait_for_job(
        self,
        *,
        job_id: str,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> Job:
        """Poll get_job until the task is finished, and return it.

        The task is finished once its 'finished_at' field is set. Polls start
        every `poll_interval` seconds and slow down gently (x1.25, up to 4x).

        Raises:
            TaskTimeoutError: not finished within `timeout` seconds (`.task` is the last state).
            TaskFailedError: finished, but 'state' reports a failure (`.task`).
        """
        return _w.wait_sync(
            lambda: self.get_job(job_id=job_id),
            _TASK_GET_JOB,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )


class JobsResourceWithRawResponse:
    """Operations of JobsResource that return the raw APIResponse."""

    def __init__(self, resource: JobsResource) -> None:
        self.get_job = _r.to_raw_response_wrapper(resource.get_job)


class JobsResourceWithStreamingResponse:
    """Operations of JobsResource that yield a streamed response."""

    def __init__(self, resource: JobsResource) -> None:
        self.get_job = _r.to_streamed_response_wrapper(resource.get_job)


class AsyncJobsResource:
    """Operations tagged jobs"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncJobsResourceWithStreamingResponse(self)

    async def get_job(
        self,
        *,
        job_id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job:
        """The state of a job

        ``GET /jobs/{job_id}``

        Args:
            job_id: (no description in the spec)

        Returns:
            Job — 200: OK.

        Raises:
            NotFoundError: 404 No such job.
        """
        return await self._client._call(
            _OP_GET_JOB,
            {"job_id": job_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def wait_for_job(
        self,
        *,
        job_id: str,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> Job:
        """Poll get_job until the task is finished, and return it.

        The task is finished once its 'finished_at' field is set. Polls start
        every `poll_interval` seconds and slow down gently (x1.25, up to 4x).

        Raises:
            TaskTimeoutError: not finished within `timeout` seconds (`.task` is the last state).
            TaskFailedError: finished, but 'state' reports a failure (`.task`).
        """
        return await _w.wait_async(
            lambda: self.get_job(job_id=job_id),
            _TASK_GET_JOB,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )


class AsyncJobsResourceWithRawResponse:
    """Operations of AsyncJobsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.get_job = _r.async_to_raw_response_wrapper(resource.get_job)


class AsyncJobsResourceWithStreamingResponse:
    """Operations of AsyncJobsResource that yield a streamed response."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.get_job = _r.async_to_streamed_response_wrapper(resource.get_job)
