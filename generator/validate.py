"""Validate a loaded spec: openapi-spec-validator plus our own located checks.

Every problem is collected (not just the first) and carries file, line, column and pointer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING, Any, Literal, cast

from generator import cache, explain, metaschema
from generator.model import HTTP_METHODS

if TYPE_CHECKING:  # the validator stack is slow to import: loaded only on a cache miss
    from jsonschema.exceptions import ValidationError
    from openapi_spec_validator.validation.validators import SpecValidator
from generator.load import Document, Workspace
from generator.problems import Location, Problem, join_pointer
from generator.units import Unit, units_of

_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


def spec_version(data: Any) -> str | None:
    """'2.0', '3.0' or '3.1', or None when the document declares no version we know."""
    if not isinstance(data, dict):
        return None
    openapi, swagger = data.get("openapi"), data.get("swagger")
    if isinstance(openapi, str):
        for known in ("3.0", "3.1"):
            if openapi == known or openapi.startswith(known + "."):
                return known
    if str(swagger) == "2.0":
        return "2.0"
    return None


def _validator_class(version: str) -> type[SpecValidator]:
    from openapi_spec_validator import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    return {
        "2.0": OpenAPIV2SpecValidator,
        "3.0": OpenAPIV30SpecValidator,
        "3.1": OpenAPIV31SpecValidator,
    }[version]


def validate_workspace(ws: Workspace) -> list[Problem]:
    """All problems of the root document and what it references (errors and warnings)."""
    started = begin(ws)
    return started if isinstance(started, list) else started.finish()


@dataclass
class Pending:
    """A validation whose fast stages are done and whose keyword checks remain.

    The keyword checks (openapi-spec-validator's walk) are the slow part; `finish` may run
    in another process while this one builds the model (generator.pipeline).
    """

    ws: Workspace
    version: str
    validator_version: str
    problems: list[Problem]  # found so far: none of them an error
    keys: tuple[str, ...]  # the cache keys the final answer is stored under

    def finish(self) -> list[Problem]:
        doc = self.ws.root
        found = self.problems + _incremental_keyword_problems(
            self.ws, doc, self.version, self.validator_version
        )
        return _store(_dedupe(found), self.keys)


def begin(ws: Workspace) -> list[Problem] | Pending:
    """Every problem, if the cache knows them or the fast stages find an error (the
    meta-schema, $refs, operationIds, path parameters); else what remains to be done."""
    doc = ws.root
    validator_version = metadata.version("openapi-spec-validator")
    # Fast path: a document that references no other file, validated before.
    solo = cache.key(
        "validate-solo-v1",
        validator_version,
        cache.generator_fingerprint(),
        doc.display_name,
        doc.digest,
    )
    cached_solo = cache.get("validate", solo)
    if cached_solo is not None:
        return [_problem_from_json(item) for item in json.loads(cached_solo)]
    if not isinstance(doc.data, dict):
        return [
            Problem(
                doc.location(""),
                "the document is not an object: an OpenAPI document "
                "is a mapping with 'openapi' (or 'swagger'), 'info' and 'paths'",
            )
        ]
    version = spec_version(doc.data)
    if version is None:
        found = doc.data.get("openapi", doc.data.get("swagger"))
        where = (
            "/openapi"
            if "openapi" in doc.data
            else ("/swagger" if "swagger" in doc.data else "")
        )
        what = (
            f"version {found!r}"
            if found is not None
            else "no 'openapi' or 'swagger' field"
        )
        return [
            Problem(
                doc.location(where),
                f"unsupported document: {what}; "
                "supported are Swagger 2.0 and OpenAPI 3.0.x / 3.1.x",
            )
        ]
    ref_problems = ws.check_refs()
    digest = cache.key(
        "validate-v2",
        validator_version,
        cache.generator_fingerprint(),
        *(
            f"{d.display_name}\0{d.digest}"
            for d in sorted(ws.documents, key=lambda d: str(d.path))
        ),
    )
    cached = cache.get("validate", digest)
    if cached is not None:
        return [_problem_from_json(item) for item in json.loads(cached)]
    try:
        problems = list(_structural_problems(doc, version))
    except RecursionError:
        return [
            Problem(
                doc.location(""),
                "the document nests too deeply to validate; "
                "flatten deeply nested schemas with $ref",
            )
        ]
    problems.extend(ref_problems)
    problems.extend(_semantic_problems(ws, doc, version))
    keys = (digest, solo) if len(ws.documents) == 1 else (digest,)
    if any(p.severity == "error" for p in problems):
        # the keyword checks too, so that every problem is told at once (a 3.1 schema's
        # `type: objekt` is found only there); a walk the broken document breaks is quiet
        told = {p.location.pointer for p in problems}
        problems.extend(
            p
            for p in _keyword_problems_despite_errors(ws, doc, version)
            if p.location.pointer not in told
        )
        return _store(_dedupe(problems), keys)
    return Pending(ws, version, validator_version, problems, keys)


def _keyword_problems_despite_errors(
    ws: Workspace, doc: Document, version: str
) -> list[Problem]:
    """The keyword checks of a document known to have errors: a walk the errors break (an
    unresolvable `$ref`) is quiet, and is done again unit by unit to find what it can."""
    found = list(_keyword_problems(ws, doc, version))
    if not any(p.message.startswith(_FAILED) for p in found):
        return found
    graph = (
        doc.graph() if version in ("3.0", "3.1") and len(ws.documents) == 1 else None
    )
    units = units_of(doc.data, "", graph) if graph is not None else None
    if units is None:
        return [p for p in found if not p.message.startswith(_FAILED)]
    return [
        p
        for unit in units
        for p in _keyword_problems(ws, doc, version, [unit])
        if not p.message.startswith(_FAILED)
    ]


_FAILED = "openapi-spec-validator failed"


def _store(problems: list[Problem], keys: tuple[str, ...]) -> list[Problem]:
    text = json.dumps([_problem_to_json(p) for p in problems])
    for key in keys:
        cache.put("validate", key, text)
    return problems


def _problem_to_json(p: Problem) -> dict[str, Any]:
    loc = p.location
    return {
        "file": loc.file,
        "line": loc.line,
        "col": loc.col,
        "pointer": loc.pointer,
        "message": p.message,
        "severity": p.severity,
        "code": p.code,
    }


def _problem_from_json(item: dict[str, Any]) -> Problem:
    severity: Literal["error", "warning"] = (
        "warning" if item["severity"] == "warning" else "error"
    )
    location = Location(item["file"], item["line"], item["col"], item["pointer"])
    return Problem(location, item["message"], severity, str(item.get("code", "")))


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.location.pointer, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _pointer(path: Iterable[Any]) -> str:
    return join_pointer("", *[str(p) for p in path])


def _structural_problems(doc: Document, version: str) -> Iterable[Problem]:
    """The document against openapi-spec-validator's meta-schema for its version."""
    if metaschema.is_valid(version, doc.data):
        return  # certainly valid: the slow pass would find nothing
    schema = metaschema.meta_schema(version)
    if schema is None:  # a release without the bundled file: ask the validator for it
        schema_validator = _validator_class(version).schema_validator
    else:  # the Python jsonschema validator, whatever backend the validator would pick
        from jsonschema.validators import validator_for

        schema_validator = validator_for(schema)(schema)
    for error in schema_validator.iter_errors(doc.data):
        specific = explain.most_specific(error)
        pointer = _pointer(specific.absolute_path)
        message = explain.message(specific, version)
        if len(message) > 300:
            message = message[:300] + "…"
        yield Problem(doc.location(pointer), message)


def _semantic_problems(ws: Workspace, doc: Document, version: str) -> Iterable[Problem]:
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


# reported by _semantic_problems
_SKIP = ("DuplicateOperationIDError", "UnresolvableParameterError")


class _IdList(list[int]):
    """A list of ids whose membership test is a set lookup.

    openapi-spec-validator (0.8) keeps the ids of the schemas it has visited in plain lists
    and tests membership with `in`: quadratic in the number of schemas, about half of the
    keyword stage on GitHub's spec (46,000 schemas). Same answers, constant-time `in`.
    """

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._ids.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._ids


def _fast_visited_sets(validator: SpecValidator) -> None:
    registry = getattr(validator, "keyword_validators_registry", None)
    try:
        schema_validator = registry["schema"] if registry is not None else None
    except KeyError:
        return
    for attr in ("visited_schema_ids", "meta_checked_schema_ids"):
        if isinstance(getattr(schema_validator, attr, None), list):
            setattr(schema_validator, attr, _IdList())


def _incremental_keyword_problems(
    ws: Workspace, doc: Document, version: str, validator_version: str
) -> list[Problem]:
    """The keyword checks, skipping the units (generator.units) that passed them before.

    Only a walk that found nothing at all records its units as passed: a problem's place
    is found by searching the document, which cannot say which unit's walk produced it.
    Documents that reference other files, and Swagger 2.0, are always walked whole.
    """
    units = None
    if version in ("3.0", "3.1") and len(ws.documents) == 1:
        dialect = doc.data.get("jsonSchemaDialect") if version == "3.1" else None
        salt = json.dumps(
            [
                "validate-units-v1",
                validator_version,
                cache.generator_fingerprint(),
                version,
                repr(dialect),
            ]
        )
        graph = doc.graph()  # None: no exact digests, so no units
        units = units_of(doc.data, salt, graph) if graph is not None else None
    if units is None:
        return list(_keyword_problems(ws, doc, version))
    todo = [u for u in units if cache.get_bytes("validate-unit", u.key) is None]
    problems = list(_keyword_problems(ws, doc, version, todo)) if todo else []
    if not problems:
        for unit in todo:
            cache.put("validate-unit", unit.key, b"")
    return problems


def _walk_units(
    validator: SpecValidator, units: list[Unit]
) -> Iterable[ValidationError]:
    """openapi-spec-validator's root walk (RootValidator), over the given units only."""
    from openapi_spec_validator.validation import keywords

    registry = validator.keyword_validators_registry
    if type(validator.root_validator) is not keywords.RootValidator or not all(
        name in registry.keyword_validators for name in ("path", "schema")
    ):  # a release whose walk we do not mirror: walk everything
        yield from validator.root_validator(validator.schema_path)
        return
    spec = validator.schema_path
    path = cast(keywords.PathValidator, registry["path"])
    schema = cast(keywords.SchemaValidator, registry["schema"])
    wanted = {(u.kind, u.name) for u in units}
    if ("tags", "") in wanted and "tags" in registry.keyword_validators:
        yield from cast(keywords.TagsValidator, registry["tags"])(spec / "tags")
    # children by iteration, as the root walk does: `/` would parse a key ('#', '.')
    if any(kind == "path" for kind, _ in wanted):
        for url, item in (spec / "paths").items():
            if ("path", url) in wanted:
                yield from path(str(url), item)
    if any(kind == "schema" for kind, _ in wanted):
        for name, value in (spec / "components" / "schemas").items():
            if ("schema", name) in wanted:
                yield from schema(value)


def _keyword_problems(
    ws: Workspace, doc: Document, version: str, units: list[Unit] | None = None
) -> Iterable[Problem]:
    """openapi-spec-validator's checks beyond the JSON schema (defaults, parameter rules...).

    Its errors carry no document path, so they are located by finding the schema they name.
    A `default` or example that does not match its own schema is documentation, not
    structure: it is reported as a warning and generation goes on. `units` limits the walk
    to those units; None walks the whole document.
    """
    validator = _validator_class(version)(doc.data, base_uri=ws.root_path.as_uri())
    _fast_visited_sets(validator)
    index: dict[int, str] | None = None
    errors = (
        validator.root_validator(validator.schema_path)
        if units is None
        else _walk_units(validator, units)
    )
    try:
        for error in errors:
            if type(error).__name__ in _SKIP:
                continue
            pointer = _pointer(error.absolute_path)
            severity: Literal["error", "warning"] = "error"
            schema = getattr(error, "schema", None)
            if not pointer and isinstance(schema, dict):
                if index is None:
                    index = _dict_index(doc.data)
                found = index.get(id(schema))
                if found is not None:
                    key = next(
                        (
                            k
                            for k in ("default", "example")
                            if k in schema and schema[k] == error.instance
                        ),
                        None,
                    )
                    pointer = join_pointer(found, key) if key else found
                    if key is not None:
                        severity = "warning"
            message = error.message
            relative = list(error.absolute_path)
            if pointer and not _exists(doc.data, relative):
                # a path relative to some schema: find the schema that holds this value
                if index is None:
                    index = _dict_index(doc.data)
                holder = _find_holder(doc.data, index, relative, error.instance)
                if holder is not None:
                    pointer = holder + pointer
                    dialect = _declared_dialect(doc.data, holder)
                    if dialect:
                        severity = "warning"
                        message += (
                            f" (the schema declares {dialect}, which the validator "
                            "does not apply; the schema is read as OpenAPI 3.1)"
                        )
            if message.startswith("Unknown JSON Schema dialect"):
                # a per-schema $schema the validator does not know: read as 3.1 JSON Schema
                if index is None:
                    index = _dict_index(doc.data)
                dialect = message.split("'")[1] if "'" in message else ""
                pointer = next(
                    (
                        p
                        for node_id, p in index.items()
                        if dialect and _schema_dialect(doc.data, p) == dialect
                    ),
                    pointer,
                )
                severity = "warning"
                message += "; the schema is read as OpenAPI 3.1 JSON Schema"
            elif severity == "warning" and "(the schema declares" not in message:
                message = f"{message} (the documented value does not match its schema)"
            yield Problem(doc.location(pointer), message, severity)
    except Exception as exc:  # the validator itself failed: report, don't crash
        yield Problem(
            doc.location(""),
            f"{_FAILED}: {type(exc).__name__}: {exc}",
        )


def _exists(data: Any, path: list[Any]) -> bool:
    node = data
    for token in path:
        if (isinstance(node, dict) and token in node) or (
            isinstance(node, list) and isinstance(token, int) and token < len(node)
        ):
            node = node[token]
        else:
            return False
    return True


def _find_holder(
    data: Any, index: dict[int, str], path: list[Any], value: Any
) -> str | None:
    """The pointer of the first mapping in which `path` leads to `value`."""
    for pointer in sorted(index.values(), key=lambda p: (p.count("/"), p)):
        node = _at(data, pointer)
        for token in path:
            if isinstance(node, dict) and token in node:
                node = node[token]
            else:
                node = _MISSING
                break
        if node is not _MISSING and node == value and type(node) is type(value):
            return pointer
    return None


_MISSING = object()


def _at(data: Any, pointer: str) -> Any:
    node = data
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _declared_dialect(data: Any, pointer: str) -> str | None:
    """A `$schema` declared on the schema at `pointer` or one of its ancestors."""
    while True:
        node = _at(data, pointer)
        if isinstance(node, dict) and isinstance(node.get("$schema"), str):
            return str(node["$schema"])
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]


def _schema_dialect(data: Any, pointer: str) -> Any:
    node = data
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node.get(token)
    return node.get("$schema") if isinstance(node, dict) else None


def _dict_index(data: Any) -> dict[int, str]:
    """id(dict) -> JSON pointer, for every mapping in the document."""
    out: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            out.setdefault(id(node), pointer)
            for k, v in node.items():
                if isinstance(v, dict | list):
                    stack.append((v, join_pointer(pointer, k)))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, dict | list):
                    stack.append((v, f"{pointer}/{i}"))
    return out
