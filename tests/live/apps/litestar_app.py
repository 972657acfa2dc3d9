"""A Litestar app: the live suite's second framework.

Why Litestar: it publishes OpenAPI 3.1 from its own schema generator (msgspec/dataclass
based, independent of pydantic and of FastAPI's code), spells files and operationIds its own
way (`operationId`s like "ItemsItemId" derived from the path), and by default declares a
relative `servers` URL, all common in real projects. Here the app is served below /api/v1
(as behind a reverse proxy that strips the prefix) and says so with `servers: [{url: /api/v1}]`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Annotated, Any

from litestar import Litestar, Request, delete, get, patch, post, put
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import HTTPException, NotFoundException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Server
from litestar.params import Body, Parameter

PREFIX = "/api/v1"


@dataclass
class Note:
    id: int
    text: str
    tags: list[str] = field(default_factory=list)


@dataclass
class NoteIn:
    text: str
    tags: list[str] = field(default_factory=list)


@dataclass
class Upload:
    name: str | None
    size: int
    sha: str


@dataclass
class Form:
    title: str
    document: UploadFile


@dataclass
class MultiForm:
    files: list[UploadFile]
    title: str


@dataclass
class Login:
    username: str
    password: str


NOTES: dict[int, Note] = {}


@post("/notes", tags=["notes"])
async def create_note(data: NoteIn) -> Note:
    note = Note(id=len(NOTES) + 1, text=data.text, tags=data.tags)
    NOTES[note.id] = note
    return note


@get("/notes/{note_id:int}", tags=["notes"])
async def get_note(note_id: int) -> Note:
    if note_id not in NOTES:
        raise NotFoundException(detail=f"no note {note_id}")
    return NOTES[note_id]


@get("/notes", tags=["notes", "search"], operation_id="findNotes")
async def find_notes(
    tag: Annotated[str | None, Parameter(query="tag")] = None,
    limit: Annotated[int, Parameter(ge=1, le=50)] = 10,
) -> list[Note]:
    found = [n for n in NOTES.values() if tag is None or tag in n.tags]
    return found[:limit]


@delete("/notes/{note_id:int}", tags=["notes"])
async def delete_note(note_id: int) -> None:
    if note_id not in NOTES:
        raise NotFoundException(detail=f"no note {note_id}")
    del NOTES[note_id]


@put("/notes/{note_id:int}/text", tags=["notes"], operation_id="replaceText")
async def replace_text(
    note_id: int,
    data: Annotated[Login, Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Note:
    if note_id not in NOTES:
        raise NotFoundException(detail=f"no note {note_id}")
    if data.password != "secret":
        raise HTTPException(status_code=403, detail="wrong password")
    NOTES[note_id].text = data.username
    return NOTES[note_id]


@patch("/notes/{note_id:int}", tags=["notes"], operation_id="patchNote")
async def patch_note(note_id: int, data: dict[str, Any]) -> dict[str, Any]:
    if note_id not in NOTES:
        raise NotFoundException(detail=f"no note {note_id}")
    if "text" in data and data["text"] is not None:
        NOTES[note_id].text = str(data["text"])
    return {
        "sent": sorted(data),
        "nulls": sorted(k for k, v in data.items() if v is None),
    }


@post("/upload", tags=["files"], operation_id="uploadDocument")
async def upload(
    data: Annotated[Form, Body(media_type=RequestEncodingType.MULTI_PART)],
) -> dict[str, Any]:
    content = await data.document.read()
    return {
        "title": data.title,
        "files": [
            {
                "name": data.document.filename,
                "size": len(content),
                "sha": base64.b64encode(content).decode(),
            }
        ],
    }


@post("/upload/many", tags=["files"], operation_id="uploadDocuments")
async def upload_many(
    data: Annotated[MultiForm, Body(media_type=RequestEncodingType.MULTI_PART)],
) -> dict[str, Any]:
    files = []
    for f in data.files:
        content = await f.read()
        files.append(
            {
                "name": f.filename,
                "size": len(content),
                "sha": base64.b64encode(content).decode(),
            }
        )
    return {"title": data.title, "files": files}


@get("/conflict", tags=["errors"], operation_id="conflict")
async def conflict() -> None:
    raise HTTPException(status_code=409, detail="already there")


@get("/echo", tags=["echo"], operation_id="echoHeaders")
async def echo(
    request: Request[Any, Any, Any],
    trace: Annotated[str, Parameter(header="X-Trace")],
    flavour: Annotated[str, Parameter(cookie="flavour")],
) -> dict[str, str]:
    return {"trace": trace, "flavour": flavour}


inner = Litestar(
    route_handlers=[
        create_note,
        get_note,
        find_notes,
        delete_note,
        replace_text,
        patch_note,
        upload,
        upload_many,
        conflict,
        echo,
    ],
    openapi_config=OpenAPIConfig(
        title="Live Litestar",
        version="1.0.0",
        servers=[Server(url=PREFIX)],
        path="/schema",
    ),
)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Litestar below PREFIX (as a reverse proxy strips it); the spec at /openapi.json."""
    if scope["type"] == "http":
        path = scope["path"]
        if path == "/openapi.json":
            scope = {
                **scope,
                "path": "/schema/openapi.json",
                "raw_path": b"/schema/openapi.json",
            }
        elif path.startswith(PREFIX + "/"):
            local = path[len(PREFIX) :]
            scope = {**scope, "path": local, "raw_path": local.encode()}
        else:
            scope = {**scope, "path": "/__outside__", "raw_path": b"/__outside__"}
    await inner(scope, receive, send)  # type: ignore[arg-type]
