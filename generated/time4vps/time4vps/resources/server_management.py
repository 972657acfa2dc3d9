"""Server Management operations."""

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
    from ..models import (
        AdditionalIps,
        OsTemplate,
        ServerChangeDnsRequest,
        ServerChangePtrRequest,
        ServerDetails,
        ServerReinstallRequest,
        ServerRenameRequest,
        ServerSummary,
        ServerUsageHistory,
        ServerWebConsoleRequest,
        ServerWebConsoleRequestTimeout,
        ServerWebConsoleRequestWhitelabel,
        Task,
        TaskStarted,
        UsageGraph,
    )

__all__ = ["AsyncServerManagementResource", "ServerManagementResource"]

_MODELS = "time4vps.models"

_OP_LIST_SERVERS: _b.Op[list[ServerSummary]] = _b.Op(
    "server_management.list_servers",
    "GET",
    "/server",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "ServerSummary"))),
    },
    security=(("basicAuth",),),
)
_OP_GET_SERVER: _b.Op[ServerDetails] = _b.Op(
    "server_management.get_server",
    "GET",
    "/server/{server_id}",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ServerDetails")),
    },
    security=(("basicAuth",),),
)
_OP_GET_TASK: _b.Op[Task] = _b.Op(
    "server_management.get_task",
    "GET",
    "/server/{server_id}/task/{task_id}",
    params=(
        _b.Param("server_id", "server_id", "path"),
        _b.Param("task_id", "task_id", "path"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Task")),
    },
    security=(("basicAuth",),),
)
_TASK_GET_TASK: _w.TaskPoll[Task] = _w.TaskPoll(
    "completed",
    "results",
    "(?i)\\b(fail(ed|ure)?|error|unable|could not)\\b",
)
_OP_REBOOT_SERVER: _b.Op[TaskStarted] = _b.Op(
    "server_management.reboot_server",
    "POST",
    "/server/{server_id}/reboot",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_REBOOT_SERVER = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_REINSTALL_SERVER: _b.Op[TaskStarted] = _b.Op(
    "server_management.reinstall_server",
    "POST",
    "/server/{server_id}/reinstall",
    params=(_b.Param("server_id", "server_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("os", "os"), ("script", "script"), ("ssh_key", "ssh_key")),
        required=True,
        needs=("os",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_REINSTALL_SERVER = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_RESET_SERVER_PASSWORD: _b.Op[TaskStarted] = _b.Op(
    "server_management.reset_server_password",
    "POST",
    "/server/{server_id}/resetpassword",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_RESET_SERVER_PASSWORD = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_LAUNCH_WEB_CONSOLE: _b.Op[TaskStarted] = _b.Op(
    "server_management.launch_web_console",
    "POST",
    "/server/{server_id}/webconsole",
    params=(_b.Param("server_id", "server_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("timeout_", "timeout"), ("whitelabel", "whitelabel")),
        required=True,
        needs=("timeout_", "whitelabel"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_LAUNCH_WEB_CONSOLE = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_RENAME_SERVER: _b.Op[TaskStarted] = _b.Op(
    "server_management.rename_server",
    "POST",
    "/server/{server_id}/rename",
    params=(_b.Param("server_id", "server_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("hostname", "hostname"),),
        required=True,
        needs=("hostname",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_RENAME_SERVER = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_CHANGE_PTR_RECORD: _b.Op[TaskStarted] = _b.Op(
    "server_management.change_ptr_record",
    "POST",
    "/server/{server_id}/changeptr",
    params=(_b.Param("server_id", "server_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("ip_address", "ip_address"), ("hostname", "hostname")),
        required=True,
        needs=("ip_address", "hostname"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_CHANGE_PTR_RECORD = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_FLUSH_FIREWALL: _b.Op[TaskStarted] = _b.Op(
    "server_management.flush_firewall",
    "POST",
    "/server/{server_id}/flushfirewall",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_FLUSH_FIREWALL = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_CHANGE_DNS_SERVERS: _b.Op[TaskStarted] = _b.Op(
    "server_management.change_dns_servers",
    "POST",
    "/server/{server_id}/changedns",
    params=(_b.Param("server_id", "server_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("ns1", "ns1"), ("ns2", "ns2"), ("ns3", "ns3"), ("ns4", "ns4")),
        required=True,
        needs=("ns1",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "TaskStarted")),
    },
    security=(("basicAuth",),),
    busy="(?i)\\btask\\b.*\\b(running|progress|pending|active|already|exists?)\\b|\\b(another|active|pending|running|current)\\b.*\\btask\\b",
)
_START_CHANGE_DNS_SERVERS = _w.TaskStart(
    (("server_id", "arg", "server_id"), ("task_id", "response", "task_id"))
)
_OP_LIST_AVAILABLE_OSES: _b.Op[list[OsTemplate]] = _b.Op(
    "server_management.list_available_oses",
    "GET",
    "/server/{server_id}/oses",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "OsTemplate"))),
    },
    security=(("basicAuth",),),
)
_OP_LIST_ADDITIONAL_IPS: _b.Op[list[AdditionalIps]] = _b.Op(
    "server_management.list_additional_ips",
    "GET",
    "/server/{server_id}/ips",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "AdditionalIps"))),
    },
    security=(("basicAuth",),),
)
_OP_GET_USAGE_GRAPHS: _b.Op[list[UsageGraph]] = _b.Op(
    "server_management.get_usage_graphs",
    "GET",
    "/server/{server_id}/graphs/{width}",
    params=(
        _b.Param("server_id", "server_id", "path"),
        _b.Param("width", "width", "path"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "UsageGraph"))),
    },
    security=(("basicAuth",),),
)
_OP_GET_SERVER_USAGE_HISTORY: _b.Op[list[ServerUsageHistory]] = _b.Op(
    "server_management.get_server_usage_history",
    "GET",
    "/server/{server_id}/history",
    params=(_b.Param("server_id", "server_id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "ServerUsageHistory"))),
    },
    security=(("basicAuth",),),
)


class ServerManagementResource:
    """Server management API lets you retrieve your active server information and manage them.

    All management tasks are asynchronous. This means called method will only initiate task and will return result of task initiation. If task initiation was unsuccessfull, error message will be returned. Task id is used to query the Task Result method (`GET /server/{server_id}/task/{task_id}`) to retrieve task result.

    For example to reboot server, you must initiate task by calling `POST /server/{server_id}/reboot`. If task initiated successfully, you'll receive `task_id` parameter, which must be provided in `GET /server/{server_id}/task/{task_id}` call, to receive task results.

    You can run one task per server at a time."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServerManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ServerManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServerManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ServerManagementResourceWithStreamingResponse(self)

    def list_servers(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServerSummary]:
        """List All Servers

        Lists all active servers. Results includes only the brief information about the server.

        Call is synchronous - result returned immediately.

        ``GET /server``

        Returns:
            list[ServerSummary] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_SERVERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_server(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServerDetails:
        """Server Details

        Particular server details: configuration, installed OS, resource usage and etc.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}``

        Args:
            server_id: Server ID

        Returns:
            ServerDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_SERVER,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_task(
        self,
        *,
        server_id: int,
        task_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Task Result

        Returns task result by given task ID, all dates are in ISO 8601 format:

        - `activated` date of task initiation
        - `assigned` date of task assignation for execution (empty string for unassigned task)
        - `completed` date of task completion (empty string for unassigned and / or running task)
        - `results` is task completion result (empty string for unassigned and / or running task)

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/task/{task_id}``

        Args:
            server_id: Server ID
            task_id: Task ID

        Returns:
            Task — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_TASK,
            {"server_id": server_id, "task_id": task_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def wait_for_task(
        self,
        *,
        server_id: int,
        task_id: int,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> Task:
        """Poll get_task until the task is finished, and return it.

        The task is finished once its 'completed' field is set. Polls start
        every `poll_interval` seconds and slow down gently (x1.25, up to 4x).

        Raises:
            TaskTimeoutError: not finished within `timeout` seconds (`.task` is the last state).
            TaskFailedError: finished, but 'results' reports a failure (`.task`).
        """
        return _w.wait_sync(
            lambda: self.get_task(server_id=server_id, task_id=task_id),
            _TASK_GET_TASK,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    def reboot_server(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reboot

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/reboot``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_REBOOT_SERVER,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reboot_server_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reboot_server, then wait for the task it started and return the finished task.

        Same arguments as reboot_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = self._client._call(
            _OP_REBOOT_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_REBOOT_SERVER.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    def reinstall_server(
        self,
        *,
        server_id: int,
        body: ServerReinstallRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    def reinstall_server(
        self,
        *,
        server_id: int,
        os: str,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    def reinstall_server(
        self,
        *,
        server_id: int,
        os: str | _t.NotGiven = _t.NOT_GIVEN,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerReinstallRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reinstall

        Available OS'es can be obtained with `GET /server/{server_id}/oses` call.

        All data in the server will be lost! All of backups of your server will be deleted from our storages!

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/reinstall``

        Args:
            server_id: Server ID
            os: Operating System (required), see `GET /server/{server_id}/oses`
            script: Init Script ID (optional), see `GET /scripts`
            ssh_key: SSH Key (optional)
            body: The whole request body, instead of the arguments above: a
                ServerReinstallRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_REINSTALL_SERVER,
            {
                "server_id": server_id,
                "os": os,
                "script": script,
                "ssh_key": ssh_key,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        body: ServerReinstallRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        os: str,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        os: str | _t.NotGiven = _t.NOT_GIVEN,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerReinstallRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reinstall_server, then wait for the task it started and return the finished task.

        Same arguments as reinstall_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "os": os,
            "script": script,
            "ssh_key": ssh_key,
            "body": body,
        }
        started = self._client._call(
            _OP_REINSTALL_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_REINSTALL_SERVER.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    def reset_server_password(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reset Password

        Resets privileged user password

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/resetpassword``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_RESET_SERVER_PASSWORD,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reset_server_password_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reset_server_password, then wait for the task it started and return the finished task.

        Same arguments as reset_server_password, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = self._client._call(
            _OP_RESET_SERVER_PASSWORD,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RESET_SERVER_PASSWORD.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    def launch_web_console(
        self,
        *,
        server_id: int,
        body: ServerWebConsoleRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    def launch_web_console(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str,
        whitelabel: ServerWebConsoleRequestWhitelabel | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    def launch_web_console(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str | _t.NotGiven = _t.NOT_GIVEN,
        whitelabel: (
            ServerWebConsoleRequestWhitelabel | str | _t.NotGiven
        ) = _t.NOT_GIVEN,
        body: (
            ServerWebConsoleRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Launch Web Console

        Web Console should be used for emergency access only!

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/webconsole``

        Args:
            server_id: Server ID
            timeout_: Timeout in hours
            whitelabel: Should result return white-labeled VNC host (valid values: 'true', 'false')
            body: The whole request body, instead of the arguments above: a
                ServerWebConsoleRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LAUNCH_WEB_CONSOLE,
            {
                "server_id": server_id,
                "timeout_": timeout_,
                "whitelabel": whitelabel,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        body: ServerWebConsoleRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str,
        whitelabel: ServerWebConsoleRequestWhitelabel | str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str | _t.NotGiven = _t.NOT_GIVEN,
        whitelabel: (
            ServerWebConsoleRequestWhitelabel | str | _t.NotGiven
        ) = _t.NOT_GIVEN,
        body: (
            ServerWebConsoleRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call launch_web_console, then wait for the task it started and return the finished task.

        Same arguments as launch_web_console, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "timeout_": timeout_,
            "whitelabel": whitelabel,
            "body": body,
        }
        started = self._client._call(
            _OP_LAUNCH_WEB_CONSOLE,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_LAUNCH_WEB_CONSOLE.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    def rename_server(
        self,
        *,
        server_id: int,
        body: ServerRenameRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    def rename_server(
        self,
        *,
        server_id: int,
        hostname: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    def rename_server(
        self,
        *,
        server_id: int,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServerRenameRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change Hostname

        Changes the hostname of your server. Hostname must pointed to your server main IP address.

        Note: Full DNS record propagation can take up to 48 hours.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/rename``

        Args:
            server_id: Server ID
            hostname: New hostname (required, must be pointed to server IP)
            body: The whole request body, instead of the arguments above: a
                ServerRenameRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_RENAME_SERVER,
            {"server_id": server_id, "hostname": hostname, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def rename_server_and_wait(
        self,
        *,
        server_id: int,
        body: ServerRenameRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    def rename_server_and_wait(
        self,
        *,
        server_id: int,
        hostname: str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    def rename_server_and_wait(
        self,
        *,
        server_id: int,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServerRenameRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call rename_server, then wait for the task it started and return the finished task.

        Same arguments as rename_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id, "hostname": hostname, "body": body}
        started = self._client._call(
            _OP_RENAME_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RENAME_SERVER.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    def change_ptr_record(
        self,
        *,
        server_id: int,
        body: ServerChangePtrRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    def change_ptr_record(
        self,
        *,
        server_id: int,
        ip_address: str,
        hostname: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    def change_ptr_record(
        self,
        *,
        server_id: int,
        ip_address: str | _t.NotGiven = _t.NOT_GIVEN,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangePtrRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change PTR Record

        Changes PTR record for the additional IP (if server has more than one IPv4 address).

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/changeptr``

        Args:
            server_id: Server ID
            ip_address: IP Address to change PTR (required)
            hostname: Hostname (required)
            body: The whole request body, instead of the arguments above: a
                ServerChangePtrRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_CHANGE_PTR_RECORD,
            {
                "server_id": server_id,
                "ip_address": ip_address,
                "hostname": hostname,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        body: ServerChangePtrRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        ip_address: str,
        hostname: str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        ip_address: str | _t.NotGiven = _t.NOT_GIVEN,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangePtrRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call change_ptr_record, then wait for the task it started and return the finished task.

        Same arguments as change_ptr_record, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "ip_address": ip_address,
            "hostname": hostname,
            "body": body,
        }
        started = self._client._call(
            _OP_CHANGE_PTR_RECORD,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_CHANGE_PTR_RECORD.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    def flush_firewall(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Flush IPTables / Firewall

        Restores to defaults your server's firewall settings.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/flushfirewall``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_FLUSH_FIREWALL,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def flush_firewall_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call flush_firewall, then wait for the task it started and return the finished task.

        Same arguments as flush_firewall, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = self._client._call(
            _OP_FLUSH_FIREWALL,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_FLUSH_FIREWALL.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    def change_dns_servers(
        self,
        *,
        server_id: int,
        body: ServerChangeDnsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    def change_dns_servers(
        self,
        *,
        server_id: int,
        ns1: str,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    def change_dns_servers(
        self,
        *,
        server_id: int,
        ns1: str | _t.NotGiven = _t.NOT_GIVEN,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangeDnsRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change DNS Servers

        Changes the DNS servers for your server.

        At least 1 DNS servers muste be provided.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/changedns``

        Args:
            server_id: Server ID
            ns1: Nameserver 1 IP address (required)
            ns2: Nameserver 2 IP address (recommended)
            ns3: Nameserver 3 IP address (optional)
            ns4: Nameserver 4 IP address (optional)
            body: The whole request body, instead of the arguments above: a
                ServerChangeDnsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_CHANGE_DNS_SERVERS,
            {
                "server_id": server_id,
                "ns1": ns1,
                "ns2": ns2,
                "ns3": ns3,
                "ns4": ns4,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        body: ServerChangeDnsRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        ns1: str,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        ns1: str | _t.NotGiven = _t.NOT_GIVEN,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangeDnsRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call change_dns_servers, then wait for the task it started and return the finished task.

        Same arguments as change_dns_servers, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "ns1": ns1,
            "ns2": ns2,
            "ns3": ns3,
            "ns4": ns4,
            "body": body,
        }
        started = self._client._call(
            _OP_CHANGE_DNS_SERVERS,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_CHANGE_DNS_SERVERS.poll_args(args, started)
        return _w.wait_sync(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    def list_available_oses(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[OsTemplate]:
        """Available OS List

        List of available OS templates for a server.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/oses``

        Args:
            server_id: Server ID

        Returns:
            list[OsTemplate] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_AVAILABLE_OSES,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_additional_ips(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[AdditionalIps]:
        """Get additional IPs

        List of additional IPs

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/ips``

        Args:
            server_id: Server ID

        Returns:
            list[AdditionalIps] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_ADDITIONAL_IPS,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_usage_graphs(
        self,
        *,
        server_id: int,
        width: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[UsageGraph]:
        """Get Usage Graphs

        Image link is valid only for short period of time, around 5-10 minutes.

        Images shows the graphics of the main resource usage (Daily, Weekly, Monthly..)

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/graphs/{width}``

        Args:
            server_id: Server ID
            width: Image Width (min 200px, max 768px)

        Returns:
            list[UsageGraph] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_USAGE_GRAPHS,
            {"server_id": server_id, "width": width},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_server_usage_history(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServerUsageHistory]:
        """Get Usage History

        Displays the bandwidth usage of a server.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/history``

        Args:
            server_id: Server ID

        Returns:
            list[ServerUsageHistory] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_SERVER_USAGE_HISTORY,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ServerManagementResourceWithRawResponse:
    """Operations of ServerManagementResource that return the raw APIResponse."""

    def __init__(self, resource: ServerManagementResource) -> None:
        self.list_servers = _r.to_raw_response_wrapper(resource.list_servers)
        self.get_server = _r.to_raw_response_wrapper(resource.get_server)
        self.get_task = _r.to_raw_response_wrapper(resource.get_task)
        self.reboot_server = _r.to_raw_response_wrapper(resource.reboot_server)
        self.reinstall_server = _r.to_raw_response_wrapper(resource.reinstall_server)
        self.reset_server_password = _r.to_raw_response_wrapper(
            resource.reset_server_password
        )
        self.launch_web_console = _r.to_raw_response_wrapper(
            resource.launch_web_console
        )
        self.rename_server = _r.to_raw_response_wrapper(resource.rename_server)
        self.change_ptr_record = _r.to_raw_response_wrapper(resource.change_ptr_record)
        self.flush_firewall = _r.to_raw_response_wrapper(resource.flush_firewall)
        self.change_dns_servers = _r.to_raw_response_wrapper(
            resource.change_dns_servers
        )
        self.list_available_oses = _r.to_raw_response_wrapper(
            resource.list_available_oses
        )
        self.list_additional_ips = _r.to_raw_response_wrapper(
            resource.list_additional_ips
        )
        self.get_usage_graphs = _r.to_raw_response_wrapper(resource.get_usage_graphs)
        self.get_server_usage_history = _r.to_raw_response_wrapper(
            resource.get_server_usage_history
        )


class ServerManagementResourceWithStreamingResponse:
    """Operations of ServerManagementResource that yield a streamed response."""

    def __init__(self, resource: ServerManagementResource) -> None:
        self.list_servers = _r.to_streamed_response_wrapper(resource.list_servers)
        self.get_server = _r.to_streamed_response_wrapper(resource.get_server)
        self.get_task = _r.to_streamed_response_wrapper(resource.get_task)
        self.reboot_server = _r.to_streamed_response_wrapper(resource.reboot_server)
        self.reinstall_server = _r.to_streamed_response_wrapper(
            resource.reinstall_server
        )
        self.reset_server_password = _r.to_streamed_response_wrapper(
            resource.reset_server_password
        )
        self.launch_web_console = _r.to_streamed_response_wrapper(
            resource.launch_web_console
        )
        self.rename_server = _r.to_streamed_response_wrapper(resource.rename_server)
        self.change_ptr_record = _r.to_streamed_response_wrapper(
            resource.change_ptr_record
        )
        self.flush_firewall = _r.to_streamed_response_wrapper(resource.flush_firewall)
        self.change_dns_servers = _r.to_streamed_response_wrapper(
            resource.change_dns_servers
        )
        self.list_available_oses = _r.to_streamed_response_wrapper(
            resource.list_available_oses
        )
        self.list_additional_ips = _r.to_streamed_response_wrapper(
            resource.list_additional_ips
        )
        self.get_usage_graphs = _r.to_streamed_response_wrapper(
            resource.get_usage_graphs
        )
        self.get_server_usage_history = _r.to_streamed_response_wrapper(
            resource.get_server_usage_history
        )


class AsyncServerManagementResource:
    """Server management API lets you retrieve your active server information and manage them.

    All management tasks are asynchronous. This means called method will only initiate task and will return result of task initiation. If task initiation was unsuccessfull, error message will be returned. Task id is used to query the Task Result method (`GET /server/{server_id}/task/{task_id}`) to retrieve task result.

    For example to reboot server, you must initiate task by calling `POST /server/{server_id}/reboot`. If task initiated successfully, you'll receive `task_id` parameter, which must be provided in `GET /server/{server_id}/task/{task_id}` call, to receive task results.

    You can run one task per server at a time."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServerManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncServerManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncServerManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncServerManagementResourceWithStreamingResponse(self)

    async def list_servers(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServerSummary]:
        """List All Servers

        Lists all active servers. Results includes only the brief information about the server.

        Call is synchronous - result returned immediately.

        ``GET /server``

        Returns:
            list[ServerSummary] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_SERVERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_server(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServerDetails:
        """Server Details

        Particular server details: configuration, installed OS, resource usage and etc.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}``

        Args:
            server_id: Server ID

        Returns:
            ServerDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_SERVER,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_task(
        self,
        *,
        server_id: int,
        task_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Task Result

        Returns task result by given task ID, all dates are in ISO 8601 format:

        - `activated` date of task initiation
        - `assigned` date of task assignation for execution (empty string for unassigned task)
        - `completed` date of task completion (empty string for unassigned and / or running task)
        - `results` is task completion result (empty string for unassigned and / or running task)

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/task/{task_id}``

        Args:
            server_id: Server ID
            task_id: Task ID

        Returns:
            Task — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_TASK,
            {"server_id": server_id, "task_id": task_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def wait_for_task(
        self,
        *,
        server_id: int,
        task_id: int,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> Task:
        """Poll get_task until the task is finished, and return it.

        The task is finished once its 'completed' field is set. Polls start
        every `poll_interval` seconds and slow down gently (x1.25, up to 4x).

        Raises:
            TaskTimeoutError: not finished within `timeout` seconds (`.task` is the last state).
            TaskFailedError: finished, but 'results' reports a failure (`.task`).
        """
        return await _w.wait_async(
            lambda: self.get_task(server_id=server_id, task_id=task_id),
            _TASK_GET_TASK,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    async def reboot_server(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reboot

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/reboot``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_REBOOT_SERVER,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reboot_server_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reboot_server, then wait for the task it started and return the finished task.

        Same arguments as reboot_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = await self._client._call(
            _OP_REBOOT_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_REBOOT_SERVER.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    async def reinstall_server(
        self,
        *,
        server_id: int,
        body: ServerReinstallRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    async def reinstall_server(
        self,
        *,
        server_id: int,
        os: str,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    async def reinstall_server(
        self,
        *,
        server_id: int,
        os: str | _t.NotGiven = _t.NOT_GIVEN,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerReinstallRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reinstall

        Available OS'es can be obtained with `GET /server/{server_id}/oses` call.

        All data in the server will be lost! All of backups of your server will be deleted from our storages!

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/reinstall``

        Args:
            server_id: Server ID
            os: Operating System (required), see `GET /server/{server_id}/oses`
            script: Init Script ID (optional), see `GET /scripts`
            ssh_key: SSH Key (optional)
            body: The whole request body, instead of the arguments above: a
                ServerReinstallRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_REINSTALL_SERVER,
            {
                "server_id": server_id,
                "os": os,
                "script": script,
                "ssh_key": ssh_key,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        body: ServerReinstallRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    async def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        os: str,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    async def reinstall_server_and_wait(
        self,
        *,
        server_id: int,
        os: str | _t.NotGiven = _t.NOT_GIVEN,
        script: int | _t.NotGiven = _t.NOT_GIVEN,
        ssh_key: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerReinstallRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reinstall_server, then wait for the task it started and return the finished task.

        Same arguments as reinstall_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "os": os,
            "script": script,
            "ssh_key": ssh_key,
            "body": body,
        }
        started = await self._client._call(
            _OP_REINSTALL_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_REINSTALL_SERVER.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    async def reset_server_password(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Reset Password

        Resets privileged user password

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/resetpassword``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_RESET_SERVER_PASSWORD,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reset_server_password_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call reset_server_password, then wait for the task it started and return the finished task.

        Same arguments as reset_server_password, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = await self._client._call(
            _OP_RESET_SERVER_PASSWORD,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RESET_SERVER_PASSWORD.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    async def launch_web_console(
        self,
        *,
        server_id: int,
        body: ServerWebConsoleRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    async def launch_web_console(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str,
        whitelabel: ServerWebConsoleRequestWhitelabel | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    async def launch_web_console(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str | _t.NotGiven = _t.NOT_GIVEN,
        whitelabel: (
            ServerWebConsoleRequestWhitelabel | str | _t.NotGiven
        ) = _t.NOT_GIVEN,
        body: (
            ServerWebConsoleRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Launch Web Console

        Web Console should be used for emergency access only!

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/webconsole``

        Args:
            server_id: Server ID
            timeout_: Timeout in hours
            whitelabel: Should result return white-labeled VNC host (valid values: 'true', 'false')
            body: The whole request body, instead of the arguments above: a
                ServerWebConsoleRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LAUNCH_WEB_CONSOLE,
            {
                "server_id": server_id,
                "timeout_": timeout_,
                "whitelabel": whitelabel,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        body: ServerWebConsoleRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    async def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str,
        whitelabel: ServerWebConsoleRequestWhitelabel | str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    async def launch_web_console_and_wait(
        self,
        *,
        server_id: int,
        timeout_: ServerWebConsoleRequestTimeout | str | _t.NotGiven = _t.NOT_GIVEN,
        whitelabel: (
            ServerWebConsoleRequestWhitelabel | str | _t.NotGiven
        ) = _t.NOT_GIVEN,
        body: (
            ServerWebConsoleRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call launch_web_console, then wait for the task it started and return the finished task.

        Same arguments as launch_web_console, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "timeout_": timeout_,
            "whitelabel": whitelabel,
            "body": body,
        }
        started = await self._client._call(
            _OP_LAUNCH_WEB_CONSOLE,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_LAUNCH_WEB_CONSOLE.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    async def rename_server(
        self,
        *,
        server_id: int,
        body: ServerRenameRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    async def rename_server(
        self,
        *,
        server_id: int,
        hostname: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    async def rename_server(
        self,
        *,
        server_id: int,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServerRenameRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change Hostname

        Changes the hostname of your server. Hostname must pointed to your server main IP address.

        Note: Full DNS record propagation can take up to 48 hours.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/rename``

        Args:
            server_id: Server ID
            hostname: New hostname (required, must be pointed to server IP)
            body: The whole request body, instead of the arguments above: a
                ServerRenameRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_RENAME_SERVER,
            {"server_id": server_id, "hostname": hostname, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def rename_server_and_wait(
        self,
        *,
        server_id: int,
        body: ServerRenameRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    async def rename_server_and_wait(
        self,
        *,
        server_id: int,
        hostname: str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    async def rename_server_and_wait(
        self,
        *,
        server_id: int,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServerRenameRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call rename_server, then wait for the task it started and return the finished task.

        Same arguments as rename_server, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id, "hostname": hostname, "body": body}
        started = await self._client._call(
            _OP_RENAME_SERVER,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_RENAME_SERVER.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    async def change_ptr_record(
        self,
        *,
        server_id: int,
        body: ServerChangePtrRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    async def change_ptr_record(
        self,
        *,
        server_id: int,
        ip_address: str,
        hostname: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    async def change_ptr_record(
        self,
        *,
        server_id: int,
        ip_address: str | _t.NotGiven = _t.NOT_GIVEN,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangePtrRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change PTR Record

        Changes PTR record for the additional IP (if server has more than one IPv4 address).

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/changeptr``

        Args:
            server_id: Server ID
            ip_address: IP Address to change PTR (required)
            hostname: Hostname (required)
            body: The whole request body, instead of the arguments above: a
                ServerChangePtrRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_CHANGE_PTR_RECORD,
            {
                "server_id": server_id,
                "ip_address": ip_address,
                "hostname": hostname,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        body: ServerChangePtrRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    async def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        ip_address: str,
        hostname: str,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    async def change_ptr_record_and_wait(
        self,
        *,
        server_id: int,
        ip_address: str | _t.NotGiven = _t.NOT_GIVEN,
        hostname: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangePtrRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call change_ptr_record, then wait for the task it started and return the finished task.

        Same arguments as change_ptr_record, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "ip_address": ip_address,
            "hostname": hostname,
            "body": body,
        }
        started = await self._client._call(
            _OP_CHANGE_PTR_RECORD,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_CHANGE_PTR_RECORD.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    async def flush_firewall(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Flush IPTables / Firewall

        Restores to defaults your server's firewall settings.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/flushfirewall``

        Args:
            server_id: Server ID

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_FLUSH_FIREWALL,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def flush_firewall_and_wait(
        self,
        *,
        server_id: int,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call flush_firewall, then wait for the task it started and return the finished task.

        Same arguments as flush_firewall, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {"server_id": server_id}
        started = await self._client._call(
            _OP_FLUSH_FIREWALL,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_FLUSH_FIREWALL.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    @overload
    async def change_dns_servers(
        self,
        *,
        server_id: int,
        body: ServerChangeDnsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    @overload
    async def change_dns_servers(
        self,
        *,
        server_id: int,
        ns1: str,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted: ...

    async def change_dns_servers(
        self,
        *,
        server_id: int,
        ns1: str | _t.NotGiven = _t.NOT_GIVEN,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangeDnsRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TaskStarted:
        """Change DNS Servers

        Changes the DNS servers for your server.

        At least 1 DNS servers muste be provided.

        Call is asynchronous - task ID is returned.

        ``POST /server/{server_id}/changedns``

        Args:
            server_id: Server ID
            ns1: Nameserver 1 IP address (required)
            ns2: Nameserver 2 IP address (recommended)
            ns3: Nameserver 3 IP address (optional)
            ns4: Nameserver 4 IP address (optional)
            body: The whole request body, instead of the arguments above: a
                ServerChangeDnsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            TaskStarted — 200: Task initiated. Poll `GET /server/{server_id}/task/{task_id}` for its result.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_CHANGE_DNS_SERVERS,
            {
                "server_id": server_id,
                "ns1": ns1,
                "ns2": ns2,
                "ns3": ns3,
                "ns4": ns4,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        body: ServerChangeDnsRequest | Mapping[str, object],
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    @overload
    async def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        ns1: str,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task: ...

    async def change_dns_servers_and_wait(
        self,
        *,
        server_id: int,
        ns1: str | _t.NotGiven = _t.NOT_GIVEN,
        ns2: str | _t.NotGiven = _t.NOT_GIVEN,
        ns3: str | _t.NotGiven = _t.NOT_GIVEN,
        ns4: str | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            ServerChangeDnsRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        wait_timeout: float = 600.0,
        poll_interval: float = 5.0,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Task:
        """Call change_dns_servers, then wait for the task it started and return the finished task.

        Same arguments as change_dns_servers, plus `wait_timeout` and `poll_interval`
        (see get_task's wait method). `timeout` and the other options apply to
        each HTTP request.
        """

        args = {
            "server_id": server_id,
            "ns1": ns1,
            "ns2": ns2,
            "ns3": ns3,
            "ns4": ns4,
            "body": body,
        }
        started = await self._client._call(
            _OP_CHANGE_DNS_SERVERS,
            args,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        poll_args = _START_CHANGE_DNS_SERVERS.poll_args(args, started)
        return await _w.wait_async(
            lambda: self._client._call(
                _OP_GET_TASK,
                poll_args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            _TASK_GET_TASK,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
            clock=self._client._clock,
        )

    async def list_available_oses(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[OsTemplate]:
        """Available OS List

        List of available OS templates for a server.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/oses``

        Args:
            server_id: Server ID

        Returns:
            list[OsTemplate] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_AVAILABLE_OSES,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_additional_ips(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[AdditionalIps]:
        """Get additional IPs

        List of additional IPs

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/ips``

        Args:
            server_id: Server ID

        Returns:
            list[AdditionalIps] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_ADDITIONAL_IPS,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_usage_graphs(
        self,
        *,
        server_id: int,
        width: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[UsageGraph]:
        """Get Usage Graphs

        Image link is valid only for short period of time, around 5-10 minutes.

        Images shows the graphics of the main resource usage (Daily, Weekly, Monthly..)

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/graphs/{width}``

        Args:
            server_id: Server ID
            width: Image Width (min 200px, max 768px)

        Returns:
            list[UsageGraph] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_USAGE_GRAPHS,
            {"server_id": server_id, "width": width},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_server_usage_history(
        self,
        *,
        server_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServerUsageHistory]:
        """Get Usage History

        Displays the bandwidth usage of a server.

        Call is synchronous - result returned immediately.

        ``GET /server/{server_id}/history``

        Args:
            server_id: Server ID

        Returns:
            list[ServerUsageHistory] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_SERVER_USAGE_HISTORY,
            {"server_id": server_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncServerManagementResourceWithRawResponse:
    """Operations of AsyncServerManagementResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncServerManagementResource) -> None:
        self.list_servers = _r.async_to_raw_response_wrapper(resource.list_servers)
        self.get_server = _r.async_to_raw_response_wrapper(resource.get_server)
        self.get_task = _r.async_to_raw_response_wrapper(resource.get_task)
        self.reboot_server = _r.async_to_raw_response_wrapper(resource.reboot_server)
        self.reinstall_server = _r.async_to_raw_response_wrapper(
            resource.reinstall_server
        )
        self.reset_server_password = _r.async_to_raw_response_wrapper(
            resource.reset_server_password
        )
        self.launch_web_console = _r.async_to_raw_response_wrapper(
            resource.launch_web_console
        )
        self.rename_server = _r.async_to_raw_response_wrapper(resource.rename_server)
        self.change_ptr_record = _r.async_to_raw_response_wrapper(
            resource.change_ptr_record
        )
        self.flush_firewall = _r.async_to_raw_response_wrapper(resource.flush_firewall)
        self.change_dns_servers = _r.async_to_raw_response_wrapper(
            resource.change_dns_servers
        )
        self.list_available_oses = _r.async_to_raw_response_wrapper(
            resource.list_available_oses
        )
        self.list_additional_ips = _r.async_to_raw_response_wrapper(
            resource.list_additional_ips
        )
        self.get_usage_graphs = _r.async_to_raw_response_wrapper(
            resource.get_usage_graphs
        )
        self.get_server_usage_history = _r.async_to_raw_response_wrapper(
            resource.get_server_usage_history
        )


class AsyncServerManagementResourceWithStreamingResponse:
    """Operations of AsyncServerManagementResource that yield a streamed response."""

    def __init__(self, resource: AsyncServerManagementResource) -> None:
        self.list_servers = _r.async_to_streamed_response_wrapper(resource.list_servers)
        self.get_server = _r.async_to_streamed_response_wrapper(resource.get_server)
        self.get_task = _r.async_to_streamed_response_wrapper(resource.get_task)
        self.reboot_server = _r.async_to_streamed_response_wrapper(
            resource.reboot_server
        )
        self.reinstall_server = _r.async_to_streamed_response_wrapper(
            resource.reinstall_server
        )
        self.reset_server_password = _r.async_to_streamed_response_wrapper(
            resource.reset_server_password
        )
        self.launch_web_console = _r.async_to_streamed_response_wrapper(
            resource.launch_web_console
        )
        self.rename_server = _r.async_to_streamed_response_wrapper(
            resource.rename_server
        )
        self.change_ptr_record = _r.async_to_streamed_response_wrapper(
            resource.change_ptr_record
        )
        self.flush_firewall = _r.async_to_streamed_response_wrapper(
            resource.flush_firewall
        )
        self.change_dns_servers = _r.async_to_streamed_response_wrapper(
            resource.change_dns_servers
        )
        self.list_available_oses = _r.async_to_streamed_response_wrapper(
            resource.list_available_oses
        )
        self.list_additional_ips = _r.async_to_streamed_response_wrapper(
            resource.list_additional_ips
        )
        self.get_usage_graphs = _r.async_to_streamed_response_wrapper(
            resource.get_usage_graphs
        )
        self.get_server_usage_history = _r.async_to_streamed_response_wrapper(
            resource.get_server_usage_history
        )
