"""openapi-spec-validator's keyword checks (beyond the meta-schema: defaults, parameter
rules, ...), over the whole document or only some of its units (generator.units), each
error located in the document although the validator reports none with a path.

The validator stack is slow to import: it is loaded only when a check runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal, cast

from generator.load import Document, Workspace
from generator.problems import Problem, join_pointer
from generator.units import Unit

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from openapi_spec_validator.validation.validators import SpecValidator

FAILED = "openapi-spec-validator failed"  # how a check that crashed is reported


def validator_class(version: str) -> type[SpecValidator]:
    """openapi-spec-validator's validator for a `version` document (imported on use)."""
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


def pointer_of(path: Iterable[Any]) -> str:
    """The JSON pointer of a jsonschema error's path."""
    return join_pointer("", *[str(p) for p in path])


# reported by generator.semantic_checks
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


@contextmanager
def _fast_subscript_checks() -> Iterator[None]:
    """pathable (0.5, under openapi-spec-validator) asks `isinstance(node, Subscriptable)`
    of every node it steps into, and Python 3.11 answers for a runtime-checkable Protocol by
    listing the protocol's attributes each time: 16% of the keyword stage on GitHub's spec.
    For the dicts and lists a parsed document is made of the answer is always yes: they
    are indexed at once, and anything else is asked as before. Only during the walk."""
    try:
        from pathable.accessors import SubscriptableAccessor
    except ImportError:  # a release without it: nothing to speed up
        yield
        return
    original = SubscriptableAccessor.__dict__.get("_get_subnode")
    if not isinstance(original, classmethod):
        yield
        return
    slow = original.__func__

    def _get_subnode(cls: Any, node: Any, part: Any) -> Any:
        if type(node) is dict or type(node) is list:
            try:
                return node[part]
            except (KeyError, IndexError, TypeError) as exc:
                raise KeyError(part) from exc
        return slow(cls, node, part)

    SubscriptableAccessor._get_subnode = classmethod(_get_subnode)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        SubscriptableAccessor._get_subnode = original  # type: ignore[method-assign,assignment]


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


def keyword_problems(
    ws: Workspace, doc: Document, version: str, units: list[Unit] | None = None
) -> Iterable[Problem]:
    """openapi-spec-validator's checks beyond the JSON schema (defaults, parameter rules...).

    Its errors carry no document path, so they are located by finding the schema they name.
    A `default` or example that does not match its own schema is documentation, not
    structure: it is reported as a warning and generation goes on. `units` limits the walk
    to those units; None walks the whole document.
    """
    validator = validator_class(version)(doc.data, base_uri=ws.root_path.as_uri())
    _fast_visited_sets(validator)
    errors = (
        validator.root_validator(validator.schema_path)
        if units is None
        else _walk_units(validator, units)
    )
    raised: list[ValidationError] = []
    failure: Exception | None = None
    try:
        with _fast_subscript_checks():
            for error in errors:
                raised.append(error)
    except Exception as exc:  # the validator itself failed: report, don't crash
        failure = exc
    index: dict[int, str] | None = None

    def index_of() -> dict[int, str]:
        """Where each schema of the document is (made once, on first need)."""
        nonlocal index
        if index is None:
            index = _dict_index(doc.data)
        return index

    for error in raised:
        if type(error).__name__ not in _SKIP:
            yield _problem(doc, error, index_of)
    if failure is not None:
        yield Problem(
            doc.location(""),
            f"{FAILED}: {type(failure).__name__}: {failure}",
        )


def _problem(
    doc: Document, error: ValidationError, index_of: Callable[[], dict[int, str]]
) -> Problem:
    """The located problem of one of the validator's errors (`index_of`: where each
    schema of the document is)."""
    pointer = pointer_of(error.absolute_path)
    severity: Literal["error", "warning"] = "error"
    schema = getattr(error, "schema", None)
    if not pointer and isinstance(schema, dict):
        found = index_of().get(id(schema))
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
        holder = _find_holder(doc.data, index_of(), relative, error.instance)
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
        dialect = message.split("'")[1] if "'" in message else ""
        pointer = next(
            (
                p
                for p in index_of().values()
                if dialect and _schema_dialect(doc.data, p) == dialect
            ),
            pointer,
        )
        severity = "warning"
        message += "; the schema is read as OpenAPI 3.1 JSON Schema"
    elif severity == "warning" and "(the schema declares" not in message:
        message = f"{message} (the documented value does not match its schema)"
    return Problem(doc.location(pointer), message, severity)


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
