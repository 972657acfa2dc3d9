"""Repairs of names the meta-schema rejects but whose meaning is plain: a path without its
leading `/`, a response code with its reason phrase (`200 OK`). Each is renamed where it
is, in place and in order, rather than dropped as an unknown field would be."""

from __future__ import annotations

import re
from typing import Any

from generator.problems import join_pointer
from generator.repair_paths import Repair

_STATUS = re.compile(r"^\s*([1-5](?:\d\d|XX))\b", re.IGNORECASE)


def rename(instance: dict[str, Any], key: str, path: list[Any]) -> Repair | None:
    """Rename `key` of `instance` (at `path` in the document) if it is a name with a
    plain meaning; None when it is not one of those (the caller drops it instead)."""
    if not key or key.startswith("x-"):
        return None
    pointer = join_pointer("", *[str(p) for p in path])
    where = join_pointer(pointer, key)
    if path == ["paths"] and not key.startswith("/"):
        new = "/" + key
        if new in instance:
            return None
        _rename_key(instance, key, new)
        return Repair(where, f"the path '{key}' does not start with '/'", f"'{new}'")
    if len(path) > 2 and path[0] == "paths" and path[-1] == "responses":
        match = _STATUS.match(key)
        if match is None or match.group(1).upper() in {k.upper() for k in instance}:
            return None
        new = match.group(1).upper()
        _rename_key(instance, key, new)
        return Repair(
            where, f"'{key}' is not a response status code", f"the status '{new}'"
        )
    return None


def _rename_key(mapping: dict[str, Any], old: str, new: str) -> None:
    """`old` becomes `new` where it stands: the order of the mapping is kept."""
    items = [(new if k == old else k, v) for k, v in mapping.items()]
    mapping.clear()
    mapping.update(items)
