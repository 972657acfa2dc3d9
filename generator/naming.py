"""Python-safe names: identifiers, classes, modules, with deterministic collision handling."""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*|[0-9]+")
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
MAX_IDENTIFIER = 80
MAX_MODULE = 60


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any text (camelCase, kebab, spaces, punctuation) into ASCII words."""
    return _WORD.findall(_ascii(text).replace("'", ""))


def _shorten(name: str, original: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(original.encode("utf-8")).hexdigest()[:8]
    return name[: limit - 9].rstrip("_") + "_" + digest


@lru_cache(maxsize=1 << 16)  # a large spec names the same words many times over
def snake(text: str, *, prefix: str = "field_", limit: int = MAX_IDENTIFIER) -> str:
    """snake_case identifier; keywords get a trailing '_' (PEP 8); digits first get `prefix`."""
    parts = [w.lower() for w in words(text)]
    name = "_".join(parts)
    if not name:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        name = prefix + digest if text else prefix.rstrip("_")
    if name[0].isdigit():
        name = prefix + name
    name = _shorten(name, text, limit)
    if keyword.iskeyword(name):
        name += "_"
    return name


@lru_cache(maxsize=1 << 16)
def pascal(text: str, *, prefix: str = "Model", limit: int = MAX_IDENTIFIER) -> str:
    """PascalCase class name; a leading digit gets `prefix`."""
    parts = words(text)
    name = "".join(p[:1].upper() + p[1:] for p in parts)
    if not name:
        name = prefix + (
            hashlib.sha1(text.encode("utf-8")).hexdigest()[:8] if text else ""
        )
    if name[0].isdigit():
        name = prefix + name
    name = _shorten(name, text, limit)
    if keyword.iskeyword(name):
        name += "_"
    return name


def constant(text: str, *, prefix: str = "VALUE_") -> str:
    """UPPER_SNAKE name for enum members."""
    name = "_".join(w.upper() for w in words(text))
    if not name:
        name = (
            "EMPTY"
            if text == ""
            else prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8].upper()
        )
    if name[0].isdigit():
        name = prefix + name
    name = _shorten(name, text, MAX_IDENTIFIER)
    if keyword.iskeyword(name):
        name += "_"
    return name


def is_safe_identifier(name: str) -> bool:
    """A public Python identifier that is no keyword (for names taken from extensions)."""
    return (
        name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")
    )


def module_name(class_name: str) -> str:
    """A module (file) name for a class: short enough for any OS, never a reserved device."""
    name = snake(class_name, prefix="m_", limit=MAX_MODULE)
    if name.rstrip("_") in _WINDOWS_RESERVED or name.startswith("__"):
        name = name.rstrip("_") + "_"
    return name


def scheme_name(name: str) -> str:
    """A security scheme's name as a Python name: `OAuth2PasswordBearer` ->
    `oauth2_password_bearer` (OAuth is one word, never `o_auth`)."""
    return snake(re.sub(r"OAuth", "Oauth", name))


def short_method_name(
    method_name: str, operation_id: str, path: str, http_method: str, resource: str
) -> str:
    """An operation's method name without what only repeats where it is: FastAPI's
    default operationId suffix (`read_item_items__item_id__get` -> `read_item`) and the
    name of its resource (`repos_list_for_user` on `client.repos` -> `list_for_user`)."""
    suffix = re.sub(r"\W", "_", path) + "_" + http_method.lower()
    if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
        method_name = snake(operation_id[: -len(suffix)], prefix="op_")
    prefix = resource + "_"
    while method_name.startswith(prefix):  # `copilot/copilot-usage` on copilot too
        rest = method_name[len(prefix) :]
        if not rest or rest[0].isdigit() or not is_safe_identifier(rest):
            break
        method_name = rest
    return method_name


def _same(name: str) -> str:
    return name


class Namer:
    """Hands out unique names in one scope; `reserved` names are never handed out.

    A name that clashes with a reserved one gets a trailing underscore (PEP 8's way around
    keywords: `timeout` -> `timeout_`); a name already handed out gets a number (`get_2`).
    Collisions (also case-insensitive ones, which clash on some file systems) are resolved in
    the order names are requested, so output is deterministic.
    """

    def __init__(
        self, reserved: Iterable[str] = (), *, case_insensitive: bool = False
    ) -> None:
        self._fold: Callable[[str], str] = (
            str.lower if case_insensitive else _same
        )  # named functions, not lambdas: a Namer is pickled with a build's journal
        self._reserved: set[str] = {self._fold(r) for r in reserved}
        self._used: set[str] = set(self._reserved)

    def take(self, name: str) -> str:
        fold = self._fold
        if (
            fold(name) in self._reserved
            and not name.endswith("_")
            and fold(name + "_") not in self._used
        ):
            name += "_"
        elif fold(name) in self._used:
            base = name.rstrip("_") or name
            n = 2
            while fold(f"{base}_{n}") in self._used:
                n += 1
            name = f"{base}_{n}"
        self._used.add(fold(name))
        return name

    def reserve(self, name: str) -> None:
        """Never hand out `name` (a later request for it gets a trailing underscore)."""
        self._reserved.add(self._fold(name))
        self._used.add(self._fold(name))


# Names the generated runtime uses, which spec-derived names must not shadow.
# Names a class body or module uses in annotations and decorators: a method, attribute or
# field of that name would shadow them for the rest of the class.
_SHADOWABLE = (
    "str", "int", "float", "bool", "bytes", "list", "dict", "datetime", "cached_property",
    "httpx", "dataclass",
)  # fmt: skip
CALL_OPTIONS = (
    "timeout",
    "max_retries",
    "extra_headers",
    "extra_query",
    "self",
    "body",  # a non-object request body is passed as body=
    "wait_timeout",  # arguments of the <op>_and_wait twins
    "poll_interval",
)
MODEL_RESERVED = (
    "additional_properties",
    "from_dict",
    "to_dict",
    "self",
    "cls",
    # names the field annotations use: a field called `str` would shadow the type `str`
    "datetime",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "list",
    "dict",
)
CLIENT_RESERVED = (
    *_SHADOWABLE,
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "http_client",
    "allow_insecure",
    "strict_response_validation",
    "close",
    "aclose",
    "with_options",
    "copy",
    "request",
    "self",
    "rate_limit",
    "login",
    "is_closed",
    "auth_headers",
)
RESOURCE_RESERVED = ("with_raw_response", "self", *_SHADOWABLE)
# Module names a package folder must not hand out: importing a submodule binds its name in
# the folder's __init__ (`models/getattr.py` would replace the builtin `getattr` that the
# lazy `models/__init__.py` calls), so no builtin, and none of the names __init__ imports.
MODULE_RESERVED = (
    "__init__",
    *(n for n in dir(builtins) if not n.startswith("_")),
    "importlib",
    "annotations",
    "TYPE_CHECKING",
    "Any",
)
PACKAGE_RESERVED = (
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "NotGiven",
    "NOT_GIVEN",
    "APIResponse",
    "models",
    "resources",
    "testing",
    # typing names the generated modules import
    "Any",
    "IO",
    "Literal",
    "Mapping",
    "ClassVar",
    "Self",
)
