"""Which multipart fields carry files, in every spelling a spec may use.

OpenAPI 3.0 marks a file as `type: string` with `format: binary` (raw bytes) or
`format: byte` (base64 text); 3.1 drops `format` for JSON Schema's `contentMediaType` and
`contentEncoding` (FastAPI writes `UploadFile` as `{type: string, contentMediaType:
application/octet-stream}`). Any of them, alone, nullable (`anyOf: [file, {type: null}]`) or
as the items of an array, makes a multipart field a file field: typed as the runtime's file
type (a list of them for arrays) and sent as one multipart part per file, its bytes as given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.model import TypeRef, builtin

if TYPE_CHECKING:
    from generator.build import Node

_FILE_FORMATS = ("binary", "byte", "base64")

#: The type of a field taking one file, and of one taking several.
FILE = builtin("file")
FILES = builtin("files")

Deref = Callable[["Node"], "Node"]


def _kinds(node: Node) -> list[object]:
    types = node.get("type")
    listed = types if isinstance(types, list) else [types]
    return [t for t in listed if t != "null"]


def _non_null(node: Node, deref: Deref) -> Node:
    """The one non-null member of a nullable union (`anyOf`/`oneOf` with `{type: null}`)."""
    node = deref(node)
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list):
            kept = [deref(node.child(key, i)) for i in range(len(members))]
            kept = [m for m in kept if _kinds(m) != []]  # drop {type: null}
            if len(kept) == 1:
                return kept[0]
    return node


def is_file(node: Node, deref: Deref) -> bool:
    """The schema describes one file (its content, not a JSON value)."""
    if not isinstance(node.value, dict):
        return False
    node = _non_null(node, deref)
    if not isinstance(node.value, dict) or _kinds(node) not in (["string"], [None]):
        return False
    return (
        node.get("format") in _FILE_FORMATS
        or isinstance(node.get("contentMediaType"), str)
        or isinstance(node.get("contentEncoding"), str)
    )


def file_type(node: Node, deref: Deref) -> TypeRef | None:
    """FILE for a file, FILES for an array of files, None for anything else."""
    if not isinstance(node.value, dict):
        return None
    if is_file(node, deref):
        return FILE
    node = _non_null(node, deref)
    if (
        isinstance(node.value, dict)
        and _kinds(node) == ["array"]
        and isinstance(node.get("items"), dict)
        and is_file(node.child("items"), deref)
    ):
        return FILES
    return None
