"""Checks of the names a user chooses for a package and its client class.

A generated package is imported by its name and imports the standard library, `httpx`
and its own modules: a package named like any of them would shadow it (`import json`
would find the package, or the package would never be found). A client class named like
one of the names the package exports would replace that name.
"""

from __future__ import annotations

import keyword
import sys

# What every generated package imports besides the standard library.
_DEPENDENCIES = frozenset({"httpx", "httpcore", "anyio", "h11", "certifi", "idna"})

# The names PKG/__init__.py exports next to the client classes (templates/package).
EXPORTED = frozenset(
    {
        "NOT_GIVEN",
        "NotGiven",
        "APIConnectionError",
        "APIError",
        "APIResponse",
        "APIResponseValidationError",
        "AsyncStreamedAPIResponse",
        "StreamedAPIResponse",
        "APIStatusError",
        "APITimeoutError",
        "AsyncPage",
        "AsyncPaginator",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "MethodNotAllowedError",
        "MissingCredentialsError",
        "NotFoundError",
        "PaginationError",
        "PermissionDeniedError",
        "RateLimit",
        "RateLimitError",
        "SyncPage",
        "UnprocessableEntityError",
        "TaskFailedError",
        "TaskInProgressError",
        "TaskTimeoutError",
        "models",
    }
)


def _identifier_problem(kind: str, name: str) -> str | None:
    if not name.isidentifier():
        return f"{kind} {name!r} is not a Python identifier (letters, digits, _; not starting with a digit)"
    if keyword.iskeyword(name):
        return f"{kind} {name!r} is a Python keyword: `import {name}` would not parse"
    return None


def package_problem(name: str) -> str | None:
    """Why `name` cannot be a generated package's name, or None if it can."""
    found = _identifier_problem("package", name)
    if found is not None:
        return found
    if not name.islower():
        return (
            f"package {name!r} must be lowercase (PEP 8; file systems differ in case)"
        )
    if name.startswith("_"):
        return f"package {name!r} must not start with '_' (a private module name)"
    if name in sys.stdlib_module_names:
        return (
            f"package {name!r} would shadow the standard library module {name!r}, "
            "which the package or code using it imports; choose another name"
        )
    if name in _DEPENDENCIES:
        return (
            f"package {name!r} would shadow {name!r}, which every generated package "
            "depends on; choose another name"
        )
    return None


def client_class_problem(name: str) -> str | None:
    """Why `name` cannot be a generated client class's name, or None if it can."""
    found = _identifier_problem("client class", name)
    if found is not None:
        return found
    if name in EXPORTED or f"Async{name}" in EXPORTED:
        return (
            f"client class {name!r} would replace the package's own {name!r}; "
            "choose another name"
        )
    if name.startswith("_"):
        return f"client class {name!r} must not start with '_' (it is exported)"
    return None
