"""File fields in every spelling, and the fake accepting every parameter style the client sends.

Generated from tests/fixtures/uploads_and_styles.yaml (what FastAPI and Litestar publish):
multipart file fields written the 3.0 way (`format: binary`/`byte`) and the 3.1 way
(`contentMediaType`, `contentEncoding`), single, nullable and in arrays, must be typed as
the runtime's file type and sent as one multipart part per file, bytes as given; the
package's fake must read cookies and object/array query parameters as the client sends them.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.write import write_package

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "uploads_and_styles.yaml"
PACKAGE = "uploads_and_styles"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from the fixture into a tmp dir, imported."""
    result = generate(FIXTURE, ClientConfig(PACKAGE, "UploadsAndStyles"))
    out = tmp_path_factory.mktemp("generated") / PACKAGE
    write_package(out, result.files)
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(PACKAGE)
        assert Path(module.__file__ or "").is_relative_to(out)
        yield module
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def test_file_fields_in_every_spelling_are_typed_as_files() -> None:
    api = generate(FIXTURE, ClientConfig(PACKAGE, "UploadsAndStyles")).api
    ops = {op.operation_id: op for op in api.operations}
    one, many = ops["uploadOne"].body, ops["uploadMany"].body
    assert one is not None and many is not None
    assert [(f.wire_name, f.type.annotation) for f in one.fields] == [
        ("file", "_t.FileTypes")  # a $ref'd body with a 3.1 contentMediaType field
    ]
    assert {f.wire_name: f.type.annotation for f in many.fields} == {
        "files": "list[_t.FileTypes]",  # array of contentMediaType items
        "binaries": "list[_t.FileTypes]",  # array of format: binary items
        "encoded": "_t.FileTypes",  # contentEncoding: base64
        "legacy": "_t.FileTypes",  # format: byte
        "optional": "_t.FileTypes",  # anyOf [file, null]
        "title": "str",
        "tags": "list[str]",
        "count": "int",
    }
    assert many.file_fields == ("files", "binaries", "encoded", "legacy", "optional")


