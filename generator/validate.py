"""Validate a loaded spec: openapi-spec-validator plus our own located checks.

Every problem is collected (not just the first) and carries file, line, column and pointer.
The stages, cheapest first: the cached answer; the document's structure against the
meta-schema (generator.metaschema, then explained by generator.explain); its `$ref`s
(generator.load); our own checks (generator.semantic_checks); and openapi-spec-validator's
keyword checks (generator.keyword_checks), only on the units an edit touched
(generator.units). Answers are cached by the documents' text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Literal

from generator import cache, explain, metaschema
from generator.keyword_checks import (
    FAILED,
    keyword_problems,
    pointer_of,
    validator_class,
)
from generator.load import Document, Workspace
from generator.problems import Location, Problem
from generator.semantic_checks import semantic_problems
from generator.units import units_of


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
    problems.extend(semantic_problems(ws, doc))
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
    found = list(keyword_problems(ws, doc, version))
    if not any(p.message.startswith(FAILED) for p in found):
        return found
    graph = (
        doc.graph() if version in ("3.0", "3.1") and len(ws.documents) == 1 else None
    )
    units = units_of(doc.data, "", graph) if graph is not None else None
    if units is None:
        return [p for p in found if not p.message.startswith(FAILED)]
    return [
        p
        for unit in units
        for p in keyword_problems(ws, doc, version, [unit])
        if not p.message.startswith(FAILED)
    ]


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


def _structural_problems(doc: Document, version: str) -> Iterable[Problem]:
    """The document against openapi-spec-validator's meta-schema for its version."""
    if metaschema.is_valid(version, doc.data):
        return  # certainly valid: the slow pass would find nothing
    schema = metaschema.meta_schema(version)
    if schema is None:  # a release without the bundled file: ask the validator for it
        schema_validator = validator_class(version).schema_validator
    else:  # the Python jsonschema validator, whatever backend the validator would pick
        from jsonschema.validators import validator_for

        schema_validator = validator_for(schema)(schema)
    for error in schema_validator.iter_errors(doc.data):
        specific = explain.most_specific(error)
        pointer = pointer_of(specific.absolute_path)
        message = explain.message(specific, version)
        if len(message) > 300:
            message = message[:300] + "…"
        yield Problem(doc.location(pointer), message)


_PASSED = "validate-units"  # the cache namespace of the units that passed


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
        return list(keyword_problems(ws, doc, version))
    # the units that passed, as one entry per spec (by its path): one file to read and
    # write, not one per unit (GitHub's: 1,781 files on a first run)
    latest = cache.key("validate-units-passed-v1", salt, ws.root.display_name)
    passed = set((cache.get(_PASSED, latest) or "").split())
    todo = [u for u in units if u.key not in passed]
    problems = list(keyword_problems(ws, doc, version, todo)) if todo else []
    if todo and not problems:
        cache.put(_PASSED, latest, "\n".join(sorted(u.key for u in units)))
    return problems
