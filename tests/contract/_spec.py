"""What the contract tests know about an API: read straight from its OpenAPI document.

Nothing here looks at the generated client: operations, parameters, request bodies,
documented statuses and sample values all come from the spec, so the client is checked
against an independent description of the API.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Candidate strings for `pattern`-constrained schemas without an example; the first one
# that fits the pattern and the length bounds is used.
_PATTERN_CANDIDATES = (
    "Abcdefgh12345678",
    "2025-01-01T00:00:00",
    "2025-01-01",
    "+61400000000",
    "example",
    "EXAMPLE",
    "12345",
    "abc-123",
    "user@example.com",
)
_FORMAT_SAMPLES = {
    "email": "user@example.com",
    "date": "2025-01-01",
    "date-time": "2025-01-01T00:00:00Z",
    "uuid": "3f2c9a0e-5b7d-4e61-9c2a-8d1e0f4b6a73",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "host.example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "password": "Secret-Passw0rd",
    "byte": "ZXhhbXBsZQ==",
}


class SampleError(ValueError):
    """No valid sample value can be built for a schema."""


@dataclass(frozen=True)
class SpecParam:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    example: Any  # the parameter's own example, or _NO_EXAMPLE


@dataclass(frozen=True)
class SpecBody:
    content_type: str
    required: bool
    schema: Mapping[str, Any]
    example: Any


@dataclass(frozen=True)
class SpecResponse:
    status: str
    content_type: str | None
    schema: Mapping[str, Any] | None
    example: Any


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    parameters: tuple[SpecParam, ...]
    body: SpecBody | None
    responses: Mapping[str, SpecResponse]
    security: tuple[tuple[str, ...], ...]  # alternatives; () inside means anonymous

    @property
    def error_statuses(self) -> list[int]:
        """The 4xx/5xx statuses the spec documents for this operation.

        Numeric ones as they are; a `default` response (any other status) stands for
        500 when no 5xx is documented, and `4XX`/`5XX` ranges for 400/500.
        """
        codes = {int(s) for s in self.responses if s.isdigit() and int(s) >= 400}
        for key, code in (("4XX", 400), ("5XX", 500)):
            if key in self.responses and not any(
                c // 100 == code // 100 for c in codes
            ):
                codes.add(code)
        if "default" in self.responses and not any(c >= 500 for c in codes):
            codes.add(500)
        return sorted(codes)

    def response_for(self, status: int) -> SpecResponse | None:
        """The documented response that covers `status` (exact, range, then default)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    @property
    def needs_credentials(self) -> bool:
        return bool(self.security) and () not in self.security


class _NoExample:
    def __repr__(self) -> str:
        return "<no example>"


NO_EXAMPLE: Any = _NoExample()


