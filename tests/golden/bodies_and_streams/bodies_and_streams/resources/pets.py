"""pets operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Pet

__all__ = ["AsyncPetsResource", "PetsResource"]

_MODELS = "bodies_and_streams.models"

_OP_CREATE_PET: _b.Op[Pet] = _b.Op(
    "pets.create_pet",
    "POST",
    "/pets",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("name", "name"), ("tag", "tag")),
        required=True,
        needs=("name",),
    ),
    results={
        "201": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(),
)
_OP_GET_PET: _b.Op[Pet] = _b.Op(
    "pets.get_pet",
    "GET",
    "/pets/{pet_id}",
    params=(_b.Param("pet_id", "pet_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(),
)
_OP_UPDATE_PET: _b.Op[Pet] = _b.Op(
    "pets.update_pet",
    "PUT",
    "/pets/{pet_id}",
    params=(
        _b.Param("pet_id", "pet_id", "path"),
        _b.Param("dry_run", "dry_run", "query"),
    ),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("name", "name"), ("tag", "tag")),
        required=True,
        needs=("name",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(),
)
_OP_SET_TAGS: _b.Op[None] = _b.Op(
    "pets.set_tags",
    "PUT",
    "/pets/{pet_id}/tags",
    params=(_b.Param("pet_id", "pet_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        required=True,
    ),
    results={
        "204": ("empty", _c.ANY),
    },
    security=(),
)
_OP_DOWNLOAD_PHOTO: _b.Op[bytes] = _b.Op(
    "pets.download_photo",
    "GET",
    "/pets/{pet_id}/photo",
    params=(_b.Param("pet_id", "pet_id", "path"),),
    results={
        "200": ("binary", _c.BYTES),
    },
    security=(),
)


class PetsResource:
    """Operations tagged pets"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return PetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return PetsResourceWithStreamingResponse(self)

    @overload
    def create_pet(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    @overload
    def create_pet(
        self,
        *,
        name: str,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    def create_pet(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """An inline object body (no model class)

        ``POST /pets``

        Args:
            name: (no description in the spec)
            tag: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            Pet — 201: Created.
        """
        return self._client._call(
            _OP_CREATE_PET,
            {"name": name, "tag": tag, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_pet(
        self,
        *,
        pet_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """getPet

        ``GET /pets/{pet_id}``

        Args:
            pet_id: (no description in the spec)

        Returns:
            Pet — 200: The pet.

        Raises:
            NotFoundError: 404 No such pet.
        """
        return self._client._call(
            _OP_GET_PET,
            {"pet_id": pet_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_pet(
        self,
        *,
        pet_id: int,
        body: Pet | Mapping[str, object],
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    @overload
    def update_pet(
        self,
        *,
        pet_id: int,
        name: str,
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    def update_pet(
        self,
        *,
        pet_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Pet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """A body that is a model

        ``PUT /pets/{pet_id}``

        Args:
            pet_id: (no description in the spec)
            name: (no description in the spec)
            dry_run: (no description in the spec)
            tag: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Pet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 200: The updated pet.
        """
        return self._client._call(
            _OP_UPDATE_PET,
            {
                "pet_id": pet_id,
                "name": name,
                "dry_run": dry_run,
                "tag": tag,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def set_tags(
        self,
        *,
        pet_id: int,
        body: list[str],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """A body that is an array (given as body=, as before)

        ``PUT /pets/{pet_id}/tags``

        Args:
            pet_id: (no description in the spec)
            body: The request body (application/json).

        Returns:
            None — 204: Set.
        """
        return self._client._call(
            _OP_SET_TAGS,
            {"pet_id": pet_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def download_photo(
        self,
        *,
        pet_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> bytes:
        """A binary download

        ``GET /pets/{pet_id}/photo``

        Args:
            pet_id: (no description in the spec)

        Returns:
            bytes — 200: The photo.

        Raises:
            NotFoundError: 404 No photo.
        """
        return self._client._call(
            _OP_DOWNLOAD_PHOTO,
            {"pet_id": pet_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PetsResourceWithRawResponse:
    """Operations of PetsResource that return the raw APIResponse."""

    def __init__(self, resource: PetsResource) -> None:
        self.create_pet = _r.to_raw_response_wrapper(resource.create_pet)
        self.get_pet = _r.to_raw_response_wrapper(resource.get_pet)
        self.update_pet = _r.to_raw_response_wrapper(resource.update_pet)
        self.set_tags = _r.to_raw_response_wrapper(resource.set_tags)
        self.download_photo = _r.to_raw_response_wrapper(resource.download_photo)


class PetsResourceWithStreamingResponse:
    """Operations of PetsResource that yield a streamed response."""

    def __init__(self, resource: PetsResource) -> None:
        self.create_pet = _r.to_streamed_response_wrapper(resource.create_pet)
        self.get_pet = _r.to_streamed_response_wrapper(resource.get_pet)
        self.update_pet = _r.to_streamed_response_wrapper(resource.update_pet)
        self.set_tags = _r.to_streamed_response_wrapper(resource.set_tags)
        self.download_photo = _r.to_streamed_response_wrapper(resource.download_photo)


class AsyncPetsResource:
    """Operations tagged pets"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncPetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncPetsResourceWithStreamingResponse(self)

    @overload
    async def create_pet(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    @overload
    async def create_pet(
        self,
        *,
        name: str,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    async def create_pet(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """An inline object body (no model class)

        ``POST /pets``

        Args:
            name: (no description in the spec)
            tag: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            Pet — 201: Created.
        """
        return await self._client._call(
            _OP_CREATE_PET,
            {"name": name, "tag": tag, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_pet(
        self,
        *,
        pet_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """getPet

        ``GET /pets/{pet_id}``

        Args:
            pet_id: (no description in the spec)

        Returns:
            Pet — 200: The pet.

        Raises:
            NotFoundError: 404 No such pet.
        """
        return await self._client._call(
            _OP_GET_PET,
            {"pet_id": pet_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def update_pet(
        self,
        *,
        pet_id: int,
        body: Pet | Mapping[str, object],
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    @overload
    async def update_pet(
        self,
        *,
        pet_id: int,
        name: str,
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    async def update_pet(
        self,
        *,
        pet_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        dry_run: bool | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Pet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """A body that is a model

        ``PUT /pets/{pet_id}``

        Args:
            pet_id: (no description in the spec)
            name: (no description in the spec)
            dry_run: (no description in the spec)
            tag: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Pet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 200: The updated pet.
        """
        return await self._client._call(
            _OP_UPDATE_PET,
            {
                "pet_id": pet_id,
                "name": name,
                "dry_run": dry_run,
                "tag": tag,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def set_tags(
        self,
        *,
        pet_id: int,
        body: list[str],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """A body that is an array (given as body=, as before)

        ``PUT /pets/{pet_id}/tags``

        Args:
            pet_id: (no description in the spec)
            body: The request body (application/json).

        Returns:
            None — 204: Set.
        """
        return await self._client._call(
            _OP_SET_TAGS,
            {"pet_id": pet_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def download_photo(
        self,
        *,
        pet_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> bytes:
        """A binary download

        ``GET /pets/{pet_id}/photo``

        Args:
            pet_id: (no description in the spec)

        Returns:
            bytes — 200: The photo.

        Raises:
            NotFoundError: 404 No photo.
        """
        return await self._client._call(
            _OP_DOWNLOAD_PHOTO,
            {"pet_id": pet_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPetsResourceWithRawResponse:
    """Operations of AsyncPetsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create_pet = _r.async_to_raw_response_wrapper(resource.create_pet)
        self.get_pet = _r.async_to_raw_response_wrapper(resource.get_pet)
        self.update_pet = _r.async_to_raw_response_wrapper(resource.update_pet)
        self.set_tags = _r.async_to_raw_response_wrapper(resource.set_tags)
        self.download_photo = _r.async_to_raw_response_wrapper(resource.download_photo)


class AsyncPetsResourceWithStreamingResponse:
    """Operations of AsyncPetsResource that yield a streamed response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create_pet = _r.async_to_streamed_response_wrapper(resource.create_pet)
        self.get_pet = _r.async_to_streamed_response_wrapper(resource.get_pet)
        self.update_pet = _r.async_to_streamed_response_wrapper(resource.update_pet)
        self.set_tags = _r.async_to_streamed_response_wrapper(resource.set_tags)
        self.download_photo = _r.async_to_streamed_response_wrapper(
            resource.download_photo
        )
