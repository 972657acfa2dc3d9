"""Turn the meta-schema's raw errors into the one error, and the message, that explain them.

A `oneOf` (a parameter is one of: in path, in query, in header, in cookie) fails as a whole;
jsonschema's errors for it hold every branch's own errors. The branch that applies is the
one whose discriminating value matches (`in: header` picks the header branch): its errors
are the explanation, not a best match across all branches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError


def most_specific(error: ValidationError) -> ValidationError:
    """Descend oneOf/anyOf failures to the sub-error of the branch that applies."""
    from jsonschema.exceptions import relevance

    while error.context:
        candidates = _applicable(list(error.context))
        deepest = max(len(e.absolute_path) for e in candidates)
        # the most relevant at this level (best_match would descend on its own)
        deeper = max(
            (e for e in candidates if len(e.absolute_path) == deepest), key=relevance
        )
        if len(deeper.absolute_path) < len(error.absolute_path):
            break
        error = deeper
    return error


def _applicable(context: list[ValidationError]) -> list[ValidationError]:
    """The errors of the branches that apply to the instance (all, if none clearly does)."""
    branches: dict[Any, list[ValidationError]] = defaultdict(list)
    for e in context:
        branch = e.relative_schema_path[0] if e.relative_schema_path else None
        branches[branch].append(e)
    keys = _discriminators(branches)
    applying = [
        errors
        for errors in branches.values()
        if not any(_is_reference_branch(e) or _mismatch(e, keys) for e in errors)
    ]
    if not applying:  # no branch clearly applies: ignore only the $ref alternatives
        applying = [
            errors
            for errors in branches.values()
            if not any(_is_reference_branch(e) for e in errors)
        ] or list(branches.values())
    return [e for errors in applying for e in errors]


def _discriminators(branches: dict[Any, list[ValidationError]]) -> set[Any]:
    """The members that tell the branches apart (`in` of a parameter): every branch that
    fails on the member fails a one-value `enum` or a `const`, and some branch accepts it."""
    failing: dict[Any, set[Any]] = defaultdict(set)
    other: set[Any] = set()
    for branch, errors in branches.items():
        for e in errors:
            if len(e.relative_path) != 1:
                continue
            member = e.relative_path[0]
            if _one_value(e):
                failing[member].add(branch)
            else:
                other.add(member)
    return {
        member
        for member, where in failing.items()
        if member not in other and len(where) < len(branches)
    }


def _one_value(error: ValidationError) -> bool:
    if error.validator == "const":
        return True
    allowed = error.validator_value
    return error.validator == "enum" and isinstance(allowed, list) and len(allowed) == 1


def _mismatch(error: ValidationError, keys: set[Any]) -> bool:
    """The error says the branch is for another kind of object (`in: header` vs
    `enum: [query]`)."""
    return (
        len(error.relative_path) == 1
        and error.relative_path[0] in keys
        and _one_value(error)
    )


def _is_reference_branch(error: ValidationError) -> bool:
    """The 'it could also be a $ref' alternative of oneOf, which never explains a mistake."""
    return error.validator == "required" and "'$ref'" in error.message


def spec_name(version: str) -> str:
    """'Swagger 2.0', 'OpenAPI 3.0' or 'OpenAPI 3.1': what the document's version is called."""
    return "Swagger 2.0" if version == "2.0" else f"OpenAPI {version}"


def message(error: ValidationError, version: str) -> str:
    """The error's message, in the terms of the document's OpenAPI version."""
    instance = error.instance
    path = list(error.absolute_path)
    member = path[-1] if path else None
    if error.validator in _UNEXPECTED and isinstance(instance, dict):
        unexpected = unexpected_keys(error)
        if unexpected:
            names = ", ".join(f"'{k}'" for k in unexpected)
            one = len(unexpected) == 1
            if path == ["paths"]:
                what = "is not a path" if one else "are not paths"
                return f"{names} {what}: a path starts with '/'"
            if len(path) > 2 and path[0] == "paths" and member == "responses":
                what = "is not a status code" if one else "are not status codes"
                return f"{names} {what}: a response is keyed by its code or 'default'"
            what = "is not a field" if one else "are not fields"
            return f"{names} {what} of this object in {spec_name(version)}"
    if (
        version == "2.0"
        and member == "collectionFormat"
        and instance == "multi"
        and error.validator == "enum"
    ):
        where = _parameter_location(error)
        return (
            "collectionFormat 'multi' is only for parameters in query or formData"
            + (f" (this one is in: {where})" if where else "")
            + "; use csv, ssv, tsv or pipes"
        )
    if error.validator == "const":  # one allowed value: said as an enum of one is
        return f"{instance!r} is not one of {[error.validator_value]!r}"
    return str(error.message)


def _parameter_location(error: ValidationError) -> str | None:
    node: Any = error.parent
    while node is not None:
        instance = node.instance
        if isinstance(instance, dict) and isinstance(instance.get("in"), str):
            return str(instance["in"])
        node = node.parent
    return None


_UNEXPECTED = ("additionalProperties", "unevaluatedProperties")
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def unexpected_keys(error: ValidationError) -> list[str]:
    """The members an `additionalProperties: false` (or `unevaluatedProperties: false`)
    error is about."""
    if error.validator == "unevaluatedProperties":
        instance = error.instance if isinstance(error.instance, dict) else {}
        named = _QUOTED.findall(str(error.message).partition("(")[2])
        return [k for k in named if k in instance]
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance if isinstance(error.instance, dict) else {}
    known = schema.get("properties") or {}
    patterns = list((schema.get("patternProperties") or {}).keys())
    return [
        k
        for k in instance
        if k not in known and not any(re.search(p, str(k)) for p in patterns)
    ]