class Spec:
    """One OpenAPI 3.0 document, with local `$ref`s resolved on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open(encoding="utf-8") as fh:
            self.doc: dict[str, Any] = yaml.safe_load(fh)

    def resolve(self, node: Any) -> Any:
        """Follow `$ref`s (local only) until a non-reference node."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"{self.path.name}: unsupported $ref {ref!r}")
            seen.add(ref)
            target: Any = self.doc
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    @functools.cached_property
    def operations(self) -> tuple[SpecOperation, ...]:
        """Every operation, in document order."""
        default_security = _security(self.doc.get("security", []))
        ops: list[SpecOperation] = []
        for path, item in self.doc["paths"].items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                own = [self.resolve(p) for p in op.get("parameters", [])]
                merged = {(p["name"], p["in"]): p for p in shared}
                merged.update({(p["name"], p["in"]): p for p in own})
                params = tuple(
                    SpecParam(
                        p["name"],
                        p["in"],
                        bool(p.get("required", False)),
                        p.get("schema", {}),
                        p.get("example", _first_example(p)),
                    )
                    for p in merged.values()
                )
                security = (
                    _security(op["security"]) if "security" in op else default_security
                )
                ops.append(
                    SpecOperation(
                        operation_id=op["operationId"],
                        method=method.upper(),
                        path=path,
                        tag=(op.get("tags") or ["default"])[0],
                        parameters=params,
                        body=self._body(op.get("requestBody")),
                        responses={
                            str(status): self._response(str(status), response)
                            for status, response in op.get("responses", {}).items()
                        },
                        security=security,
                    )
                )
        return tuple(ops)

    def _body(self, node: Any) -> SpecBody | None:
        if node is None:
            return None
        node = self.resolve(node)
        content_type, media = next(iter(node.get("content", {}).items()))
        return SpecBody(
            content_type,
            bool(node.get("required", False)),
            media.get("schema", {}),
            media.get("example", _first_example(media)),
        )

    def _response(self, status: str, node: Any) -> SpecResponse:
        node = self.resolve(node)
        content = node.get("content") or {}
        if not content:
            return SpecResponse(status, None, None, NO_EXAMPLE)
        content_type, media = next(iter(content.items()))
        return SpecResponse(
            status,
            content_type,
            media.get("schema"),
            media.get("example", _first_example(media)),
        )

    # -- sample values -------------------------------------------------------------
    def sample(self, schema: Any, *, full: bool, where: str) -> Any:
        """A value valid for `schema`: its example if it has one, else one built from it.

        `full=False` fills only required object properties; `full=True` fills every
        declared property (and one additional property where the schema allows typed
        ones), so optional fields are exercised too.
        """
        return self._sample(schema, full=full, where=where, depth=0)

    def _sample(self, schema: Any, *, full: bool, where: str, depth: int) -> Any:
        if depth > 12:
            raise SampleError(f"{where}: schema nests too deeply")
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            raise SampleError(f"{where}: not a schema: {schema!r}")
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            if not values:
                raise SampleError(f"{where}: enum without a non-null value")
            return values[0]
        if "default" in schema and schema["default"] is not None:
            return copy.deepcopy(schema["default"])
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self._sample(
                    schema[key][0], full=full, where=where, depth=depth + 1
                )
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self._sample(part, full=full, where=where, depth=depth + 1)
                if not isinstance(value, Mapping):
                    return value
                merged.update(value)
            return merged
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        if kind == "object":
            return self._object(schema, full=full, where=where, depth=depth)
        if kind == "array":
            item = self._sample(
                schema.get("items", {}), full=full, where=f"{where}[]", depth=depth + 1
            )
            return [item] * max(1, int(schema.get("minItems", 1)))
        if kind == "integer":
            return _number(schema, 1)
        if kind == "number":
            return _number(schema, 1.5)
        if kind == "boolean":
            return True
        if kind == "string":
            return _string(schema, where)
        if kind is None:
            return "value"  # any JSON value
        raise SampleError(f"{where}: no sample for schema type {kind!r}")

    def _object(
        self, schema: Mapping[str, Any], *, full: bool, where: str, depth: int
    ) -> dict[str, Any]:
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if full or name in required:
                out[name] = self._sample(
                    prop, full=full, where=f"{where}.{name}", depth=depth + 1
                )
        extra = schema.get("additionalProperties")
        if full and isinstance(extra, Mapping):
            # One additional property: free-form maps (`{}`) get a plain string.
            out["1001"] = self._sample(
                extra, full=full, where=f"{where}.*", depth=depth + 1
            )
        return out

    def parameter_sample(self, param: SpecParam, *, full: bool, where: str) -> Any:
        if param.example is not NO_EXAMPLE:
            return copy.deepcopy(param.example)
        return self.sample(param.schema, full=full, where=f"{where}:{param.name}")

    def body_sample(self, body: SpecBody, *, full: bool, where: str) -> Any:
        schema = self.resolve(body.schema)
        if body.example is not NO_EXAMPLE:
            example = copy.deepcopy(body.example)
            if full and isinstance(example, dict) and isinstance(schema, Mapping):
                # The example may leave optional properties out: add them.
                built = self.sample(schema, full=True, where=f"{where}:body")
                if isinstance(built, dict):
                    return {**built, **example}
            return example
        return self.sample(schema, full=full, where=f"{where}:body")


def _first_example(node: Mapping[str, Any]) -> Any:
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for example in examples.values():
            if isinstance(example, Mapping) and "value" in example:
                return example["value"]
    return NO_EXAMPLE


def _security(requirements: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(req) for req in requirements or [])


def _number(schema: Mapping[str, Any], preferred: int | float) -> int | float:
    value = preferred
    if "minimum" in schema:
        value = max(
            value,
            schema["minimum"] + (1 if schema.get("exclusiveMinimum") is True else 0),
        )
    if "maximum" in schema:
        value = min(
            value,
            schema["maximum"] - (1 if schema.get("exclusiveMaximum") is True else 0),
        )
    return value


def _string(schema: Mapping[str, Any], where: str) -> str:
    min_len = int(schema.get("minLength", 0))
    max_len = int(schema.get("maxLength", 10_000))
    pattern = schema.get("pattern")
    fmt = schema.get("format")
    candidates: list[str] = []
    if isinstance(fmt, str) and fmt in _FORMAT_SAMPLES:
        candidates.append(_FORMAT_SAMPLES[fmt])
    if pattern is None:
        base = "example"
        candidates.append(
            (base * (min_len // len(base) + 1))[: max(min_len, len(base))]
        )
    candidates.extend(_PATTERN_CANDIDATES)
    for candidate in candidates:
        if not min_len <= len(candidate) <= max_len:
            continue
        if pattern is not None and not re.search(pattern, candidate):
            continue
        return candidate
    raise SampleError(
        f"{where}: no sample string fits pattern={pattern!r} "
        f"minLength={min_len} maxLength={max_len}: give the schema an example"
    )
