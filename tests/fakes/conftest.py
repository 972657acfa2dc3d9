"""Shared helpers for the tests of the fake APIs shipped with every generated client.

`PKG.testing.FakeX` is an in-process fake of the API: an httpx transport that routes by the
spec's paths, checks requests against the spec and answers with the spec's examples. These
tests drive it the way a user would, through the generated clients built with
`http_client=fake.http_client()` (sync) or `fake.async_http_client()` (async), and, for
requests the typed clients cannot send, through plain httpx on the same fake.

Expectations are read from the OpenAPI documents in specs/*.yaml, not from the
`_fake_spec.json` the fakes run on, so the fake is checked against the spec itself.

Sync and async run the same test body: tests are `async def`, parametrized with `mode`
("sync" or "async"), and await every client call through `resolve()`, which awaits only
what the async client returned. Nothing really sleeps: the clients' `_sleep` is replaced
by the autouse `sleeps` fixture, which records the delays asked for.
"""

from __future__ import annotations

import base64
import functools
import importlib
import inspect
import os
import pkgutil
import re
import types
import typing
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx
import pytest
import yaml
from bigtime import AsyncBigTime, BigTime
from bigtime.testing import FakeBigTime
from tim4biz import AsyncTIM4biz, TIM4biz
from tim4biz.testing import FakeTIM4biz
from time4vps import AsyncTime4VPS, Time4VPS
from time4vps.testing import FakeTime4VPS

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

#: Decorator running a test once with the sync client and once with the async one.
sync_and_async = pytest.mark.parametrize("mode", MODES)

PACKAGES = ("time4vps", "tim4biz", "bigtime")
ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"

_T = TypeVar("_T")

# -- fakes and clients -----------------------------------------------------------------------
Fake = FakeTime4VPS | FakeTIM4biz | FakeBigTime

FAKES: dict[str, Callable[..., Fake]] = {
    "time4vps": FakeTime4VPS,
    "tim4biz": FakeTIM4biz,
    "bigtime": FakeBigTime,
}
SYNC_CLIENTS: dict[str, type[Any]] = {
    "time4vps": Time4VPS,
    "tim4biz": TIM4biz,
    "bigtime": BigTime,
}
ASYNC_CLIENTS: dict[str, type[Any]] = {
    "time4vps": AsyncTime4VPS,
    "tim4biz": AsyncTIM4biz,
    "bigtime": AsyncBigTime,
}
BASE_URLS = {
    "time4vps": "https://billing.time4vps.com/api",
    "tim4biz": "https://api.tim4biz.com",
    "bigtime": "https://iq.bigtime.net/BigtimeData/api/v2",
}

USERNAME = "api-user@example.com"
PASSWORD = "Pa55w0rd-very-s3cret"
API_TOKEN = "firm-api-key-0123456789abcdef"
REALM = "ABCD-1234"

#: Constructor credentials that satisfy each API's security requirements.
CREDENTIALS: dict[str, dict[str, str]] = {
    "time4vps": {"username": USERNAME, "password": PASSWORD},
    "tim4biz": {"username": USERNAME, "password": PASSWORD},
    "bigtime": {"api_token": API_TOKEN, "realm": REALM},
}


def make_fake(package: str, *, validate: bool = True) -> Fake:
    """A fresh fake of `package`'s API."""
    return FAKES[package](validate=validate)


def make_client(
    package: str,
    mode: Mode,
    fake: Fake,
    *,
    credentials: Mapping[str, str] | None = None,
    **options: Any,
) -> Any:
    """A client of `package` served by `fake`: sync or async, with the default
    credentials unless `credentials` is given (`{}`: none at all)."""
    creds = dict(CREDENTIALS[package] if credentials is None else credentials)
    if mode == "sync":
        return SYNC_CLIENTS[package](http_client=fake.http_client(), **creds, **options)
    return ASYNC_CLIENTS[package](
        http_client=fake.async_http_client(), **creds, **options
    )


def auth_headers(package: str) -> dict[str, str]:
    """The headers carrying valid credentials, for requests sent with plain httpx."""
    if package == "bigtime":
        return {"X-Auth-ApiToken": API_TOKEN, "X-Auth-Realm": REALM}
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def raw_client(package: str, fake: Fake, *, authenticated: bool = True) -> httpx.Client:
    """A plain httpx client on `fake`, at the API's base URL (for requests the typed
    client cannot send)."""
    return fake.http_client(
        base_url=BASE_URLS[package],
        headers=auth_headers(package) if authenticated else {},
    )


def package_module(package: str) -> types.ModuleType:
    """The imported package (for its error classes)."""
    return importlib.import_module(package)


async def resolve(value: Awaitable[_T] | _T) -> _T:
    """Await the result of an async client call; pass a sync result through."""
    if inspect.isawaitable(value):
        return await value
    return value


