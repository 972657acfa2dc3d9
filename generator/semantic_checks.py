"""Our own checks, each problem precisely located: operationIds used twice, and path
parameters a path template names but no operation declares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator.load import Document, Workspace
from generator.model import HTTP_METHODS
from generator.problems import Problem, join_pointer

_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


def semantic_problems(ws: Workspace, doc: Document) -> Iterable[Problem]:
    """Checks with precise locations: duplicate operationIds, undeclared path parameters."""
    paths = doc.data.get("paths")
    if not isinstance(paths, dict):
        return
    first_seen: dict[str, str] = {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        item_pointer = join_pointer("/paths", path)
        if "$ref" in item and isinstance(item["$ref"], str):
            continue  # validated where it points
        shared = _param_names(
            ws, doc, item.get("parameters"), join_pointer(item_pointer, "parameters")
        )
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_pointer = join_pointer(item_pointer, method)
            op_id = op.get("operationId")
            if isinstance(op_id, str):
                if op_id in first_seen:
                    yield Problem(
                        doc.location(join_pointer(op_pointer, "operationId")),
                        f"operationId '{op_id}' is already used at {first_seen[op_id]}; "
                        "operationIds must be unique",
                        code="duplicate-operation-id",
                    )
                else:
                    first_seen[op_id] = op_pointer
            own = _param_names(
                ws, doc, op.get("parameters"), join_pointer(op_pointer, "parameters")
            )
            declared = shared | own
            for name in _TEMPLATE_PARAM.findall(path):
                if ("path", name) not in declared:
                    yield Problem(
                        doc.location(op_pointer),
                        f"path parameter '{name}' of '{path}' is not declared for "
                        f"{method.upper()}: add a parameter with name '{name}', in: path, "
                        "required: true",
                    )


def _param_names(
    ws: Workspace, doc: Document, params: Any, pointer: str
) -> set[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    if not isinstance(params, list):
        return names
    for i, param in enumerate(params):
        if isinstance(param, dict) and isinstance(param.get("$ref"), str):
            try:
                param = ws.resolve(doc, param["$ref"], f"{pointer}/{i}/$ref").value
            except Exception:  # reported by check_refs
                continue
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            names.add((str(param.get("in")), param["name"]))
    return names
