"""A FastAPI (pydantic v2) app covering what FastAPI publishes by itself.

No `servers` (FastAPI's default), OpenAPI 3.1, FastAPI's default operationIds next to custom
ones, every security scheme FastAPI has a class for, file uploads (`UploadFile`,
`bytes = File()`, lists of them, files with form fields) and the errors a real app answers.
Run by the live suite with uvicorn in .venv-live; state is per process.
"""

from __future__ import annotations

import base64
import enum
from typing import Annotated, Any

from fastapi import (
    Body,
    Cookie,
    Depends,
    FastAPI,
    File,
    Form,
    Header,
    HTTPException,
    Path,
    Query,
    Request,
    Response,
    Security,
    UploadFile,
)
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlows
from fastapi.security import (
    APIKeyCookie,
    APIKeyHeader,
    APIKeyQuery,
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
    OAuth2,
    OAuth2PasswordBearer,
)
from pydantic import BaseModel, Field

app = FastAPI(title="Live FastAPI", version="1.0.0")

TOKEN = "live-access-token"
CLIENT_TOKEN = "live-client-token"
API_KEY = "live-api-key"


class Color(enum.StrEnum):
    red = "red"
    green = "green"
    blue = "blue"


class Dimensions(BaseModel):
    width: float = Field(ge=0)
    height: float = Field(ge=0)


class Label(BaseModel):
    name: str
    color: Color = Color.red


