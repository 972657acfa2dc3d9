"""default operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Cat, Circle, Department, Dog, Lizard, Square, TreeNode

__all__ = ["AsyncDefaultResource", "DefaultResource"]

_MODELS = "composition.models"

_OP_LIST_PETS: _b.Op[list[Cat | Dog | Lizard]] = _b.Op(
    "default.list_pets",
    "GET",
    "/pets",
    results={
        "200": (
            "json",
            _c.list_(
                _c.union(
                    _c.model(_MODELS, "Cat"),
                    _c.model(_MODELS, "Dog"),
                    _c.model(_MODELS, "Lizard"),
                    discriminator=(
                        "pet_type",
                        {"cat": "Cat", "dog": "Dog", "Lizard": "Lizard"},
                    ),
                )
            ),
        ),
    },
    security=(),
)
_OP_CREATE_PET: _b.Op[Cat | Dog | Lizard] = _b.Op(
    "default.create_pet",
    "POST",
    "/pets",
    body=_b.Body(
        "json",
        "application/json",
        required=True,
    ),
    results={
        "201": (
            "json",
            _c.union(
                _c.model(_MODELS, "Cat"),
                _c.model(_MODELS, "Dog"),
                _c.model(_MODELS, "Lizard"),
                discriminator=(
                    "pet_type",
                    {"cat": "Cat", "dog": "Dog", "Lizard": "Lizard"},
                ),
            ),
        ),
    },
    security=(),
)
_OP_GET_SHAPE: _b.Op[Circle | Square] = _b.Op(
    "default.get_shape",
    "GET",
    "/shapes/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": (
            "json",
            _c.union(_c.model(_MODELS, "Circle"), _c.model(_MODELS, "Square")),
        ),
    },
    security=(),
)
_OP_GET_TREE: _b.Op[TreeNode] = _b.Op(
    "default.get_tree",
    "GET",
    "/tree",
    results={
        "200": ("json", _c.model(_MODELS, "TreeNode")),
    },
    security=(),
)
_OP_GET_ORG: _b.Op[Department] = _b.Op(
    "default.get_org",
    "GET",
    "/org",
    results={
        "200": ("json", _c.model(_MODELS, "Department")),
    },
    security=(),
)


class DefaultResource:
    """Operations tagged default"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DefaultResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return DefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DefaultResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return DefaultResourceWithStreamingResponse(self)

    def list_pets(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Cat | Dog | Lizard]:
        """listPets

        ``GET /pets``

        Returns:
            list[Cat | Dog | Lizard] — 200: Pets of every kind
        """
        return self._client._call(
            _OP_LIST_PETS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_pet(
        self,
        *,
        body: Cat | Dog | Lizard,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Cat | Dog | Lizard:
        """createPet

        ``POST /pets``

        Args:
            body: The request body (application/json).

        Returns:
            Cat | Dog | Lizard — 201: Created
        """
        return self._client._call(
            _OP_CREATE_PET,
            {"body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_shape(
        self,
        *,
        id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Circle | Square:
        """getShape

        ``GET /shapes/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            Circle | Square — 200: A shape, told apart by its fields
        """
        return self._client._call(
            _OP_GET_SHAPE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_tree(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TreeNode:
        """getTree

        ``GET /tree``

        Returns:
            TreeNode — 200: A recursive tree
        """
        return self._client._call(
            _OP_GET_TREE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_org(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Department:
        """getOrg

        ``GET /org``

        Returns:
            Department — 200: Mutually recursive models
        """
        return self._client._call(
            _OP_GET_ORG,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class DefaultResourceWithRawResponse:
    """Operations of DefaultResource that return the raw APIResponse."""

    def __init__(self, resource: DefaultResource) -> None:
        self.list_pets = _r.to_raw_response_wrapper(resource.list_pets)
        self.create_pet = _r.to_raw_response_wrapper(resource.create_pet)
        self.get_shape = _r.to_raw_response_wrapper(resource.get_shape)
        self.get_tree = _r.to_raw_response_wrapper(resource.get_tree)
        self.get_org = _r.to_raw_response_wrapper(resource.get_org)


class DefaultResourceWithStreamingResponse:
    """Operations of DefaultResource that yield a streamed response."""

    def __init__(self, resource: DefaultResource) -> None:
        self.list_pets = _r.to_streamed_response_wrapper(resource.list_pets)
        self.create_pet = _r.to_streamed_response_wrapper(resource.create_pet)
        self.get_shape = _r.to_streamed_response_wrapper(resource.get_shape)
        self.get_tree = _r.to_streamed_response_wrapper(resource.get_tree)
        self.get_org = _r.to_streamed_response_wrapper(resource.get_org)


class AsyncDefaultResource:
    """Operations tagged default"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDefaultResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncDefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDefaultResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncDefaultResourceWithStreamingResponse(self)

    async def list_pets(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Cat | Dog | Lizard]:
        """listPets

        ``GET /pets``

        Returns:
            list[Cat | Dog | Lizard] — 200: Pets of every kind
        """
        return await self._client._call(
            _OP_LIST_PETS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_pet(
        self,
        *,
        body: Cat | Dog | Lizard,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Cat | Dog | Lizard:
        """createPet

        ``POST /pets``

        Args:
            body: The request body (application/json).

        Returns:
            Cat | Dog | Lizard — 201: Created
        """
        return await self._client._call(
            _OP_CREATE_PET,
            {"body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_shape(
        self,
        *,
        id: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Circle | Square:
        """getShape

        ``GET /shapes/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            Circle | Square — 200: A shape, told apart by its fields
        """
        return await self._client._call(
            _OP_GET_SHAPE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_tree(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> TreeNode:
        """getTree

        ``GET /tree``

        Returns:
            TreeNode — 200: A recursive tree
        """
        return await self._client._call(
            _OP_GET_TREE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_org(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Department:
        """getOrg

        ``GET /org``

        Returns:
            Department — 200: Mutually recursive models
        """
        return await self._client._call(
            _OP_GET_ORG,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncDefaultResourceWithRawResponse:
    """Operations of AsyncDefaultResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.list_pets = _r.async_to_raw_response_wrapper(resource.list_pets)
        self.create_pet = _r.async_to_raw_response_wrapper(resource.create_pet)
        self.get_shape = _r.async_to_raw_response_wrapper(resource.get_shape)
        self.get_tree = _r.async_to_raw_response_wrapper(resource.get_tree)
        self.get_org = _r.async_to_raw_response_wrapper(resource.get_org)


class AsyncDefaultResourceWithStreamingResponse:
    """Operations of AsyncDefaultResource that yield a streamed response."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.list_pets = _r.async_to_streamed_response_wrapper(resource.list_pets)
        self.create_pet = _r.async_to_streamed_response_wrapper(resource.create_pet)
        self.get_shape = _r.async_to_streamed_response_wrapper(resource.get_shape)
        self.get_tree = _r.async_to_streamed_response_wrapper(resource.get_tree)
        self.get_org = _r.async_to_streamed_response_wrapper(resource.get_org)
