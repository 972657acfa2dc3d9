"""Bodies given whole (`body=` a model or a mapping) and streamed responses
(`with_streaming_response`), sync and async, against a real HTTP server on 127.0.0.1.

The package is generated from tests/fixtures/bodies_and_streams.yaml into a tmp dir. The
server records every request it reads, and notices when a client leaves an endless
download (its writes fail): closing a streamed response must end the connection.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.write import write_package

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bodies_and_streams.yaml"
PACKAGE = "bodies_and_streams"
PHOTO = bytes(range(256)) * 400  # 100 KiB
EVENTS = b"event 1\nevent 2\r\nevent 3\n"


# -- the server ------------------------------------------------------------------------------
@dataclass
class Seen:
    method: str
    path: str
    content_type: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class State:
    requests: list[Seen] = field(default_factory=list)
    left: threading.Event = field(default_factory=threading.Event)
    chunks_sent: int = 0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: State

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _record(self) -> Seen:
        length = int(self.headers.get("content-length") or 0)
        seen = Seen(
            self.command,
            urlsplit(self.path).path,
            self.headers.get("content-type") or "",
            self.rfile.read(length) if length else b"",
        )
        self.state.requests.append(seen)
        return seen

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _chunked(self, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def do_GET(self) -> None:
        seen = self._record()
        parts = seen.path.strip("/").split("/")
        if parts[0] == "events":
            self._chunked("text/plain; charset=utf-8")
            for i in range(0, len(EVENTS), 5):  # lines split across chunks
                self._chunk(EVENTS[i : i + 5])
            self._chunk(b"")
            return
        pet = int(parts[1])
        if pet == 404:
            self._send(404, json.dumps({"message": f"no pet {pet}"}).encode())
        elif len(parts) == 2:
            self._send(
                200, json.dumps({"id": pet, "name": "Rex", "tag": "dog"}).encode()
            )
        elif pet == 1:
            self._send(200, PHOTO, "application/octet-stream")
        else:  # an endless download: until the client goes away
            self._chunked("application/octet-stream")
            deadline = time.monotonic() + 20
            try:
                while time.monotonic() < deadline:
                    self._chunk(b"x" * 16384)
                    self.state.chunks_sent += 1
                    time.sleep(0.001)
            except OSError:  # a broken pipe or reset: the client closed the connection
                self.state.left.set()
            self.close_connection = True

    def do_PUT(self) -> None:
        seen = self._record()
        pet = int(seen.path.strip("/").split("/")[1])
        self._send(200, json.dumps({"id": pet, **seen.json()}).encode())

    def do_POST(self) -> None:
        seen = self._record()
        if seen.path == "/login":
            self._send(200, b'{"token": "t0k"}')
        else:
            self._send(201, json.dumps({"id": 7, **seen.json()}).encode())


@pytest.fixture
def server() -> Iterator[tuple[str, State]]:
    state = State()
    handler = type("Handler", (_Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The fixture's package, generated into a tmp dir and importable."""
    out = tmp_path_factory.mktemp("generated") / PACKAGE
    write_package(
        out, generate(FIXTURE, ClientConfig(PACKAGE, "BodiesAndStreams")).files
    )
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def pkg(dist: Path) -> ModuleType:
    module = importlib.import_module(PACKAGE)
    assert Path(module.__file__ or "").is_relative_to(dist)
    return module


# -- bodies ----------------------------------------------------------------------------------
def test_get_modify_update_sends_the_model_as_its_to_dict(
    pkg: Any, server: Any
) -> None:
    url, state = server
    with pkg.BodiesAndStreams(base_url=url) as client:
        pet = client.pets.get_pet(pet_id=1)
        pet.name = "Max"
        updated = client.pets.update_pet(pet_id=1, body=pet, dry_run=True)
    sent = state.requests[-1]
    assert (sent.method, sent.path) == ("PUT", "/pets/1")
    assert sent.content_type == "application/json"
    assert sent.json() == pet.to_dict() == {"id": 1, "name": "Max", "tag": "dog"}
    assert (updated.name, updated.tag) == ("Max", "dog")


async def test_async_get_modify_update(pkg: Any, server: Any) -> None:
    url, state = server
    async with pkg.AsyncBodiesAndStreams(base_url=url) as client:
        pet = await client.pets.get_pet(pet_id=2)
        pet.tag = "cat"
        await client.pets.update_pet(pet_id=2, body=pet)
        await client.pets.update_pet(pet_id=2, body={"name": "Tom", "x": [1, None]})
    assert state.requests[-2].json() == {"id": 2, "name": "Rex", "tag": "cat"}
    assert state.requests[-1].json() == {"name": "Tom", "x": [1, None]}  # as it is