def _parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(field name, file name, payload) of each part of a multipart request, in order."""
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary="), ctype
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + request.read()
    )
    out = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition", "")
        params = dict(part["content-disposition"].params) if disposition else {}
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        out.append((params["name"], params.get("filename"), payload))
    return out


def _capture() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"parts": []})

    return seen, httpx.MockTransport(handler)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_files_are_sent_as_multipart_parts_with_their_bytes(
    pkg: ModuleType, mode: str
) -> None:
    seen, transport = _capture()
    args: dict[str, Any] = {
        "files": [b"abc", ("b.txt", b"\x00\x01", "text/plain")],
        "binaries": [b"xy"],
        "encoded": b"png!",
        "legacy": ("l.bin", b"L"),
        "title": "T",
        "tags": ["a", "b"],
        "count": 3,
    }
    if mode == "sync":
        client = pkg.UploadsAndStyles(http_client=httpx.Client(transport=transport))
        client.uploads.upload_many(**args)
    else:
        aclient = pkg.AsyncUploadsAndStyles(
            http_client=httpx.AsyncClient(transport=transport)
        )
        await aclient.uploads.upload_many(**args)
    (request,) = seen
    parts = _parts(request)
    assert [(n, p) for n, _, p in parts] == [
        ("files", b"abc"),  # 3 bytes, not the text "b'abc'"
        ("files", b"\x00\x01"),  # a list of files: one part each
        ("binaries", b"xy"),
        ("encoded", b"png!"),
        ("legacy", b"L"),
        ("title", b"T"),
        ("tags", b"a"),
        ("tags", b"b"),
        ("count", b"3"),
    ]
    names = {n: f for n, f, _ in parts}
    assert names["title"] is None  # a form field, not a file
    assert parts[1][1] == "b.txt"
    assert parts[0][1] is not None  # a file part carries a filename


def test_one_file_alone_is_multipart_not_urlencoded(pkg: ModuleType) -> None:
    seen, transport = _capture()
    client = pkg.UploadsAndStyles(http_client=httpx.Client(transport=transport))
    client.uploads.upload_one(file=b"abc")
    (request,) = seen
    assert _parts(request) == [("file", "upload", b"abc")]


# -- the fake: cookies and query styles --------------------------------------------------
def _fake_client(pkg: ModuleType) -> tuple[Any, Any]:
    testing = importlib.import_module(f"{PACKAGE}.testing")
    fake = testing.FakeUploadsAndStyles()
    return fake, pkg.UploadsAndStyles(http_client=fake.http_client())


def test_fake_accepts_cookies_and_every_query_style_the_client_sends(
    pkg: ModuleType,
) -> None:
    fake, client = _fake_client(pkg)
    found = client.search.search(
        filter={"status": "open", "min_price": 5},
        page={"size": 10, "number": 0},
        ids=[1, 2],
        codes=["a", "c"],
        bands=[1, 2],
        session="s3cr3t",
        theme="dark",
    )
    assert isinstance(found, list)
    (call,) = fake.calls
    assert call.status == 200
    assert call.query["status"] == ["open"]  # form + explode object: its own keys
    assert call.query["page[size]"] == ["10"]  # deepObject
    assert call.query["codes"] == ["a,c"]
    assert call.query["bands"] == ["1|2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"session": None}, "cookie parameter 'session' is required"),
        ({"session": "abc"}, "cookie parameter 'session'"),  # shorter than 4
        ({"theme": "pink"}, "cookie parameter 'theme'"),
        ({"filter": {"status": "lost"}}, "query parameter 'filter': "),
        ({"filter": {"min_price": -1}}, "query parameter 'filter': "),
        ({"page": {"size": 0}}, "query parameter 'page'"),
        ({"ids": ["x"]}, "query parameter 'ids'"),
        ({"codes": ["a", "z"]}, "query parameter 'codes'"),
        ({"bands": [1, "q"]}, "query parameter 'bands'"),
    ],
)
def test_fake_rejects_wrong_cookies_and_query_values(
    pkg: ModuleType, args: dict[str, Any], message: str
) -> None:
    _fake, client = _fake_client(pkg)
    given: dict[str, Any] = {"filter": {"status": "open"}, "session": "s3cr3t", **args}
    with pytest.raises(pkg.BadRequestError) as caught:
        client.search.search(**given)
    assert caught.value.status_code == 400
    assert message in str(caught.value.body)


def test_fake_reads_a_free_form_object_query_parameter_beside_a_query_api_key(
    pkg: ModuleType,
) -> None:
    testing = importlib.import_module(f"{PACKAGE}.testing")
    fake = testing.FakeUploadsAndStyles()
    client = pkg.UploadsAndStyles(http_client=fake.http_client(), query_key="k-1")
    assert isinstance(client.search.by_labels(labels={"red": 1, "blue": 2}), list)
    assert fake.calls[-1].query == {"red": ["1"], "blue": ["2"], "key": ["k-1"]}
    with pytest.raises(pkg.BadRequestError) as caught:
        client.search.by_labels(labels={"red": "x"})  # the API key is not a label
    assert "query parameter 'labels': expected an integer, got 'x'" in str(
        caught.value.body
    )


def test_fake_reads_a_cookie_api_key_by_its_name(pkg: ModuleType) -> None:
    testing = importlib.import_module(f"{PACKAGE}.testing")
    fake = testing.FakeUploadsAndStyles()
    client = pkg.UploadsAndStyles(http_client=fake.http_client(), cookie_key="c-1")
    assert isinstance(client.search.whoami(), str)
    assert fake.calls[-1].status == 200
    anonymous = pkg.UploadsAndStyles(http_client=fake.http_client())
    with pytest.raises(pkg.MissingCredentialsError):  # "xsid=" is not "sid="
        anonymous.search.whoami(extra_headers={"Cookie": "xsid=c-1"})
    assert anonymous.search.whoami(extra_headers={"Cookie": "a=1; sid=c-1"})
    # sent all the same (the client cannot see what an http_client's auth adds):
    unchecked = pkg.UploadsAndStyles(http_client=fake.http_client(auth=httpx.Auth()))
    with pytest.raises(pkg.AuthenticationError):  # the fake: "xsid=" is not "sid="
        unchecked.search.whoami(extra_headers={"Cookie": "xsid=c-1"})