# -- the specs -------------------------------------------------------------------------------
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec(package: str) -> dict[str, Any]:
    """The OpenAPI document of a package (specs/<package>.yaml), parsed once."""
    spec: dict[str, Any] = yaml.safe_load(
        (SPECS / f"{package}.yaml").read_text(encoding="utf-8")
    )
    return spec


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    """`node` with local `$ref`s followed."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local $refs are expected, got {ref}"
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        assert seen < 50, f"$ref loop at {ref}"
    return node


def media_example(
    spec: Mapping[str, Any], media: Mapping[str, Any]
) -> tuple[bool, Any]:
    """The documented example of a media type object: `example`, the first of
    `examples`, or the schema's `example`."""
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for example in examples.values():
            example = deref(spec, example)
            if isinstance(example, Mapping) and "value" in example:
                return True, example["value"]
    schema = deref(spec, media.get("schema"))
    if isinstance(schema, Mapping) and "example" in schema:
        return True, schema["example"]
    return False, None


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec, with the generated client's description of it."""

    package: str
    name: str  # "resource.method", as the fake and the client call it
    operation_id: str
    method: str  # upper case
    path: str
    node: Mapping[str, Any]  # the operation object
    params: Mapping[tuple[str, str], Mapping[str, Any]]  # (in, name) -> parameter
    security: tuple[Mapping[str, Any], ...]
    client_op: Any  # PKG._base_client.Op

    def __str__(self) -> str:
        return f"{self.package}:{self.name}"

    @property
    def resource(self) -> str:
        return self.name.split(".")[0]

    @property
    def method_name(self) -> str:
        return self.name.split(".")[1]

    @property
    def secured(self) -> bool:
        """Credentials are needed (no anonymous alternative)."""
        return bool(self.security) and all(self.security)

    def bound(self, client: Any) -> Any:
        """The client's method for this operation."""
        return getattr(getattr(client, self.resource), self.method_name)


@functools.cache
def client_ops(package: str) -> dict[tuple[str, str], Any]:
    """The generated client's operation descriptions, by (HTTP method, path)."""
    base = importlib.import_module(f"{package}._base_client")
    resources = importlib.import_module(f"{package}.resources")
    found: dict[tuple[str, str], Any] = {}
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{package}.resources.{info.name}")
        for value in vars(module).values():
            if isinstance(value, base.Op):
                found[(value.method, value.path)] = value
    return found


@functools.cache
def spec_operations(package: str) -> tuple[SpecOperation, ...]:
    """Every operation of `package`'s spec, in document order."""
    spec = load_spec(package)
    ops = client_ops(package)
    out: list[SpecOperation] = []
    for path, item in spec["paths"].items():
        shared = [deref(spec, p) for p in item.get("parameters", [])]
        for method, node in item.items():
            if method not in HTTP_METHODS:
                continue
            own = [deref(spec, p) for p in node.get("parameters", [])]
            params = {(p["in"], p["name"]): p for p in [*shared, *own]}
            client_op = ops.get((method.upper(), path))
            assert client_op is not None, f"no client operation for {method} {path}"
            out.append(
                SpecOperation(
                    package=package,
                    name=client_op.name,
                    operation_id=node["operationId"],
                    method=method.upper(),
                    path=path,
                    node=node,
                    params=params,
                    security=tuple(node.get("security", spec.get("security", []))),
                    client_op=client_op,
                )
            )
    return tuple(out)


def all_operations() -> list[SpecOperation]:
    """Every operation of the three specs."""
    return [op for package in PACKAGES for op in spec_operations(package)]


#: Operations the fake answers wrongly today, with the reason (their tests are xfail).
KNOWN_BUGS: dict[str, str] = {}


def operation_params(ops: Iterable[SpecOperation]) -> list[Any]:
    """`ops` as pytest params, the known-broken ones marked xfail."""
    return [
        pytest.param(
            op,
            id=str(op),
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[str(op)])]
            if str(op) in KNOWN_BUGS
            else [],
        )
        for op in ops
    ]


def find_operation(package: str, name: str) -> SpecOperation:
    """The operation `name` ("resource.method") of `package`."""
    for op in spec_operations(package):
        if op.name == name:
            return op
    raise KeyError(name)


# -- valid values ----------------------------------------------------------------------------
#: Valid values for strings whose schema has a pattern but no example.
PATTERN_SAMPLES = {
    r"^(?=.*[0-9])(?=.*[A-Z]).{12,}$": "Corr3ct-Horse-Battery",
    r"^[A-Za-z0-9]{16}$": "ABCDEFGH23456789",
}
FORMAT_SAMPLES = {
    "email": "user@example.com",
    "date": "2025-01-01",
    "date-time": "2025-01-01T00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
}


def sample(spec: Mapping[str, Any], schema: Any) -> Any:
    """A value valid for `schema`: its example, default or first enum value, else one
    built from its type and constraints."""
    schema = deref(spec, schema)
    if not isinstance(schema, Mapping):
        return "example"
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample(spec, schema[key][0])
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(sample(spec, part))
        return merged
    kind = schema.get("type")
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.0))
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(spec, schema.get("items"))]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {
            name: sample(spec, props.get(name)) for name in schema.get("required", [])
        }
    pattern = schema.get("pattern")
    if pattern is not None:
        assert pattern in PATTERN_SAMPLES, f"add a valid sample for pattern {pattern!r}"
        value = PATTERN_SAMPLES[pattern]
        assert re.search(pattern, value), (pattern, value)
        return value
    if schema.get("format") in FORMAT_SAMPLES:
        return FORMAT_SAMPLES[schema["format"]]
    return "example".ljust(int(schema.get("minLength", 0)), "x")


