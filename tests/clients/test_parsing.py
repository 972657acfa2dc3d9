"""Responses parse into the declared models, leniently.

* Every operation of the three specs whose 200 response has a documented example is called
  against a mock serving that example; the result must be the declared model (or list of
  models) and `to_dict()` must give the example back.
* Lenient loading: unknown fields are kept, unknown enum values stay strings, values of an
  unexpected type are kept as received, date-times that do not parse stay strings.
"""

from __future__ import annotations

import dataclasses
import datetime
import inspect
import json
import re
import typing
from dataclasses import dataclass
from typing import Any

import bigtime
import httpx
import pytest
import time4vps
from bigtime.models import ClientBasic
from time4vps import _models as runtime_models
from time4vps import _types as runtime_types
from time4vps.models import (
    ClientDetailsResponse,
    ContactPrivileges,
    OrderItem,
    OrderItemType,
)

from .conftest import (
    API_TOKEN,
    PACKAGE_MODULES,
    PACKAGES,
    REALM,
    MockAPI,
    Mode,
    bigtime_client,
    load_spec,
    reply,
    resolve,
    snake,
    sync_and_async,
    tim4biz_client,
    time4vps_client,
)

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class ExampleCase:
    package: str
    operation_id: str
    http_method: str
    path: str
    tag: str
    example: Any
    model: str  # name of the model class of the result (or of its items)
    is_list: bool

    @property
    def id(self) -> str:
        return f"{self.package}.{self.operation_id}"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _result_model(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, bool]:
    schemas = spec["components"]["schemas"]
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        target = schemas[name]
        if target.get("type") == "array" and "$ref" in target.get("items", {}):
            return _ref_name(target["items"]["$ref"]), True
        return name, False
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return _ref_name(schema["items"]["$ref"]), True
    raise AssertionError(f"no model for schema {schema}")


def example_cases() -> list[ExampleCase]:
    cases = []
    for package in PACKAGES:
        spec = load_spec(package)
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if method not in HTTP_METHODS:
                    continue
                media = (
                    operation["responses"]
                    .get("200", {})
                    .get("content", {})
                    .get("application/json", {})
                )
                if "example" not in media:
                    continue
                model, is_list = _result_model(spec, media["schema"])
                cases.append(
                    ExampleCase(
                        package=package,
                        operation_id=operation["operationId"],
                        http_method=method.upper(),
                        path=path,
                        tag=operation["tags"][0],
                        example=media["example"],
                        model=model,
                        is_list=is_list,
                    )
                )
    return cases


CASES = example_cases()


def simple_value(annotation: str) -> Any:
    """A simple value for a required argument, by its (string) annotation."""
    for prefix, value in (("int", 1), ("float", 1.5), ("bool", True), ("str", "x")):
        if annotation.startswith(prefix):
            return value
    if annotation.startswith("list["):
        return []
    if "| str" in annotation:  # an enum, which also takes plain strings
        return "x"
    raise AssertionError(f"no simple value for {annotation}")


def required_args(method: Any) -> dict[str, Any]:
    """A value for each required argument (of the body's fields form, where the body can
    also be given whole: the last overload)."""
    stubs = typing.get_overloads(method.__func__)
    form = inspect.signature(stubs[-1] if stubs else method)
    return {
        name: simple_value(str(p.annotation))
        for name, p in form.parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
        and p.default is inspect.Parameter.empty
    }


def make_client(package: str, mode: Mode, api: MockAPI) -> Any:
    if package == "time4vps":
        return time4vps_client(mode, api)
    if package == "tim4biz":
        return tim4biz_client(mode, api)
    return bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)


def test_examples_were_found() -> None:
    packages = {case.package for case in CASES}
    assert {"time4vps", "bigtime"} <= packages
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
@sync_and_async
async def test_documented_example_parses(mode: Mode, case: ExampleCase) -> None:
    api = MockAPI(reply(200, case.example))
    client = make_client(case.package, mode, api)
    method = getattr(getattr(client, snake(case.tag)), snake(case.operation_id))

    result = await resolve(method(**required_args(method)))

    request = api.one
    assert request.method == case.http_method
    path_pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(case.path))
    assert re.fullmatch(rf".*{path_pattern}", request.url.path), request.url.path

    cls = getattr(PACKAGE_MODULES[case.package].models, case.model)
    if case.is_list:
        assert isinstance(result, list)
        assert len(result) == len(case.example)
        assert all(isinstance(item, cls) for item in result)
        dumped = [item.to_dict() for item in result]
    else:
        assert isinstance(result, cls)
        dumped = result.to_dict()
        assert dataclasses.is_dataclass(result)
    assert dumped == case.example
    assert json.loads(json.dumps(dumped)) == case.example


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_example_from_dict_round_trips(case: ExampleCase) -> None:
    cls = getattr(PACKAGE_MODULES[case.package].models, case.model)
    items = case.example if case.is_list else [case.example]
    for item in items:
        model = cls.from_dict(item)
        assert model.to_dict() == item
        assert cls.from_dict(model.to_dict()) == model


# -- empty results -------------------------------------------------------------------------
@pytest.mark.parametrize("status", [200, 204])
@sync_and_async
async def test_empty_response_is_none(mode: Mode, status: int) -> None:
    api = MockAPI(reply(status))
    client = time4vps_client(mode, api)

    assert await resolve(client.server_management.reboot_server(server_id=1)) is None


