"""pets operations."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import NewPet, Pet, PetStatus

__all__ = ["AsyncPetsResource", "PetsResource"]

_MODELS = "petstore_basic.models"

_OP_LIST_PETS: _b.Op[list[Pet]] = _b.Op(
    "pets.list_pets",
    "GET",
    "/pets",
    params=(
        _b.Param("limit", "limit", "query"),
        _b.Param("status", "status", "query"),
        _b.Param("tags", "tags", "query", explode=False),
        _b.Param("x_request_id", "X-Request-ID", "header"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Pet"))),
    },
    security=(("apiKey",),),
)
_OP_CREATE_PET: _b.Op[Pet] = _b.Op(
    "pets.create_pet",
    "POST",
    "/pets",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("name", "name"),
            ("tag", "tag"),
            ("status", "status"),
            ("birthday", "birthday"),
        ),
        required=True,
        needs=("name",),
    ),
    results={
        "201": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(("apiKey",),),
)
_OP_GET_PET: _b.Op[Pet] = _b.Op(
    "pets.get_pet",
    "GET",
    "/pets/{petId}",
    params=(_b.Param("pet_id", "petId", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(("apiKey",),),
)
_OP_UPDATE_PET: _b.Op[Pet] = _b.Op(
    "pets.update_pet",
    "PUT",
    "/pets/{petId}",
    params=(_b.Param("pet_id", "petId", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("name", "name"),
            ("tag", "tag"),
            ("status", "status"),
            ("birthday", "birthday"),
        ),
        required=True,
        needs=("name",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Pet")),
    },
    security=(("apiKey",),),
)
_OP_DELETE_PET: _b.Op[None] = _b.Op(
    "pets.delete_pet",
    "DELETE",
    "/pets/{petId}",
    params=(
        _b.Param("pet_id", "petId", "path"),
        _b.Param("if_match", "If-Match", "header"),
    ),
    results={
        "204": ("empty", _c.ANY),
    },
    security=(("apiKey",),),
)
_OP_SET_PET_TAGS: _b.Op[list[str]] = _b.Op(
    "pets.set_pet_tags",
    "PUT",
    "/pets/{petId}/tags",
    params=(_b.Param("pet_id", "petId", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        required=True,
    ),
    results={
        "200": ("json", _c.list_(_c.STR)),
    },
    security=(("apiKey",),),
)


class PetsResource:
    """Everything about pets."""

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

    def list_pets(
        self,
        *,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        x_request_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Pet]:
        """List pets

        ``GET /pets``

        Args:
            limit: How many pets to return (at most 100).
            status: Where the pet is in the adoption process.
            tags: (no description in the spec)
            x_request_id: (no description in the spec)

        Returns:
            list[Pet] — 200: A page of pets.

        Raises:
            APIStatusError: default An error.
        """
        return self._client._call(
            _OP_LIST_PETS,
            {
                "limit": limit,
                "status": status,
                "tags": tags,
                "x_request_id": x_request_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_pet(
        self,
        *,
        body: NewPet | Mapping[str, object],
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    def create_pet(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        body: NewPet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """Create a pet

        ``POST /pets``

        Args:
            name: (no description in the spec)
            tag: (no description in the spec)
            status: Where the pet is in the adoption process.
            birthday: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewPet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 201: Created.

        Raises:
            UnprocessableEntityError: 422 An error.
        """
        return self._client._call(
            _OP_CREATE_PET,
            {
                "name": name,
                "tag": tag,
                "status": status,
                "birthday": birthday,
                "body": body,
            },
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
        """Get a pet

        ``GET /pets/{petId}``

        Args:
            pet_id: The pet's id.

        Returns:
            Pet — 200: The pet.

        Raises:
            NotFoundError: 404 An error.
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
        body: NewPet | Mapping[str, object],
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        body: NewPet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """Replace a pet

        ``PUT /pets/{petId}``

        Args:
            pet_id: The pet's id.
            name: (no description in the spec)
            tag: (no description in the spec)
            status: Where the pet is in the adoption process.
            birthday: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewPet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 200: The updated pet.

        Raises:
            NotFoundError: 404 An error.
        """
        return self._client._call(
            _OP_UPDATE_PET,
            {
                "pet_id": pet_id,
                "name": name,
                "tag": tag,
                "status": status,
                "birthday": birthday,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_pet(
        self,
        *,
        pet_id: int,
        if_match: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """Delete a pet

        ``DELETE /pets/{petId}``

        Args:
            pet_id: The pet's id.
            if_match: (no description in the spec)

        Returns:
            None — 204: Deleted.

        Raises:
            NotFoundError: 404 An error.
        """
        return self._client._call(
            _OP_DELETE_PET,
            {"pet_id": pet_id, "if_match": if_match},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def set_pet_tags(
        self,
        *,
        pet_id: int,
        body: list[str],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Replace the tags of a pet (array body)

        ``PUT /pets/{petId}/tags``

        Args:
            pet_id: (no description in the spec)
            body: The request body (application/json).

        Returns:
            list[str] — 200: The tags now set.
        """
        return self._client._call(
            _OP_SET_PET_TAGS,
            {"pet_id": pet_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PetsResourceWithRawResponse:
    """Operations of PetsResource that return the raw APIResponse."""

    def __init__(self, resource: PetsResource) -> None:
        self.list_pets = _r.to_raw_response_wrapper(resource.list_pets)
        self.create_pet = _r.to_raw_response_wrapper(resource.create_pet)
        self.get_pet = _r.to_raw_response_wrapper(resource.get_pet)
        self.update_pet = _r.to_raw_response_wrapper(resource.update_pet)
        self.delete_pet = _r.to_raw_response_wrapper(resource.delete_pet)
        self.set_pet_tags = _r.to_raw_response_wrapper(resource.set_pet_tags)


class PetsResourceWithStreamingResponse:
    """Operations of PetsResource that yield a streamed response."""

    def __init__(self, resource: PetsResource) -> None:
        self.list_pets = _r.to_streamed_response_wrapper(resource.list_pets)
        self.create_pet = _r.to_streamed_response_wrapper(resource.create_pet)
        self.get_pet = _r.to_streamed_response_wrapper(resource.get_pet)
        self.update_pet = _r.to_streamed_response_wrapper(resource.update_pet)
        self.delete_pet = _r.to_streamed_response_wrapper(resource.delete_pet)
        self.set_pet_tags = _r.to_streamed_response_wrapper(resource.set_pet_tags)


class AsyncPetsResource:
    """Everything about pets."""

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

    async def list_pets(
        self,
        *,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        x_request_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Pet]:
        """List pets

        ``GET /pets``

        Args:
            limit: How many pets to return (at most 100).
            status: Where the pet is in the adoption process.
            tags: (no description in the spec)
            x_request_id: (no description in the spec)

        Returns:
            list[Pet] — 200: A page of pets.

        Raises:
            APIStatusError: default An error.
        """
        return await self._client._call(
            _OP_LIST_PETS,
            {
                "limit": limit,
                "status": status,
                "tags": tags,
                "x_request_id": x_request_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def create_pet(
        self,
        *,
        body: NewPet | Mapping[str, object],
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet: ...

    async def create_pet(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        body: NewPet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """Create a pet

        ``POST /pets``

        Args:
            name: (no description in the spec)
            tag: (no description in the spec)
            status: Where the pet is in the adoption process.
            birthday: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewPet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 201: Created.

        Raises:
            UnprocessableEntityError: 422 An error.
        """
        return await self._client._call(
            _OP_CREATE_PET,
            {
                "name": name,
                "tag": tag,
                "status": status,
                "birthday": birthday,
                "body": body,
            },
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
        """Get a pet

        ``GET /pets/{petId}``

        Args:
            pet_id: The pet's id.

        Returns:
            Pet — 200: The pet.

        Raises:
            NotFoundError: 404 An error.
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
        body: NewPet | Mapping[str, object],
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
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
        tag: str | _t.NotGiven | None = _t.NOT_GIVEN,
        status: PetStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        birthday: datetime.date | _t.NotGiven = _t.NOT_GIVEN,
        body: NewPet | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Pet:
        """Replace a pet

        ``PUT /pets/{petId}``

        Args:
            pet_id: The pet's id.
            name: (no description in the spec)
            tag: (no description in the spec)
            status: Where the pet is in the adoption process.
            birthday: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewPet (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Pet — 200: The updated pet.

        Raises:
            NotFoundError: 404 An error.
        """
        return await self._client._call(
            _OP_UPDATE_PET,
            {
                "pet_id": pet_id,
                "name": name,
                "tag": tag,
                "status": status,
                "birthday": birthday,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_pet(
        self,
        *,
        pet_id: int,
        if_match: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """Delete a pet

        ``DELETE /pets/{petId}``

        Args:
            pet_id: The pet's id.
            if_match: (no description in the spec)

        Returns:
            None — 204: Deleted.

        Raises:
            NotFoundError: 404 An error.
        """
        return await self._client._call(
            _OP_DELETE_PET,
            {"pet_id": pet_id, "if_match": if_match},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def set_pet_tags(
        self,
        *,
        pet_id: int,
        body: list[str],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[str]:
        """Replace the tags of a pet (array body)

        ``PUT /pets/{petId}/tags``

        Args:
            pet_id: (no description in the spec)
            body: The request body (application/json).

        Returns:
            list[str] — 200: The tags now set.
        """
        return await self._client._call(
            _OP_SET_PET_TAGS,
            {"pet_id": pet_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPetsResourceWithRawResponse:
    """Operations of AsyncPetsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list_pets = _r.async_to_raw_response_wrapper(resource.list_pets)
        self.create_pet = _r.async_to_raw_response_wrapper(resource.create_pet)
        self.get_pet = _r.async_to_raw_response_wrapper(resource.get_pet)
        self.update_pet = _r.async_to_raw_response_wrapper(resource.update_pet)
        self.delete_pet = _r.async_to_raw_response_wrapper(resource.delete_pet)
        self.set_pet_tags = _r.async_to_raw_response_wrapper(resource.set_pet_tags)


class AsyncPetsResourceWithStreamingResponse:
    """Operations of AsyncPetsResource that yield a streamed response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list_pets = _r.async_to_streamed_response_wrapper(resource.list_pets)
        self.create_pet = _r.async_to_streamed_response_wrapper(resource.create_pet)
        self.get_pet = _r.async_to_streamed_response_wrapper(resource.get_pet)
        self.update_pet = _r.async_to_streamed_response_wrapper(resource.update_pet)
        self.delete_pet = _r.async_to_streamed_response_wrapper(resource.delete_pet)
        self.set_pet_tags = _r.async_to_streamed_response_wrapper(resource.set_pet_tags)
