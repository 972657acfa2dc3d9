"""clusters operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t
from .. import _workflows as _w

if TYPE_CHECKING:
    from ..models import Cluster, Job, JobStarted, ResizeRequest

__all__ = ["AsyncClustersResource", "ClustersResource"]

_MODELS = "workflows.models"

_OP_LIST_CLUSTERS: _b.Op[list[Cluster]] = _b.Op(
    "clusters.list_clusters",
    "GET",
    "/clusters",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Cluster"))),
    },
    security=(("bearerAuth", "tenant"), ("bearerAuth",)),
)
_OP_RESIZE_CLUSTER: _b.Op[JobStarted] = _b.Op(
    "clusters.resize_cluster",
    "POST",
    "/clusters/{cluster_id}/resize",
    params=(_b.Param("cluster_id", "cluster_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("size", "size"),),
        required=True,
        needs=("size",),
    ),
    results={
        "202": ("json", _c.model(_MODELS, "JobStarted")),
    },
    security=(("bearerAuth", "tenant"), ("bearerAuth",)),
    busy="(?i)\\balready (running|in progress)\\b",
)
_START_RESIZE_CLUSTER = _w.TaskStart((("job_id", "response", "job_id"),))


class ClustersResource:
    """Operations tagged clusters"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ClustersResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ClustersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClustersResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ClustersResourceWithStreamingResponse(self)

    def list_clusters(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Cluster]:
        """List clusters

        ``GET /clusters``

        Returns:
            list[Cluster] — 200: OK.

        Raises:
            AuthenticationError: 401 Not authenticated.
            RateLimitError: 429 Too many requests.
        """
        return self._client._call(
            _OP_LIST_CLUSTERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def resize_cluster(
        self,
        *,
        cluster_id: str,
        body: ResizeRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted: ...

    @overload
    def resize_cluster(
        self,
        *,
        cluster_id: str,
        size: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted: ...

    def resize_cluster(
        self,
        *,
        cluster_id: str,
        size: int | _t.NotGiven = _t.NOT_GIVEN,
        body: ResizeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted:
        """Start resizing a cluster (a long-running job)

        ``POST /clusters/{cluster_id}/resize``

        Args:
            cluster_id: (no description in the spec)
            size: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                ResizeRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            JobStarted — 202: The job was started; poll it with getJob.

        Raises:
            ConflictError: 409 Another job is already running on this cluster.
        """
        return self._client._call(
            _OP_RESIZE_CLUSTER,
            {"cluster_id": cluster_id, "size": size, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        body: ResizeRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job: ...

    @overload
    def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        size: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job: ...

    def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        size: int | _t.NotGiven = _t.NOT_GIVEN,
        body: ResizeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job:
        """Call resize_cluster, then wait for the task it started and return the finished task.

        Same arguments as resize_cluster, plus `wait_timeout` and `poll_interval`
        (see get_job's wait method). `timeout` and the other options apply to
        each HTTP request.
        """
        from .jobs import _OP_GET_JOB, _TASK_GET_JOB

        args = {"cluster_id": cluster_id, "size": size, "body": body}
        started = self._client._call(
            _OP_RESIZE_CLUSTER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RESIZE_CLUSTER.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_JOB,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_JOB,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )


class ClustersResourceWithRawResponse:
    """Operations of ClustersResource that return the raw APIResponse."""

    def __init__(self, resource: ClustersResource) -> None:
        self.list_clusters = _r.to_raw_response_wrapper(resource.list_clusters)
        self.resize_cluster = _r.to_raw_response_wrapper(resource.resize_cluster)


class ClustersResourceWithStreamingResponse:
    """Operations of ClustersResource that yield a streamed response."""

    def __init__(self, resource: ClustersResource) -> None:
        self.list_clusters = _r.to_streamed_response_wrapper(resource.list_clusters)
        self.resize_cluster = _r.to_streamed_response_wrapper(resource.resize_cluster)


class AsyncClustersResource:
    """Operations tagged clusters"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncClustersResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncClustersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClustersResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncClustersResourceWithStreamingResponse(self)

    async def list_clusters(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Cluster]:
        """List clusters

        ``GET /clusters``

        Returns:
            list[Cluster] — 200: OK.

        Raises:
            AuthenticationError: 401 Not authenticated.
            RateLimitError: 429 Too many requests.
        """
        return await self._client._call(
            _OP_LIST_CLUSTERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def resize_cluster(
        self,
        *,
        cluster_id: str,
        body: ResizeRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted: ...

    @overload
    async def resize_cluster(
        self,
        *,
        cluster_id: str,
        size: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted: ...

    async def resize_cluster(
        self,
        *,
        cluster_id: str,
        size: int | _t.NotGiven = _t.NOT_GIVEN,
        body: ResizeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> JobStarted:
        """Start resizing a cluster (a long-running job)

        ``POST /clusters/{cluster_id}/resize``

        Args:
            cluster_id: (no description in the spec)
            size: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                ResizeRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            JobStarted — 202: The job was started; poll it with getJob.

        Raises:
            ConflictError: 409 Another job is already running on this cluster.
        """
        return await self._client._call(
            _OP_RESIZE_CLUSTER,
            {"cluster_id": cluster_id, "size": size, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        body: ResizeRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job: ...

    @overload
    async def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        size: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job: ...

    async def resize_cluster_and_wait(
        self,
        *,
        cluster_id: str,
        size: int | _t.NotGiven = _t.NOT_GIVEN,
        body: ResizeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Job:
        """Call resize_cluster, then wait for the task it started and return the finished task.

        Same arguments as resize_cluster, plus `wait_timeout` and `poll_interval`
        (see get_job's wait method). `timeout` and the other options apply to
        each HTTP request.
        """
        from .jobs import _OP_GET_JOB, _TASK_GET_JOB

        args = {"cluster_id": cluster_id, "size": size, "body": body}
        started = await self._client._call(
            _OP_RESIZE_CLUSTER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RESIZE_CLUSTER.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_JOB,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_JOB,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )


class AsyncClustersResourceWithRawResponse:
    """Operations of AsyncClustersResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncClustersResource) -> None:
        self.list_clusters = _r.async_to_raw_response_wrapper(resource.list_clusters)
        self.resize_cluster = _r.async_to_raw_response_wrapper(resource.resize_cluster)


class AsyncClustersResourceWithStreamingResponse:
    """Operations of AsyncClustersResource that yield a streamed response."""

    def __init__(self, resource: AsyncClustersResource) -> None:
        self.list_clusters = _r.async_to_streamed_response_wrapper(
            resource.list_clusters
        )
        self.resize_cluster = _r.async_to_streamed_response_wrapper(
            resource.resize_cluster
        )