# -- lenient models ------------------------------------------------------------------------
DETAILS = {"client": {"id": "26", "email": "api@example.com", "firstname": "Joe"}}


@sync_and_async
async def test_unknown_fields_are_kept(mode: Mode) -> None:
    data = {
        "client": {**DETAILS["client"], "vip": True, "tags": ["a"]},
        "meta": {"page": 1},
    }
    api = MockAPI(reply(200, data))
    client = time4vps_client(mode, api)

    result = await resolve(client.clientarea.get_details())

    assert isinstance(result, ClientDetailsResponse)
    assert result.additional_properties == {"meta": {"page": 1}}
    assert result.client.email == "api@example.com"
    assert result.client.additional_properties == {"vip": True, "tags": ["a"]}
    assert result.to_dict() == data


@sync_and_async
async def test_unknown_fields_kept_in_list_items(mode: Mode) -> None:
    data = [{"SystemId": 1, "Nm": "A", "Brand": "new"}, {"SystemId": 2}]
    api = MockAPI(reply(200, data))
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    result = await resolve(client.client.list_clients())

    assert [type(item) for item in result] == [ClientBasic, ClientBasic]
    assert result[0].nm == "A"
    assert result[0].additional_properties == {"Brand": "new"}
    assert result[1].nm is bigtime.NOT_GIVEN
    assert [item.to_dict() for item in result] == data


def test_unknown_enum_value_is_a_plain_string() -> None:
    known = OrderItem.from_dict({"type": "product", "cycle": "m"})
    unknown = OrderItem.from_dict({"type": "domain", "cycle": "w"})

    assert known.type is OrderItemType.PRODUCT
    assert unknown.type == "domain"
    assert type(unknown.type) is str
    assert type(unknown.cycle) is str
    assert unknown.to_dict() == {"type": "domain", "cycle": "w"}


@sync_and_async
async def test_unknown_enum_value_can_be_sent(mode: Mode) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    await resolve(client.client.get_client(systemid=1, view="Compact"))

    assert api.one.url.params["View"] == "Compact"


@sync_and_async
async def test_value_of_unexpected_type_is_kept(mode: Mode) -> None:
    data = {"SystemId": "12345", "Nm": 42, "City": None, "Zip": ["60601"]}
    api = MockAPI(reply(200, data))
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    result = await resolve(client.client.get_client(systemid=12345))

    assert isinstance(result, ClientBasic)
    # declared int / str, received otherwise: kept as received
    loaded: dict[str, Any] = {
        "system_id": result.system_id,
        "nm": result.nm,
        "city": result.city,
        "zip": result.zip,
    }
    assert loaded == {"system_id": "12345", "nm": 42, "city": None, "zip": ["60601"]}
    assert result.to_dict() == data


def test_unexpected_types_for_nested_models_and_lists_are_kept() -> None:
    details = ClientDetailsResponse.from_dict({"client": "suspended"})
    privileges = ContactPrivileges.from_dict({"billing": "all", "services": [1, 2]})

    loaded: list[Any] = [details.client, privileges.billing, privileges.services]
    assert loaded == ["suspended", "all", [1, 2]]
    assert privileges.to_dict() == {"billing": "all", "services": [1, 2]}


@dataclass(kw_only=True)
class Event(runtime_models.BaseModel):
    """A model with date-time and date fields (none of the three specs declares one)."""

    at: datetime.datetime | str | runtime_types.NotGiven = runtime_models.opt(  # noqa: RUF009
        "at", runtime_models.DATETIME
    )
    on: datetime.date | str | runtime_types.NotGiven = runtime_models.opt(  # noqa: RUF009
        "on", runtime_models.DATE
    )


def test_date_time_strings_parse() -> None:
    event = Event.from_dict({"at": "2025-01-02T03:04:05+00:00", "on": "2025-01-02"})

    assert event.at == datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert event.on == datetime.date(2025, 1, 2)
    assert event.to_dict() == {"at": "2025-01-02T03:04:05+00:00", "on": "2025-01-02"}


@pytest.mark.parametrize(
    "value", ["yesterday", "2025-13-45T99:00:00", "", "0000-00-00"]
)
def test_bad_date_time_strings_stay_strings(value: str) -> None:
    event = Event.from_dict({"at": value, "on": value})

    assert event.at == value
    assert event.on == value
    assert event.to_dict() == {"at": value, "on": value}


def test_bad_date_time_in_a_response_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    api = MockAPI(reply(200, {"at": "not a date", "on": "2025-02-30"}))
    client = time4vps.Time4VPS(http_client=api.sync_client())
    op: Any = time4vps._base_client.Op(
        "test.event",
        "GET",
        "/event",
        results={"200": ("json", runtime_models.model(__name__, "Event"))},
    )

    result = client._call(op, {})

    assert isinstance(result, Event)
    assert (result.at, result.on) == ("not a date", "2025-02-30")


@sync_and_async
async def test_missing_required_field_is_a_validation_error(mode: Mode) -> None:
    api = MockAPI(reply(200, {"firm": "ABCD-1234"}))
    client = bigtime_client(mode, api)

    with pytest.raises(bigtime.APIResponseValidationError) as info:
        await resolve(client.session.create_session(user_id="u@example.com", pwd="pw"))

    assert "token" in str(info.value)
    assert info.value.body == {"firm": "ABCD-1234"}
    assert info.value.status_code == 200
    assert isinstance(info.value.response, httpx.Response)
