"""Every operation of the FastAPI app, through the sync and the async generated client.

Each result is compared with the same request sent with plain httpx (writes: with the
server's state read back directly); the server's errors arrive as the package's typed
exceptions with status and body.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

import pytest

from tests.live.conftest import LiveApp, Mode, resolve, sync_and_async, wire


def _token(app: LiveApp, **form: str) -> str:
    """An access token from the app's tokenUrl, obtained with plain httpx (to give the
    client as a token of its own; test_the_client_obtains_oauth2_tokens lets it fetch)."""
    response = app.direct("POST", "/token", data=form)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _new_item(app: LiveApp, mode: Mode) -> dict[str, Any]:
    return {
        "name": f"box-{mode}-{uuid.uuid4().hex[:8]}",
        "price": 2.5,
        "dimensions": {"width": 1.0, "height": 2.0},
        "labels": [{"name": "fragile", "color": "blue"}],
    }


@sync_and_async
async def test_health_and_default_operation_ids(
    fastapi_app: LiveApp, mode: Mode
) -> None:
    client = fastapi_app.client(mode)
    got = await resolve(client.meta.health())
    assert wire(got) == fastapi_app.direct("GET", "/health").json() == {"ok": True}


@sync_and_async
async def test_items_crud_201_204_and_nested_models(
    fastapi_app: LiveApp, mode: Mode
) -> None:
    app, m = fastapi_app, fastapi_app.pkg.models
    client = app.client(mode)
    body = _new_item(app, mode)
    created = await resolve(
        client.items.create_item(
            name=body["name"],
            price=body["price"],
            dimensions=m.Dimensions(width=1.0, height=2.0),
            labels=[m.Label(name="fragile", color=m.Color.BLUE)],
        )
    )
    assert isinstance(created, m.Item)
    assert isinstance(created.dimensions, m.Dimensions)
    assert wire(created) == app.direct("GET", f"/items/{created.id}").json()
    assert wire(created) == {**body, "id": created.id}

    read = await resolve(client.items.read_item(item_id=created.id))
    assert wire(read) == app.direct("GET", f"/items/{created.id}").json()

    listed = await resolve(
        client.items.list_items(limit=5, color="blue", ids=[created.id])
    )
    direct = app.direct(
        "GET", "/items", params={"limit": 5, "color": "blue", "ids": [created.id]}
    )
    assert wire(listed) == direct.json() and len(listed) == 1

    assert await resolve(client.items.delete_item(item_id=created.id)) is None
    assert app.direct("GET", f"/items/{created.id}").status_code == 404
    with pytest.raises(app.pkg.NotFoundError) as caught:
        await resolve(client.items.read_item(item_id=created.id))
    assert caught.value.status_code == 404
    assert caught.value.body == {"detail": f"no item {created.id}"}


@sync_and_async
async def test_patch_tells_unset_from_null(fastapi_app: LiveApp, mode: Mode) -> None:
    app = fastapi_app
    client = app.client(mode)
    created = app.direct("POST", "/items", json=_new_item(app, mode)).json()
    got = await resolve(
        client.items.patch_item(item_id=created["id"], price=9.0, note=None)
    )
    assert (got.sent, got.nulls) == (
        ["note", "price"],
        ["note"],
    )  # name: unset, not null
    direct = app.direct(
        "PATCH", f"/items/{created['id']}", json={"price": 9.0, "note": None}
    )
    assert wire(got) == direct.json()


@sync_and_async
async def test_a_list_as_the_whole_body(fastapi_app: LiveApp, mode: Mode) -> None:
    app, m = fastapi_app, fastapi_app.pkg.models
    client = app.client(mode)
    items = [_new_item(app, mode), _new_item(app, mode)]
    got = await resolve(
        client.items.replace_items(body=[m.ItemIn.from_dict(i) for i in items])
    )
    assert [i.name for i in got] == [i["name"] for i in items]
    assert wire(got) == app.direct("GET", "/items", params={"limit": 100}).json()


@sync_and_async
async def test_path_query_header_and_cookie_parameters(
    fastapi_app: LiveApp, mode: Mode
) -> None:
    app = fastapi_app
    client = app.client(mode)
    got = await resolve(
        client.echo.echo(
            color=app.pkg.models.Color.GREEN,
            x_request_id="r-1",
            session="s-1",
            limit=5,
            tags=["a", "b"],
        )
    )
    direct = app.direct(
        "GET", "/echo/green", params={"limit": 5, "tags": ["a", "b"]},
        headers={"x-request-id": "r-1"}, cookies={"session": "s-1"},
    )  # fmt: skip
    assert wire(got) == direct.json() == {
        "color": "green", "limit": 5, "tags": ["a", "b"], "request_id": "r-1", "session": "s-1",
    }  # fmt: skip
    with pytest.raises(app.pkg.UnprocessableEntityError) as caught:  # limit > 5
        await resolve(
            client.echo.echo(color="red", x_request_id="r", session="s", limit=6)
        )
    assert caught.value.status_code == 422
    assert caught.value.body["detail"][0]["loc"] == ["query", "limit"]


@sync_and_async
async def test_object_query_parameters(fastapi_app: LiveApp, mode: Mode) -> None:
    app, m = fastapi_app, fastapi_app.pkg.models
    client = app.client(mode)
    got = await resolve(
        client.search.search(
            filter=m.SearchFilter(status="open", min_price=3),
            page=m.SearchPage(size=10, number=2),
        )
    )
    direct = app.direct(
        "GET",
        "/search",
        params={"status": "open", "min_price": 3, "page[size]": 10, "page[number]": 2},
    )
    assert wire(got) == direct.json() == {
        "filter": {"status": "open", "min_price": "3"}, "page": {"size": "10", "number": "2"},
    }  # fmt: skip


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500])
@sync_and_async
async def test_errors_arrive_as_typed_exceptions(
    fastapi_app: LiveApp, mode: Mode, status: int
) -> None:
    app = fastapi_app
    errors = {
        400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError",
        404: "NotFoundError", 409: "ConflictError", 500: "InternalServerError",
    }  # fmt: skip
    client = app.client(mode)
    with pytest.raises(getattr(app.pkg, errors[status])) as caught:
        await resolve(client.errors.fail_with(status=status))
    direct = app.direct("GET", f"/errors/{status}")
    assert caught.value.status_code == direct.status_code == status
    expected = direct.json() if status != 500 else direct.text
    assert caught.value.body == expected


@sync_and_async
async def test_validation_error_is_422_with_the_servers_body(
    fastapi_app: LiveApp, mode: Mode
) -> None:
    app, m = fastapi_app, fastapi_app.pkg.models
    client = app.client(mode)
    with pytest.raises(app.pkg.UnprocessableEntityError) as caught:
        await resolve(
            client.items.create_item(
                name="", price=-1.0, dimensions=m.Dimensions(width=1, height=1)
            )
        )
    direct = app.direct(
        "POST",
        "/items",
        json={"name": "", "price": -1.0, "dimensions": {"width": 1, "height": 1}},
    )
    assert caught.value.status_code == 422 == direct.status_code
    assert caught.value.body == direct.json()
    assert {tuple(e["loc"]) for e in caught.value.body["detail"]} == {
        ("body", "name"),
        ("body", "price"),
    }


def _received(
    data: bytes,
    name: str | None = "upload",
    ctype: str | None = "application/octet-stream",
) -> dict[str, Any]:
    return {
        "name": name,
        "size": len(data),
        "content_type": ctype,
        "sha": base64.b64encode(data).decode(),
    }


@sync_and_async
async def test_file_uploads(fastapi_app: LiveApp, mode: Mode) -> None:
    app = fastapi_app
    files = app.client(mode).files

    one = await resolve(files.upload_one(file=b"abc"))
    assert wire(one) == _received(b"abc")  # 3 bytes, not the text "b'abc'"
    assert (
        wire(one) == app.direct("POST", "/files/upload", files={"file": b"abc"}).json()
    )

    raw = await resolve(files.upload_bytes(data=b"\x00\xffz"))
    assert wire(raw) == _received(b"\x00\xffz", None, None)
    assert (
        wire(raw)
        == app.direct("POST", "/files/bytes", files={"data": b"\x00\xffz"}).json()
    )

    many = await resolve(
        files.upload_many(files=[b"a", ("b.txt", b"bb", "text/plain")])
    )
    assert wire(many)["files"] == [
        _received(b"a"),
        _received(b"bb", "b.txt", "text/plain"),
    ]
    direct = app.direct(
        "POST",
        "/files/many",
        files=[("files", b"a"), ("files", ("b.txt", b"bb", "text/plain"))],
    )
    assert wire(many) == direct.json()

    mixed = await resolve(
        files.upload_with_fields(title="T", attachments=[b"x"], count=2)
    )
    assert (mixed.title, mixed.count, len(mixed.files)) == ("T", 2, 1)
    direct = app.direct(
        "POST",
        "/files/with-fields",
        data={"title": "T", "count": "2"},
        files={"attachments": b"x"},
    )
    assert wire(mixed) == direct.json()

    encoded = await resolve(
        files.upload_encoded(blob=b"\x89PNG")
    )  # contentEncoding: base64
    assert wire(encoded) == _received(b"\x89PNG", None, None)


@sync_and_async
async def test_binary_download(fastapi_app: LiveApp, mode: Mode) -> None:
    app = fastapi_app
    got = await resolve(app.client(mode).files.download(size=300))
    assert isinstance(got, bytes) and len(got) == 300
    assert got == app.direct("GET", "/files/download", params={"size": 300}).content


@sync_and_async
async def test_every_security_scheme(fastapi_app: LiveApp, mode: Mode) -> None:
    app = fastapi_app
    # the token endpoint itself: form-urlencoded through the client, compared with httpx
    issued = await resolve(
        app.client(mode).auth.issue_token(
            grant_type="password", username="alice", password="wonderland"
        )
    )
    assert (
        wire(issued)
        == app.direct(
            "POST",
            "/token",
            data={
                "grant_type": "password",
                "username": "alice",
                "password": "wonderland",
            },
        ).json()
    )
    with pytest.raises(app.pkg.BadRequestError) as caught:
        await resolve(
            app.client(mode).auth.issue_token(
                grant_type="password", username="alice", password="no"
            )
        )
    assert caught.value.body == {"detail": "invalid_grant"}

    user_token = _token(
        app, grant_type="password", username="alice", password="wonderland"
    )
    service_token = _token(
        app,
        grant_type="client_credentials",
        client_id="service",
        client_secret="s3cret",
    )
    key = "live-api-key"
    cases = [
        ("me_password", "OAuth2PasswordBearer", (user_token,), "/me/password",
         {"headers": {"Authorization": f"Bearer {user_token}"}}),
        ("me_client", "ClientCredentials", (service_token,), "/me/client",
         {"headers": {"Authorization": f"Bearer {service_token}"}}),
        ("me_bearer", "HTTPBearer", (user_token,), "/me/bearer",
         {"headers": {"Authorization": f"Bearer {user_token}"}}),
        ("me_basic", "HTTPBasic", ("alice", "wonderland"), "/me/basic",
         {"auth": ("alice", "wonderland")}),
        ("me_key_header", "APIKeyHeader", (key,), "/me/key-header",
         {"headers": {"X-API-Key": key}}),
        ("me_key_query", "APIKeyQuery", (key,), "/me/key-query",
         {"params": {"api_key": key}}),
        ("me_key_cookie", "APIKeyCookie", (key,), "/me/key-cookie",
         {"cookies": {"api_session": key}}),
    ]  # fmt: skip
    for method, scheme, values, path, direct in cases:
        client = app.client(mode, **app.credential(scheme, *values))
        got = await resolve(getattr(client.auth, method)())
        assert wire(got) == app.direct("GET", path, **direct).json(), method
        # without them the client says so, before sending (issue 22, point 7)
        with pytest.raises(app.pkg.MissingCredentialsError) as missing:
            await resolve(getattr(app.client(mode).auth, method)())
        assert f"GET {path} (auth.{method})" in str(missing.value)
        assert "nothing was sent" in str(missing.value)
        if scheme != "HTTPBasic":  # a wrong one is sent, and the server refuses it
            wrong_values = ("wrong",) * len(values)
            refused = app.client(mode, **app.credential(scheme, *wrong_values))
            with pytest.raises(app.pkg.AuthenticationError) as denied:
                await resolve(getattr(refused.auth, method)())
            assert denied.value.status_code == 401
            assert denied.value.body == {"detail": "not authenticated"}
    wrong = app.client(mode, **app.credential("HTTPBasic", "alice", "nope"))
    with pytest.raises(app.pkg.PermissionDeniedError) as forbidden:
        await resolve(wrong.auth.me_basic())
    assert (forbidden.value.status_code, forbidden.value.body) == (
        403,
        {"detail": "wrong password"},
    )


@sync_and_async
async def test_the_client_obtains_oauth2_tokens(
    fastapi_app: LiveApp, mode: Mode
) -> None:
    """The password flow (`fetch_token`) and the client-credentials flow (`client_id`,
    `client_secret`: fetched on the first call) against FastAPI's own token endpoint."""
    app = fastapi_app
    user = app.client(mode)
    await resolve(user.fetch_token(username="alice", password="wonderland"))
    token = _token(app, grant_type="password", username="alice", password="wonderland")
    expected = app.direct(
        "GET", "/me/password", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert wire(await resolve(user.auth.me_password())) == expected
    with pytest.raises(app.pkg.BadRequestError) as refused:
        await resolve(app.client(mode).fetch_token(username="alice", password="no"))
    assert refused.value.status_code == 400

    service = app.client(mode, client_id="service", client_secret="s3cret")
    token = _token(
        app,
        grant_type="client_credentials",
        client_id="service",
        client_secret="s3cret",
    )
    expected = app.direct(
        "GET", "/me/client", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert wire(await resolve(service.auth.me_client())) == expected
