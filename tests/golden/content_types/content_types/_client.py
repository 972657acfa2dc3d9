"""The ContentTypes clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.files import AsyncFilesResource, FilesResource
    from .resources.forms import AsyncFormsResource, FormsResource
    from .resources.notes import AsyncNotesResource, NotesResource

__all__ = ["AsyncContentTypes", "ContentTypes"]
_SCHEMES: dict[str, _b.Scheme] = {}
_RESOURCES = ("files", "forms", "notes")


class ContentTypes(_b.SyncAPIClient):
    """Synchronous client for Content Types.

    Args:
        base_url: Server URL; default: the CONTENT_TYPES_BASE_URL environment variable, else https://files.example.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "content_types"
    _user_agent = "content-types/2.0.0 clientgen/0.1.0"
    _default_base_url = "https://files.example.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def files(self) -> FilesResource:
        """Operations tagged files"""
        from .resources.files import FilesResource

        return FilesResource(self)

    @cached_property
    def forms(self) -> FormsResource:
        """Operations tagged forms"""
        from .resources.forms import FormsResource

        return FormsResource(self)

    @cached_property
    def notes(self) -> NotesResource:
        """Operations tagged notes"""
        from .resources.notes import NotesResource

        return NotesResource(self)


class AsyncContentTypes(_b.AsyncAPIClient):
    """Asynchronous client for Content Types.

    Args:
        base_url: Server URL; default: the CONTENT_TYPES_BASE_URL environment variable, else https://files.example.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "content_types"
    _user_agent = "content-types/2.0.0 clientgen/0.1.0"
    _default_base_url = "https://files.example.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def files(self) -> AsyncFilesResource:
        """Operations tagged files"""
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def forms(self) -> AsyncFormsResource:
        """Operations tagged forms"""
        from .resources.forms import AsyncFormsResource

        return AsyncFormsResource(self)

    @cached_property
    def notes(self) -> AsyncNotesResource:
        """Operations tagged notes"""
        from .resources.notes import AsyncNotesResource

        return AsyncNotesResource(self)