def example_arguments(op: SpecOperation) -> dict[str, Any]:
    """Keyword arguments for the client method of `op`: every required parameter and
    required body field, with the spec's example where there is one, else a valid value."""
    spec = load_spec(op.package)
    args: dict[str, Any] = {}
    for param in op.client_op.params:
        declared = op.params[(param.location, param.wire)]
        if not declared.get("required"):
            continue
        found, value = media_example(spec, declared)
        args[param.name] = value if found else sample(spec, declared.get("schema"))
    body = op.client_op.body
    if body is not None:
        request_body = deref(spec, op.node["requestBody"])
        media = request_body["content"][body.content_type]
        schema = deref(spec, media.get("schema")) or {}
        found, example = media_example(spec, media)
        example = example if found and isinstance(example, Mapping) else {}
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        for name, wire in body.fields:
            if wire in required:
                args[name] = (
                    example[wire] if wire in example else sample(spec, props.get(wire))
                )
    return args


def success_example(op: SpecOperation) -> tuple[bool, Any]:
    """The documented example of the operation's success (2XX) JSON response."""
    spec = load_spec(op.package)
    for status, response in op.node["responses"].items():
        if not str(status).startswith("2"):
            continue
        content = deref(spec, response).get("content") or {}
        for content_type, media in content.items():
            if "json" in content_type:
                return media_example(spec, media)
    return False, None


def inline(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with every local `$ref` replaced by its target (for non-recursive schemas)."""
    assert depth < 30, "recursive schema"
    node = deref(spec, node)
    if isinstance(node, Mapping):
        return {k: inline(spec, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(spec, v, depth + 1) for v in node]
    return node


def response_schema(op: SpecOperation, status: int) -> Any:
    """The JSON schema the spec declares for `op`'s `status` response (inlined), or None."""
    spec = load_spec(op.package)
    responses = op.node["responses"]
    response = responses.get(str(status), responses.get(status))
    if response is None:
        return None
    for content_type, media in (deref(spec, response).get("content") or {}).items():
        if "json" in content_type and "schema" in media:
            return inline(spec, media["schema"])
    return None


def invalid_status(op: SpecOperation) -> int:
    """The status the spec declares for a request that breaks it: 422 where the
    operation declares one, else 400."""
    return 422 if "422" in {str(s) for s in op.node["responses"]} else 400


# -- results ---------------------------------------------------------------------------------
class _LazyNames(dict[str, Any]):
    """Names looked up on a module on demand (the models package loads lazily)."""

    def __init__(self, module: types.ModuleType) -> None:
        super().__init__()
        self._module = module

    def __getitem__(self, name: str) -> Any:
        try:
            return getattr(self._module, name)
        except AttributeError:
            raise KeyError(name) from None


def declared_return(op: SpecOperation, client: Any) -> Any:
    """The return type the client method of `op` declares."""
    method = op.bound(client)
    module = importlib.import_module(type(method.__self__).__module__)
    models = importlib.import_module(f"{op.package}.models")
    annotation = method.__annotations__["return"]
    if isinstance(annotation, str):
        return eval(annotation, vars(module), _LazyNames(models))
    return annotation


def conforms(value: Any, declared: Any) -> bool:
    """`value` is of the `declared` type (models, lists, dicts, unions, Any)."""
    if declared is Any:
        return True
    if declared is None or declared is type(None):
        return value is None
    origin = typing.get_origin(declared)
    args = typing.get_args(declared)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            isinstance(k, str) and conforms(v, args[1]) for k, v in value.items()
        )
    if isinstance(declared, type):
        return isinstance(value, declared)
    raise AssertionError(f"unexpected declared type {declared!r}")


def wire(value: Any) -> Any:
    """A parsed result in wire form: models through `to_dict()`, containers item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [wire(v) for v in value]
    if isinstance(value, dict):
        return {k: wire(v) for k, v in value.items()}
    return value


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every delay the clients asked for, in order (nothing really sleeps)."""
    recorded: list[float] = []

    def fake_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    for cls in SYNC_CLIENTS.values():
        monkeypatch.setattr(cls, "_sleep", fake_sleep)
    for cls in ASYNC_CLIENTS.values():
        monkeypatch.setattr(cls, "_sleep", fake_async_sleep)
    return recorded


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No TIME4VPS_*, TIM4BIZ_* or BIGTIME_* variable (credentials, base URL, logging)
    leaks in from the environment."""
    prefixes = tuple(f"{p.upper()}_" for p in PACKAGES)
    for name in list(os.environ):
        if name.startswith(prefixes):
            monkeypatch.delenv(name)
    yield
