"""Facts derived from the model's classes, remembered from one run to the next.

A class the journal (generator.journal) holds is named by a token: what determines its
value (its start's key, or its operation's key and chain; generator.modelcache.tokens).
After an edit to the paths, nearly every class of a large spec is one the previous run
had, with the same token: what that run derived from it (its digest for a module's key,
its line of the saved surface) is taken as it was instead of being worked out again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar, overload

T = TypeVar("T")

# A class, by its identity in this process: id -> (the object, its token). The object is
# held so that the id stays its own.
Tokens = Mapping[int, tuple[object, str]]


class Remembered(Generic[T]):
    """Facts of one kind by token: those `known` from the previous run, and those this
    run used (`kept`, for the next)."""

    def __init__(self, tokens: Tokens, known: Mapping[str, T]) -> None:
        self._tokens = tokens
        self._known = known
        self.kept: dict[str, T] = {}

    @overload
    def get(self, obj: object, make: Callable[[], T]) -> T: ...

    @overload
    def get(self, obj: object, make: Callable[[], T | None]) -> T | None: ...

    def get(self, obj: object, make: Callable[[], T | None]) -> T | None:
        """The fact about class `obj`: known by its token, or made (None: it has none)."""
        entry = self._tokens.get(id(obj))
        token = entry[1] if entry is not None and entry[0] is obj else None
        found = self._known.get(token) if token is not None else None
        if found is None:
            found = make()
        if found is not None and token is not None:
            self.kept[token] = found
        return found
