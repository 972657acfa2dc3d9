"""The exact HTTP requests the Time4VPS client sends (sync and async).

Each test checks method, full URL path (with the `/api` prefix of the default server),
encoded query string, JSON body, auth and content headers of one operation call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from time4vps import NOT_GIVEN
from time4vps.models import (
    BillingCycle,
    ContactPrivileges,
    ContactPrivilegesServices,
    GetVpnConfigTemplate,
    OrderItem,
    OrderItemType,
    ServerWebConsoleRequestTimeout,
    ServerWebConsoleRequestWhitelabel,
)

from .conftest import (
    BASIC,
    TIME4VPS_BASE,
    MockAPI,
    Mode,
    body_json,
    query,
    resolve,
    sync_and_async,
    time4vps_client,
)


def url(path: str) -> str:
    return TIME4VPS_BASE + path


def assert_authenticated(request: httpx.Request) -> None:
    assert request.headers["Authorization"] == BASIC
    assert request.headers["Accept"] == "application/json"


def assert_no_body(request: httpx.Request) -> None:
    assert request.content == b""
    assert "Content-Type" not in request.headers


def assert_json_body(request: httpx.Request, expected: object) -> None:
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == expected


@sync_and_async
async def test_get_details(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_details())

    request = api.one
    assert request.method == "GET"
    assert str(request.url) == url("/details")
    assert query(request) == ""
    assert_authenticated(request)
    assert_no_body(request)


@sync_and_async
async def test_update_details_sends_only_given_fields(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.clientarea.update_details(
            firstname="Joe",
            city="Santa Rosa",
            emarketing=["newsletter"],
            lastname=NOT_GIVEN,
        )
    )

    request = api.one
    assert request.method == "PUT"
    assert request.url.path == "/api/details"
    assert_authenticated(request)
    assert_json_body(
        request,
        {"firstname": "Joe", "city": "Santa Rosa", "emarketing": ["newsletter"]},
    )


@sync_and_async
async def test_optional_body_field_none_is_sent_as_null(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)
    # None is a value ("clear it"), unlike NOT_GIVEN ("leave it out").
    fields: dict[str, Any] = {"companyname": None, "state": "California"}

    await resolve(client.clientarea.update_details(**fields))

    assert_json_body(api.one, {"companyname": None, "state": "California"})


@sync_and_async
async def test_sign_up_is_unauthenticated_and_renames_fields(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.clientarea.sign_up(
            email="new@example.com",
            password="n3w-pass",
            country="LT",
            firstname="Ona",
            field_2faenable=["on"],
        )
    )

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == url("/signup")
    assert "Authorization" not in request.headers
    assert_json_body(
        request,
        {
            "email": "new@example.com",
            "password": "n3w-pass",
            "country": "LT",
            "firstname": "Ona",
            "2faenable": ["on"],
        },
    )


@sync_and_async
async def test_request_password_reset_is_unauthenticated(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.request_password_reset(email="me@example.com"))

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == url("/passwordreset")
    assert "Authorization" not in request.headers
    assert_json_body(request, {"email": "me@example.com"})


@sync_and_async
async def test_list_notifications_query_filters(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.clientarea.list_notifications(rel_type="Hosting service", rel_id="12/3")
    )

    request = api.one
    assert request.method == "GET"
    assert request.url.path == "/api/notifications"
    assert query(request) == "rel_type=Hosting+service&rel_id=12%2F3"
    assert request.url.params.multi_items() == [
        ("rel_type", "Hosting service"),
        ("rel_id", "12/3"),
    ]
    assert_authenticated(request)
    assert_no_body(request)


@sync_and_async
async def test_list_new_notifications_omits_filters_not_given(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.list_new_notifications(rel_id="7"))

    request = api.one
    assert str(request.url) == url("/notifications/new?rel_id=7")


@sync_and_async
async def test_get_contact_path_param(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_contact(id=49))

    request = api.one
    assert request.method == "GET"
    assert str(request.url) == url("/contact/49")
    assert_authenticated(request)


@sync_and_async
async def test_edit_contact_nested_model_body(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.clientarea.edit_contact(
            id=49,
            privileges=ContactPrivileges(
                billing=["emails", "payinvoice"],
                services=ContactPrivilegesServices(full=1),
            ),
            email="contact@example.com",
        )
    )

    request = api.one
    assert request.method == "PUT"
    assert str(request.url) == url("/contact/49")
    assert_json_body(
        request,
        {
            "privileges": {
                "billing": ["emails", "payinvoice"],
                "services": {"full": 1},
            },
            "email": "contact@example.com",
        },
    )


@sync_and_async
async def test_get_invoice(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.billing.get_invoice(id=308976))

    request = api.one
    assert (request.method, str(request.url)) == ("GET", url("/invoice/308976"))
    assert_authenticated(request)


@sync_and_async
async def test_cancel_service_boolean_body(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.services.cancel_service(id=5, immediate=False, reason="Too slow")
    )

    request = api.one
    assert (request.method, str(request.url)) == ("POST", url("/service/5/cancel"))
    assert request.content == b'{"immediate": false, "reason": "Too slow"}'
    assert_json_body(request, {"immediate": False, "reason": "Too slow"})


@sync_and_async
async def test_get_service_id_by_order_number(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.services.get_service_id_by_order_number(order_num=987654))

    assert str(api.one.url) == url("/service/order/987654")


@sync_and_async
async def test_order_multiple_services_list_of_models(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.cart.order_multiple_services(
            pay_method=10,
            items=[
                OrderItem(
                    type=OrderItemType.PRODUCT, product_id=5, cycle=BillingCycle.M
                ),
                OrderItem(type="certificate", product_id=9, years=1),
            ],
        )
    )

    request = api.one
    assert (request.method, str(request.url)) == ("POST", url("/order"))
    assert_json_body(
        request,
        {
            "pay_method": 10,
            "items": [
                {"type": "product", "product_id": 5, "cycle": "m"},
                {"type": "certificate", "product_id": 9, "years": 1},
            ],
        },
    )


@sync_and_async
async def test_add_dns_record(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.dns.add_dns_record(
            service_id=100,
            zone_id=200,
            name="www",
            ttl=3600,
            type="A",
            content="192.168.1.2",
        )
    )

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == url("/service/100/dns/200/records")
    assert_authenticated(request)
    assert_json_body(
        request, {"name": "www", "ttl": 3600, "type": "A", "content": "192.168.1.2"}
    )


@sync_and_async
async def test_edit_dns_record_three_path_params(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.dns.edit_dns_record(
            service_id=100, zone_id=200, record_id=300, ttl=60, priority=10
        )
    )

    request = api.one
    assert request.method == "PUT"
    assert str(request.url) == url("/service/100/dns/200/records/300")
    assert_json_body(request, {"ttl": 60, "priority": 10})


@sync_and_async
async def test_remove_dns_zone_delete(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.dns.remove_dns_zone(service_id=100, zone_id=200))

    request = api.one
    assert (request.method, str(request.url)) == ("DELETE", url("/service/100/dns/200"))
    assert_authenticated(request)
    assert_no_body(request)


@sync_and_async
async def test_get_task(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.server_management.get_task(server_id=1001, task_id=77))

    assert str(api.one.url) == url("/server/1001/task/77")


@sync_and_async
async def test_reboot_server_post_without_body(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1001))

    request = api.one
    assert (request.method, str(request.url)) == ("POST", url("/server/1001/reboot"))
    assert_authenticated(request)
    assert_no_body(request)


@sync_and_async
async def test_reinstall_server_omits_optional_fields(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.server_management.reinstall_server(server_id=1001, os="debian-12")
    )

    request = api.one
    assert str(request.url) == url("/server/1001/reinstall")
    assert_json_body(request, {"os": "debian-12"})


@sync_and_async
async def test_launch_web_console_timeout_field_and_enums(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    # The body field `timeout` is `timeout_` in Python: `timeout=` is the per-call timeout.
    await resolve(
        client.server_management.launch_web_console(
            server_id=1001,
            timeout_=ServerWebConsoleRequestTimeout.VALUE_3H,
            whitelabel=ServerWebConsoleRequestWhitelabel.TRUE,
        )
    )

    request = api.one
    assert str(request.url) == url("/server/1001/webconsole")
    assert_json_body(request, {"timeout": "3h", "whitelabel": "true"})


@sync_and_async
async def test_change_dns_servers(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.server_management.change_dns_servers(
            server_id=1001, ns1="1.1.1.1", ns2="8.8.8.8"
        )
    )

    request = api.one
    assert (request.method, str(request.url)) == ("POST", url("/server/1001/changedns"))
    assert_json_body(request, {"ns1": "1.1.1.1", "ns2": "8.8.8.8"})


@sync_and_async
async def test_get_usage_graphs(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.server_management.get_usage_graphs(server_id=1001, width=768))

    assert str(api.one.url) == url("/server/1001/graphs/768")


@sync_and_async
async def test_get_vpn_config_enum_path_param(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.vpn_management.get_vpn_config(
            id=3, template=GetVpnConfigTemplate.OVPN_443
        )
    )

    assert str(api.one.url) == url("/vpn/servers/3/config/ovpn_443")


@sync_and_async
async def test_path_params_are_percent_encoded(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(client.vpn_management.get_vpn_config(id=3, template="a/b c?d"))

    request = api.one
    assert request.url.raw_path == b"/api/vpn/servers/3/config/a%2Fb%20c%3Fd"
    assert query(request) == ""


@sync_and_async
async def test_extra_headers_and_extra_query(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(
        client.server_management.list_servers(
            extra_headers={"X-Trace": "abc"}, extra_query={"page": 2, "all": True}
        )
    )

    request = api.one
    assert str(request.url) == url("/server?page=2&all=true")
    assert request.headers["X-Trace"] == "abc"
    assert_authenticated(request)


@pytest.mark.parametrize(
    ("call", "method", "path"),
    [
        (lambda c: c.billing.get_balance(), "GET", "/balance"),
        (lambda c: c.billing.list_payment_method_fees(), "GET", "/payment/fees"),
        (
            lambda c: c.cart.list_available_vps_products(),
            "GET",
            "/category/available/vps",
        ),
        (
            lambda c: c.cart.list_category_products(category_id=6),
            "GET",
            "/category/6/product",
        ),
        (lambda c: c.cart.order_addon(id=7, addon_id=3), "POST", "/service/7/addon"),
        (
            lambda c: c.ssl_certificates.download_certificate(id=8),
            "GET",
            "/certificate/8/crt",
        ),
        (lambda c: c.init_script_management.get_init_script(id=9), "GET", "/scripts/9"),
        (
            lambda c: c.vpn_management.reset_vpn_password(id=4),
            "POST",
            "/vpn/4/resetpassword",
        ),
        (
            lambda c: c.clientarea.acknowledge_notification(id=5),
            "PUT",
            "/notifications/5/ack",
        ),
    ],
    ids=[
        "get_balance",
        "list_payment_method_fees",
        "list_available_vps_products",
        "list_category_products",
        "order_addon",
        "download_certificate",
        "get_init_script",
        "reset_vpn_password",
        "acknowledge_notification",
    ],
)
@sync_and_async
async def test_method_and_path(
    mode: Mode, call: Callable[[Any], Any], method: str, path: str
) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api)

    await resolve(call(client))

    request = api.one
    assert (request.method, str(request.url)) == (method, url(path))
    assert_authenticated(request)
