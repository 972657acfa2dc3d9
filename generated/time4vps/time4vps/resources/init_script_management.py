"""Init Script Management operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import InitScript

__all__ = ["AsyncInitScriptManagementResource", "InitScriptManagementResource"]

_MODELS = "time4vps.models"

_OP_LIST_INIT_SCRIPTS: _b.Op[list[InitScript]] = _b.Op(
    "init_script_management.list_init_scripts",
    "GET",
    "/scripts",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "InitScript"))),
    },
    security=(("basicAuth",),),
)
_OP_GET_INIT_SCRIPT: _b.Op[InitScript] = _b.Op(
    "init_script_management.get_init_script",
    "GET",
    "/scripts/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "InitScript")),
    },
    security=(("basicAuth",),),
)


class InitScriptManagementResource:
    """Init scripts that can be run when reinstalling a server."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InitScriptManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return InitScriptManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> InitScriptManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return InitScriptManagementResourceWithStreamingResponse(self)

    def list_init_scripts(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[InitScript]:
        """Get available init scripts

        Script content is not included

        ``GET /scripts``

        Returns:
            list[InitScript] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_INIT_SCRIPTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_init_script(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InitScript:
        """Get init script by ID

        Script content is included

        ``GET /scripts/{id}``

        Args:
            id: Init Script ID

        Returns:
            InitScript — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_INIT_SCRIPT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class InitScriptManagementResourceWithRawResponse:
    """Operations of InitScriptManagementResource that return the raw APIResponse."""

    def __init__(self, resource: InitScriptManagementResource) -> None:
        self.list_init_scripts = _r.to_raw_response_wrapper(resource.list_init_scripts)
        self.get_init_script = _r.to_raw_response_wrapper(resource.get_init_script)


class InitScriptManagementResourceWithStreamingResponse:
    """Operations of InitScriptManagementResource that yield a streamed response."""

    def __init__(self, resource: InitScriptManagementResource) -> None:
        self.list_init_scripts = _r.to_streamed_response_wrapper(
            resource.list_init_scripts
        )
        self.get_init_script = _r.to_streamed_response_wrapper(resource.get_init_script)


class AsyncInitScriptManagementResource:
    """Init scripts that can be run when reinstalling a server."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInitScriptManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncInitScriptManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncInitScriptManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncInitScriptManagementResourceWithStreamingResponse(self)

    async def list_init_scripts(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[InitScript]:
        """Get available init scripts

        Script content is not included

        ``GET /scripts``

        Returns:
            list[InitScript] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_INIT_SCRIPTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_init_script(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InitScript:
        """Get init script by ID

        Script content is included

        ``GET /scripts/{id}``

        Args:
            id: Init Script ID

        Returns:
            InitScript — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_INIT_SCRIPT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncInitScriptManagementResourceWithRawResponse:
    """Operations of AsyncInitScriptManagementResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncInitScriptManagementResource) -> None:
        self.list_init_scripts = _r.async_to_raw_response_wrapper(
            resource.list_init_scripts
        )
        self.get_init_script = _r.async_to_raw_response_wrapper(
            resource.get_init_script
        )


class AsyncInitScriptManagementResourceWithStreamingResponse:
    """Operations of AsyncInitScriptManagementResource that yield a streamed response."""

    def __init__(self, resource: AsyncInitScriptManagementResource) -> None:
        self.list_init_scripts = _r.async_to_streamed_response_wrapper(
            resource.list_init_scripts
        )
        self.get_init_script = _r.async_to_streamed_response_wrapper(
            resource.get_init_script
        )