def test_a_mapping_and_the_arguments_still_work(pkg: Any, server: Any) -> None:
    url, state = server
    with pkg.BodiesAndStreams(base_url=url) as client:
        client.pets.update_pet(pet_id=3, body={"name": "Tom", "extra": {"a": 1}})
        client.pets.update_pet(pet_id=3, name="Tim")
        client.pets.create_pet(body={"name": "Kit"})  # an inline schema: a mapping
        created = client.pets.create_pet(name="Kat", tag="t")
    assert [r.json() for r in state.requests] == [
        {"name": "Tom", "extra": {"a": 1}},
        {"name": "Tim"},
        {"name": "Kit"},
        {"name": "Kat", "tag": "t"},
    ]
    assert created.id == 7


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_body_and_its_arguments_together_is_a_type_error(
    pkg: Any, server: Any, mode: str
) -> None:
    url, state = server
    pet = pkg.models.Pet(name="Rex")
    if mode == "sync":
        with pkg.BodiesAndStreams(base_url=url) as client:
            with pytest.raises(TypeError) as both:
                client.pets.update_pet(pet_id=1, body=pet, name="x", tag="y")
            with pytest.raises(TypeError) as neither:
                client.pets.update_pet(pet_id=1, tag="y")
    else:
        async with pkg.AsyncBodiesAndStreams(base_url=url) as aclient:
            with pytest.raises(TypeError) as both:
                await aclient.pets.update_pet(pet_id=1, body=pet, name="x", tag="y")
            with pytest.raises(TypeError) as neither:
                await aclient.pets.update_pet(pet_id=1, tag="y")
    assert str(both.value) == (
        "pets.update_pet() got both body= and name=, tag=: pass the request body "
        "either whole (body=) or as keyword arguments, not both"
    )
    assert str(neither.value) == (
        "pets.update_pet() missing required keyword argument: 'name' "
        "(or pass the whole request body as body=)"
    )
    assert state.requests == []  # refused before anything was sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_form_body_from_its_model(pkg: Any, server: Any, mode: str) -> None:
    url, state = server
    creds = pkg.models.Credentials(username="ann", password="s3 cr&t", remember=True)
    if mode == "sync":
        with pkg.BodiesAndStreams(base_url=url) as client:
            session = client.owners.log_in(body=creds)
    else:
        async with pkg.AsyncBodiesAndStreams(base_url=url) as aclient:
            session = await aclient.owners.log_in(body=creds)
    sent = state.requests[-1]
    assert sent.content_type == "application/x-www-form-urlencoded"
    assert parse_qsl(sent.body.decode()) == [
        ("username", "ann"),
        ("password", "s3 cr&t"),
        ("remember", "true"),
    ]
    assert session.token == "t0k"


# -- streaming -------------------------------------------------------------------------------
def test_streaming_a_download(pkg: Any, server: Any) -> None:
    url, _ = server
    with pkg.BodiesAndStreams(base_url=url) as client:
        with client.pets.with_streaming_response.download_photo(pet_id=1) as response:
            assert isinstance(response, pkg.StreamedAPIResponse)
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/octet-stream"
            assert not response.is_closed  # nothing read yet
            chunks = list(response.iter_bytes(4096))
        assert response.http_response.is_closed
        assert b"".join(chunks) == PHOTO and {len(c) for c in chunks} == {4096}
        assert (
            client.pets.download_photo(pet_id=1) == PHOTO
        )  # the plain call: unchanged
        with client.events.with_streaming_response.list_events() as lines:
            assert list(lines.iter_lines()) == ["event 1", "event 2", "event 3"]
        with client.events.with_streaming_response.list_events() as text:
            assert "".join(text.iter_text()) == EVENTS.decode()


