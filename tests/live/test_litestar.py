"""Every operation of the Litestar app, through the sync and the async generated client.

Litestar's own schema generator (not pydantic's): operationIds derived from paths, files as
`format: binary` with `contentMediaType`, 400 for invalid input, a relative server URL.
Each result is compared with the same request sent with plain httpx.
"""

from __future__ import annotations

import base64
import uuid

import pytest

from tests.live.conftest import LiveApp, Mode, resolve, sync_and_async, wire


@sync_and_async
async def test_notes_crud_201_204(litestar_app: LiveApp, mode: Mode) -> None:
    app = litestar_app
    client = app.client(mode)
    tag = f"t-{mode}-{uuid.uuid4().hex[:6]}"
    created = await resolve(client.notes.create_note(text="hello", tags=[tag]))
    assert isinstance(created, app.pkg.models.Note)
    assert wire(created) == app.direct("GET", f"/notes/{created.id}").json()

    got = await resolve(client.notes.note_id_get_note(note_id=created.id))
    assert wire(got) == wire(created)

    found = await resolve(client.notes.find_notes(tag=tag, limit=5))  # several tags
    assert (
        wire(found)
        == app.direct("GET", "/notes", params={"tag": tag, "limit": 5}).json()
    )
    assert [n.id for n in found] == [created.id]

    assert await resolve(client.notes.note_id_delete_note(note_id=created.id)) is None
    with pytest.raises(app.pkg.NotFoundError) as caught:
        await resolve(client.notes.note_id_get_note(note_id=created.id))
    direct = app.direct("GET", f"/notes/{created.id}")
    assert caught.value.status_code == direct.status_code == 404
    assert caught.value.body == direct.json()


@sync_and_async
async def test_invalid_input_is_400_with_the_servers_body(
    litestar_app: LiveApp, mode: Mode
) -> None:
    app = litestar_app
    with pytest.raises(app.pkg.BadRequestError) as caught:
        await resolve(app.client(mode).notes.find_notes(limit=0))  # below the minimum
    direct = app.direct("GET", "/notes", params={"limit": 0})
    assert caught.value.status_code == direct.status_code == 400
    assert caught.value.body == direct.json()


@sync_and_async
async def test_form_body_and_403(litestar_app: LiveApp, mode: Mode) -> None:
    app = litestar_app
    client = app.client(mode)
    note = app.direct("POST", "/notes", json={"text": "x"}).json()
    got = await resolve(
        client.notes.replace_text(
            note_id=note["id"], username="renamed", password="secret"
        )
    )
    assert wire(got) == app.direct("GET", f"/notes/{note['id']}").json()
    assert got.text == "renamed"
    with pytest.raises(app.pkg.PermissionDeniedError) as caught:
        await resolve(
            client.notes.replace_text(
                note_id=note["id"], username="u", password="wrong"
            )
        )
    direct = app.direct(
        "PUT", f"/notes/{note['id']}/text", data={"username": "u", "password": "wrong"}
    )
    assert caught.value.status_code == direct.status_code == 403
    assert caught.value.body == direct.json()


@sync_and_async
async def test_patch_with_null_and_unset(litestar_app: LiveApp, mode: Mode) -> None:
    app = litestar_app
    note = app.direct("POST", "/notes", json={"text": "x"}).json()
    got = await resolve(
        app.client(mode).notes.patch_note(note_id=note["id"], body={"text": None})
    )
    assert got == {"sent": ["text"], "nulls": ["text"]}
    assert (
        got == app.direct("PATCH", f"/notes/{note['id']}", json={"text": None}).json()
    )


@sync_and_async
async def test_uploads_in_litestars_spelling(litestar_app: LiveApp, mode: Mode) -> None:
    app = litestar_app
    files = app.client(mode).files
    one = await resolve(files.upload_document(title="T", document=("a.txt", b"abc")))
    expected = {"name": "a.txt", "size": 3, "sha": base64.b64encode(b"abc").decode()}
    assert one == {"title": "T", "files": [expected]}
    assert (
        one
        == app.direct(
            "POST",
            "/upload",
            data={"title": "T"},
            files={"document": ("a.txt", b"abc")},
        ).json()
    )
    many = await resolve(
        files.upload_documents(title="M", files=[b"1", ("two", b"22")])
    )
    assert [f["size"] for f in many["files"]] == [1, 2]
    assert (
        many
        == app.direct(
            "POST",
            "/upload/many",
            data={"title": "M"},
            files=[("files", b"1"), ("files", ("two", b"22"))],
        ).json()
    )


@sync_and_async
async def test_header_cookie_and_409(litestar_app: LiveApp, mode: Mode) -> None:
    app = litestar_app
    client = app.client(mode)
    got = await resolve(client.echo.headers(x_trace="t-1", flavour="mint"))
    direct = app.direct(
        "GET", "/echo", headers={"X-Trace": "t-1"}, cookies={"flavour": "mint"}
    )
    assert got == direct.json() == {"trace": "t-1", "flavour": "mint"}
    with pytest.raises(app.pkg.ConflictError) as caught:
        await resolve(client.errors.conflict())
    direct = app.direct("GET", "/conflict")
    assert caught.value.status_code == direct.status_code == 409
    assert caught.value.body == direct.json()
