"""openapi-spec-validator's own meta-schemas, and a fast first check against them.

openapi-spec-validator checks a document's structure against its bundled OpenAPI
meta-schema with the Python `jsonschema` package: about 8 s for GitHub's spec. The same
meta-schema checked by jsonschema-rs (Rust; openapi-spec-validator's own optional backend)
takes about 20 ms. `is_valid` answers only "valid or not": a document it accepts has no
structural problem; for one it rejects, the caller runs the Python validator, whose errors
(paths, oneOf context) our messages are built from. It never reports a problem by itself,
so a disagreement between the two libraries can only cost time, never a message.

Neither the check nor the schema loading imports openapi-spec-validator (0.5 s to import).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

# openapi-spec-validator's folder names under resources/schemas, by our spec_version()
_FOLDERS = {"2.0": "v2.0", "3.0": "v3.0", "3.1": "v3.1"}


@cache
def meta_schema(version: str) -> dict[str, Any] | None:
    """The meta-schema openapi-spec-validator checks a `version` document against."""
    spec = find_spec("openapi_spec_validator")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders or version not in _FOLDERS:
        return None
    path = Path(
        next(iter(folders)), "resources", "schemas", _FOLDERS[version], "schema.json"
    )
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


@cache
def _fast_validator(version: str) -> Any:
    schema = meta_schema(version)
    if schema is None:
        return None
    try:
        import jsonschema_rs
    except ImportError:
        return None
    try:
        # formats off: the Python validator openapi-spec-validator uses checks none either
        return jsonschema_rs.validator_for(schema, validate_formats=False)
    except Exception:  # a meta-schema this jsonschema-rs cannot compile: no fast path
        return None


def is_valid(version: str, data: Any) -> bool:
    """True when `data` certainly satisfies the `version` meta-schema.

    False means "not known to be valid": invalid, or the fast check is unavailable or could
    not read the data (YAML dates, say); the caller then validates the slow way.
    """
    validator = _fast_validator(version)
    if validator is None:
        return False
    try:
        return bool(validator.is_valid(data))
    except Exception:  # values JSON has no type for: let the Python validator decide
        return False