async def test_async_streaming_a_download(pkg: Any, server: Any) -> None:
    url, _ = server
    async with pkg.AsyncBodiesAndStreams(base_url=url) as client:
        stream = client.pets.with_streaming_response.download_photo(pet_id=1)
        async with stream as response:
            assert isinstance(response, pkg.AsyncStreamedAPIResponse)
            assert response.status_code == 200
            chunks = [c async for c in response.iter_bytes(4096)]
        assert response.http_response.is_closed
        assert b"".join(chunks) == PHOTO
        assert await client.pets.download_photo(pet_id=1) == PHOTO
        async with client.events.with_streaming_response.list_events() as lines:
            assert [ln async for ln in lines.iter_lines()] == [
                "event 1",
                "event 2",
                "event 3",
            ]
        async with client.events.with_streaming_response.list_events() as text:
            assert "".join([t async for t in text.iter_text()]) == EVENTS.decode()


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_parse_and_read(pkg: Any, server: Any, mode: str) -> None:
    url, _ = server
    if mode == "sync":
        with pkg.BodiesAndStreams(base_url=url) as client:
            with client.pets.with_streaming_response.get_pet(pet_id=5) as r:
                pet = r.parse()
                raw = r.read()
            after = client.pets.get_pet(pet_id=6)  # a normal call parses as before
    else:
        async with pkg.AsyncBodiesAndStreams(base_url=url) as aclient:
            async with aclient.pets.with_streaming_response.get_pet(pet_id=5) as ar:
                pet = await ar.parse()
                raw = await ar.read()
            after = await aclient.pets.get_pet(pet_id=6)
    assert isinstance(pet, pkg.models.Pet) and (pet.id, pet.name) == (5, "Rex")
    assert json.loads(raw) == {"id": 5, "name": "Rex", "tag": "dog"}
    assert isinstance(after, pkg.models.Pet) and after.id == 6


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_leaving_early_closes_the_connection(
    pkg: Any, server: Any, mode: str
) -> None:
    url, state = server
    if mode == "sync":
        with pkg.BodiesAndStreams(base_url=url) as client:
            with client.pets.with_streaming_response.download_photo(pet_id=2) as r:
                first = next(r.iter_bytes())
            assert r.http_response.is_closed
            assert state.left.wait(10), "the server never saw the connection end"
            assert client.pets.get_pet(pet_id=3).id == 3  # the client goes on
    else:
        async with pkg.AsyncBodiesAndStreams(base_url=url) as aclient:
            async with aclient.pets.with_streaming_response.download_photo(
                pet_id=2
            ) as ar:
                first = await ar.iter_bytes().__anext__()
            assert ar.http_response.is_closed
            assert state.left.wait(10), "the server never saw the connection end"
            assert (await aclient.pets.get_pet(pet_id=3)).id == 3
    assert first and set(first) == {ord("x")}
    assert state.chunks_sent < 2000  # it stopped long before its deadline


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_streamed_errors_raise_with_the_message(
    pkg: Any, server: Any, mode: str
) -> None:
    url, _ = server
    if mode == "sync":
        with (
            pkg.BodiesAndStreams(base_url=url) as client,
            pytest.raises(pkg.NotFoundError) as caught,
            client.pets.with_streaming_response.download_photo(pet_id=404),
        ):
            pytest.fail("the block must not run")
    else:
        async with pkg.AsyncBodiesAndStreams(base_url=url) as aclient:
            with pytest.raises(pkg.NotFoundError) as caught:
                async with aclient.pets.with_streaming_response.download_photo(
                    pet_id=404
                ):
                    pytest.fail("the block must not run")
    assert "no pet 404" in str(caught.value)
    assert caught.value.response.is_closed


# -- typing ----------------------------------------------------------------------------------
GOOD = """
    from bodies_and_streams import AsyncBodiesAndStreams, BodiesAndStreams
    from bodies_and_streams.models import Credentials, Pet


    def sync(client: BodiesAndStreams) -> bytes:
        pet: Pet = client.pets.get_pet(pet_id=1)
        pet.name = "x"
        same: Pet = client.pets.update_pet(pet_id=1, body=pet)
        client.pets.update_pet(pet_id=1, body={"name": "y"}, dry_run=True)
        client.pets.update_pet(pet_id=same.id or 1, name="z", tag="t")
        client.owners.log_in(body=Credentials(username="u", password="p"))
        client.owners.log_in(username="u", password="p")
        with client.pets.with_streaming_response.get_pet(pet_id=1) as r:
            parsed: Pet = r.parse()
            status: int = r.status_code
        with client.pets.with_streaming_response.update_pet(pet_id=1, body=pet) as u:
            assert u.parse().name == parsed.name and status
        with client.pets.with_streaming_response.download_photo(pet_id=1) as d:
            lines: list[str] = list(d.iter_lines())
            return b"".join(d.iter_bytes()) + "".join(lines).encode()


    async def run(client: AsyncBodiesAndStreams) -> bytes:
        pet = await client.pets.get_pet(pet_id=1)
        await client.pets.update_pet(pet_id=1, body=pet)
        async with client.pets.with_streaming_response.download_photo(pet_id=1) as d:
            data = b""
            async for chunk in d.iter_bytes():
                data += chunk
            async for line in d.iter_lines():
                data += line.encode()
            parsed: bytes = await d.parse()
            return data + parsed + await d.read()
"""
BAD = """
    from bodies_and_streams import BodiesAndStreams
    from bodies_and_streams.models import Pet


    def bad(client: BodiesAndStreams, pet: Pet) -> None:
        client.pets.update_pet(pet_id=1, body=pet, name="x")  # line 6: both
        client.pets.update_pet(pet_id=1)  # line 7: neither
        client.pets.update_pet(pet_id=1, body=[1, 2])  # line 8: no mapping
        client.pets.create_pet(body=pet, name="x")  # line 9: both
        with client.pets.with_streaming_response.update_pet(pet_id=1, body=pet, name="x"):
            pass  # line 10: both, streamed
"""


def _mypy(dist: Path, tmp_path: Path, source: str) -> tuple[int, list[str]]:
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(program),
        ],
        cwd=tmp_path,
        env={"MYPYPATH": str(dist), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [ln for ln in proc.stdout.splitlines() if ": error:" in ln]
    return proc.returncode, errors


def test_mypy_strict_accepts_both_forms_and_streaming(
    dist: Path, tmp_path: Path
) -> None:
    code, errors = _mypy(dist, tmp_path, GOOD)
    assert (code, errors) == (0, [])


def test_mypy_strict_rejects_mixing_the_forms(dist: Path, tmp_path: Path) -> None:
    code, errors = _mypy(dist, tmp_path, BAD)
    assert code == 1
    lines = sorted({int(e.split(":")[1]) for e in errors})
    assert lines == [6, 7, 8, 9, 10], errors
    assert all("No overload variant" in e for e in errors), errors