class ItemIn(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    price: float = Field(ge=0)
    dimensions: Dimensions
    labels: list[Label] = []


class Item(ItemIn):
    id: int


class ItemPatch(BaseModel):
    name: str | None = None
    price: float | None = None
    note: str | None = None


class PatchResult(BaseModel):
    sent: list[str]  # the fields the request carried (unset ones are absent)
    nulls: list[str]  # the fields the request set to null
    item: Item


class Deleted(BaseModel):
    count: int


class Echo(BaseModel):
    color: Color
    limit: int
    tags: list[str]
    request_id: str
    session: str


class Upload(BaseModel):
    name: str | None
    size: int
    content_type: str | None
    sha: str  # base64 of the bytes received, so a test sees exactly what arrived


class Uploads(BaseModel):
    files: list[Upload]
    title: str | None = None
    count: int | None = None


class Whoami(BaseModel):
    scheme: str
    user: str


class Token(BaseModel):
    access_token: str
    token_type: str


ITEMS: dict[int, Item] = {}


def _upload(name: str | None, data: bytes, content_type: str | None) -> Upload:
    return Upload(
        name=name,
        size=len(data),
        content_type=content_type,
        sha=base64.b64encode(data).decode("ascii"),
    )


# -- items: JSON bodies, path/query parameters, 201 and 204 ------------------------------
@app.post("/items", status_code=201, tags=["items"])
def create_item(item: ItemIn) -> Item:
    if any(i.name == item.name for i in ITEMS.values()):
        raise HTTPException(409, detail=f"an item named {item.name!r} exists")
    new = Item(id=len(ITEMS) + 1, **item.model_dump())
    ITEMS[new.id] = new
    return new


@app.get("/items/{item_id}", tags=["items"])
def read_item(item_id: Annotated[int, Path(ge=1)]) -> Item:
    if item_id not in ITEMS:
        raise HTTPException(404, detail=f"no item {item_id}")
    return ITEMS[item_id]


@app.get("/items", tags=["items"], operation_id="listItems")
def list_items(
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    color: Color | None = None,
    ids: Annotated[list[int] | None, Query()] = None,
) -> list[Item]:
    found = [i for i in ITEMS.values() if ids is None or i.id in ids]
    if color is not None:
        found = [i for i in found if any(lb.color == color for lb in i.labels)]
    return found[:limit]


@app.patch("/items/{item_id}", tags=["items"], operation_id="patchItem")
def patch_item(item_id: int, patch: ItemPatch) -> PatchResult:
    if item_id not in ITEMS:
        raise HTTPException(404, detail=f"no item {item_id}")
    sent = sorted(patch.model_fields_set)
    nulls = sorted(k for k in sent if getattr(patch, k) is None)
    item = ITEMS[item_id]
    changes = {
        k: v
        for k, v in patch.model_dump(exclude_unset=True).items()
        if v is not None and k != "note"
    }
    item = item.model_copy(update=changes)
    ITEMS[item_id] = item
    return PatchResult(sent=sent, nulls=nulls, item=item)


@app.put("/items", tags=["items", "bulk"], operation_id="replaceItems")
def replace_items(items: Annotated[list[ItemIn], Body()]) -> list[Item]:
    ITEMS.clear()
    for i, item in enumerate(items, 1):
        ITEMS[i] = Item(id=i, **item.model_dump())
    return list(ITEMS.values())


@app.delete("/items/{item_id}", status_code=204, tags=["items"])
def delete_item(item_id: int) -> Response:
    if item_id not in ITEMS:
        raise HTTPException(404, detail=f"no item {item_id}")
    del ITEMS[item_id]
    return Response(status_code=204)


# -- header and cookie parameters -------------------------------------------------------
@app.get("/echo/{color}", tags=["echo"])
def echo(
    color: Color,
    x_request_id: Annotated[str, Header()],
    session: Annotated[str, Cookie()],
    limit: Annotated[int, Query(ge=0, le=5)] = 1,
    tags: Annotated[list[str], Query()] = [],  # noqa: B006 - FastAPI copies defaults
) -> Echo:
    return Echo(
        color=color, limit=limit, tags=tags, request_id=x_request_id, session=session
    )


# -- errors ------------------------------------------------------------------------------
@app.get("/errors/{status}", tags=["errors"], operation_id="failWith")
def fail_with(status: Annotated[int, Path(ge=400, le=599)]) -> dict[str, str]:
    if status == 500:
        raise RuntimeError("boom")  # an unhandled error: Starlette answers 500
    raise HTTPException(status, detail=f"failed with {status}")


# -- files -------------------------------------------------------------------------------
@app.post("/files/upload", tags=["files"])
async def upload_one(file: UploadFile) -> Upload:
    return _upload(file.filename, await file.read(), file.content_type)


@app.post("/files/bytes", tags=["files"], operation_id="uploadBytes")
def upload_bytes(data: Annotated[bytes, File()]) -> Upload:
    return _upload(None, data, None)


@app.post("/files/many", tags=["files"], operation_id="uploadMany")
async def upload_many(files: list[UploadFile]) -> Uploads:
    return Uploads(
        files=[_upload(f.filename, await f.read(), f.content_type) for f in files]
    )


@app.post("/files/with-fields", tags=["files"], operation_id="uploadWithFields")
async def upload_with_fields(
    title: Annotated[str, Form()],
    attachments: list[UploadFile],
    count: Annotated[int, Form()] = 0,
) -> Uploads:
    return Uploads(
        files=[
            _upload(f.filename, await f.read(), f.content_type) for f in attachments
        ],
        title=title,
        count=count,
    )


@app.get(
    "/files/download",
    tags=["files"],
    operation_id="download",
    response_class=Response,
    responses={
        200: {
            "content": {
                "application/octet-stream": {
                    "schema": {"type": "string", "format": "binary"}
                }
            }
        }
    },
)
def download(size: Annotated[int, Query(ge=0, le=4096)] = 16) -> Response:
    return Response(
        bytes(range(256)) * (size // 256) + bytes(range(size % 256)),
        media_type="application/octet-stream",
    )


# -- security ----------------------------------------------------------------------------
password_scheme = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)
client_scheme = OAuth2(
    flows=OAuthFlows(clientCredentials=OAuthFlowClientCredentials(tokenUrl="token")),
    scheme_name="ClientCredentials",
    auto_error=False,
)
bearer_scheme = HTTPBearer(auto_error=False)
basic_scheme = HTTPBasic(auto_error=False)
key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
key_query = APIKeyQuery(name="api_key", auto_error=False)
key_cookie = APIKeyCookie(name="api_session", auto_error=False)


def _unauthorized() -> HTTPException:
    return HTTPException(
        401, detail="not authenticated", headers={"WWW-Authenticate": "Bearer"}
    )


@app.post("/token", tags=["auth"], operation_id="issueToken")
def issue_token(
    grant_type: Annotated[str, Form(pattern="^(password|client_credentials)$")],
    username: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
) -> Token:
    """The token endpoint of both OAuth2 flows (form-urlencoded, as RFC 6749 says)."""
    if grant_type == "client_credentials":
        if (client_id, client_secret) == ("service", "s3cret"):
            return Token(access_token=CLIENT_TOKEN, token_type="bearer")
    elif (username, password) == ("alice", "wonderland"):
        return Token(access_token=TOKEN, token_type="bearer")
    raise HTTPException(400, detail="invalid_grant")


@app.get("/me/password", tags=["auth", "users"])
def me_password(token: Annotated[str | None, Depends(password_scheme)]) -> Whoami:
    if token != TOKEN:
        raise _unauthorized()
    return Whoami(scheme="oauth2-password", user="alice")


@app.get("/me/client", tags=["auth"])
async def me_client(token: Annotated[str | None, Security(client_scheme)]) -> Whoami:
    if token is None or token.removeprefix("Bearer ") != CLIENT_TOKEN:
        raise _unauthorized()
    return Whoami(scheme="oauth2-client-credentials", user="service")


@app.get("/me/bearer", tags=["auth"])
def me_bearer(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> Whoami:
    if creds is None or creds.credentials != TOKEN:
        raise _unauthorized()
    return Whoami(scheme="bearer", user="alice")


@app.get("/me/basic", tags=["auth"])
def me_basic(
    creds: Annotated[HTTPBasicCredentials | None, Depends(basic_scheme)],
) -> Whoami:
    if creds is None:
        raise _unauthorized()
    if (creds.username, creds.password) != ("alice", "wonderland"):
        raise HTTPException(403, detail="wrong password")
    return Whoami(scheme="basic", user=creds.username)


@app.get("/me/key-header", tags=["auth"])
def me_key_header(key: Annotated[str | None, Depends(key_header)]) -> Whoami:
    if key != API_KEY:
        raise _unauthorized()
    return Whoami(scheme="api-key-header", user="key")


@app.get("/me/key-query", tags=["auth"])
def me_key_query(key: Annotated[str | None, Depends(key_query)]) -> Whoami:
    if key != API_KEY:
        raise _unauthorized()
    return Whoami(scheme="api-key-query", user="key")


@app.get("/me/key-cookie", tags=["auth"])
def me_key_cookie(key: Annotated[str | None, Depends(key_cookie)]) -> Whoami:
    if key != API_KEY:
        raise _unauthorized()
    return Whoami(scheme="api-key-cookie", user="key")


@app.get("/health", tags=["meta"])
def health() -> dict[str, Any]:
    return {"ok": True}


# -- what FastAPI can't spell by itself, added in a customised openapi() ------------------
@app.get(
    "/search",
    tags=["search"],
    operation_id="search",
    openapi_extra={"x-custom-params": True},
)
def search(request: Request) -> dict[str, Any]:
    """Object query parameters: `filter` form + explode (its fields as keys), `page` deepObject."""
    q = request.query_params
    found: dict[str, Any] = {"filter": {}, "page": {}}
    for key in ("status", "min_price"):
        if key in q:
            found["filter"][key] = q[key]
    for key, value in q.items():
        if key.startswith("page[") and key.endswith("]"):
            found["page"][key[5:-1]] = value
    if "min_price" in q and not q["min_price"].lstrip("-").isdigit():
        raise HTTPException(400, detail="min_price must be an integer")
    return found


@app.post("/files/encoded", tags=["files"], operation_id="uploadEncoded")
def upload_encoded(blob: Annotated[bytes, File()]) -> Upload:
    return _upload(None, blob, None)


def custom_openapi() -> dict[str, Any]:
    """FastAPI's document, plus object query parameters and a 3.1 `contentEncoding` file,
    as a project customising its openapi() would write them."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    spec = get_openapi(title=app.title, version=app.version, routes=app.routes)
    spec["paths"]["/search"]["get"]["parameters"] = [
        {
            "name": "filter",
            "in": "query",
            "style": "form",
            "explode": True,
            "schema": {
                "type": "object",
                "properties": {
                    "status": {"type": "string", "enum": ["open", "closed"]},
                    "min_price": {"type": "integer", "minimum": 0},
                },
            },
        },
        {
            "name": "page",
            "in": "query",
            "style": "deepObject",
            "explode": True,
            "schema": {
                "type": "object",
                "properties": {
                    "size": {"type": "integer"},
                    "number": {"type": "integer"},
                },
            },
        },
    ]
    body = spec["components"]["schemas"]["Body_uploadEncoded"]["properties"]["blob"]
    body.pop("contentMediaType", None)
    body.update(contentEncoding="base64", contentMediaType="image/png")
    app.openapi_schema = spec
    return spec


app.openapi = custom_openapi  # type: ignore[method-assign]
