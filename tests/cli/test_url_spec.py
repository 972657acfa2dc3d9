"""`--spec URL`: a spec served by a real local server (127.0.0.1), its relative `$ref`s
fetched against the URL, and every way a download can fail giving one line and exit 2."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from generator import fetch
from tests.cli.conftest import invoke

API = b"""\
openapi: 3.0.3
info: {title: Remote pets, version: 2.1.0}
servers: [{url: https://pets.example}]
paths:
  /pets/{pet_id}:
    get:
      operationId: getPet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: the pet
          content:
            application/json:
              schema: {$ref: "schemas/pet.yaml#/Pet"}
"""
PET = b"""\
Pet:
  type: object
  required: [name]
  properties:
    name: {type: string}
    owner: {$ref: "owner.yaml#/Owner"}
"""
OWNER = b"""\
Owner:
  type: object
  properties:
    email: {type: string}
"""
FILES = {
    "/v1/api.yaml": API,
    "/v1/schemas/pet.yaml": PET,
    "/v1/schemas/owner.yaml": OWNER,
}


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        _Handler.requests.append(self.path)
        if self.path in FILES:
            body = FILES[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self._redirect("/v1/api.yaml")
        elif self.path.startswith("/loop/"):
            self._redirect(f"/loop/{int(self.path[6:]) + 1}")
        elif self.path == "/slow":
            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/big":
            body = b"#" * 5000 + b"\n" + API
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/big-unsized":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"#" * 5000 + b"\n" + API)
        else:
            self.send_error(404, "Not Found")

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _generate(tmp_path: Path, url: str, *extra: str) -> tuple[int, str, str, Path]:
    out = tmp_path / "out"
    result = invoke(
        tmp_path,
        *("generate", "--spec", url, "--out", str(out), "--package", "remote_pets"),
        *extra,
    )
    return result.exit_code, result.stdout, result.stderr, out


def test_a_spec_url_with_relative_refs_generates(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"  # where the download is kept while generating
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _Handler.requests.clear()
    code, stdout, stderr, out = _generate(tmp_path, f"{server}/v1/api.yaml")
    assert code == 0, stderr
    assert stdout.startswith("remote_pets: 1/1 operation, 2 models")
    assert sorted(_Handler.requests) == sorted(FILES)  # the two $ref'd files too
    pet = (out / "remote_pets" / "models" / "pet.py").read_text(encoding="utf-8")
    assert "owner:" in pet and "Owner" in pet
    assert (out / "remote_pets" / "models" / "owner.py").is_file()
    assert list(temp.iterdir()) == []  # the downloaded copy is gone


def test_a_redirect_is_followed_and_refs_resolve_against_the_final_url(
    tmp_path: Path, server: str
) -> None:
    code, _, stderr, out = _generate(tmp_path, f"{server}/moved")
    assert code == 0, stderr
    assert (out / "remote_pets" / "models" / "owner.py").is_file()


def test_validate_takes_a_url(tmp_path: Path, server: str) -> None:
    result = invoke(tmp_path, "validate", f"{server}/v1/api.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{server}/v1/api.yaml: valid\n"


def _one_line_error(code: int, stderr: str, out: Path) -> str:
    assert code == 2
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr
    assert not out.exists()
    return stderr


def test_404(tmp_path: Path, server: str) -> None:
    code, _, stderr, out = _generate(tmp_path, f"{server}/v1/nothing.yaml")
    assert "the server answered 404" in _one_line_error(code, stderr, out)
    assert f"{server}/v1/nothing.yaml" in stderr


def test_too_big(tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_FETCH_MAX_BYTES", "4000")
    for path in ("/big", "/big-unsized"):
        code, _, stderr, out = _generate(tmp_path, server + path)
        assert "over the 4,000-byte limit" in _one_line_error(code, stderr, out)


def test_too_many_redirects(tmp_path: Path, server: str) -> None:
    code, _, stderr, out = _generate(tmp_path, f"{server}/loop/0")
    line = _one_line_error(code, stderr, out)
    assert f"more than {fetch.MAX_REDIRECTS} redirects" in line


def test_timeout(tmp_path: Path, server: str) -> None:
    started = time.monotonic()
    code, _, stderr, out = _generate(
        tmp_path, f"{server}/slow", "--fetch-timeout", "0.2"
    )
    assert "timeout" in _one_line_error(code, stderr, out)
    assert time.monotonic() - started < 1.4  # did not wait for the answer


@pytest.mark.parametrize(
    "url", ["http://example.com/openapi.yaml", "http://10.0.0.1:8080/spec.json"]
)
def test_plain_http_off_loopback_is_refused(tmp_path: Path, url: str) -> None:
    code, _, stderr, out = _generate(tmp_path, url)
    line = _one_line_error(code, stderr, out)
    assert "plain http is refused" in line and "--allow-http" in line


def test_allow_http_lets_it_through(tmp_path: Path) -> None:
    # a port nothing listens on: the refusal is gone, the connection fails instead
    code, _, stderr, out = _generate(
        tmp_path, "http://192.0.2.1:9/x.yaml", "--allow-http", "--fetch-timeout", "0.3"
    )
    line = _one_line_error(code, stderr, out)
    assert "plain http is refused" not in line


def test_a_ref_leaving_the_spec_directory_is_not_fetched(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        FILES, "/v1/api.yaml", API.replace(b"schemas/pet.yaml", b"../secret.yaml")
    )
    _Handler.requests.clear()
    code, _, stderr, out = _generate(tmp_path, f"{server}/v1/api.yaml")
    assert code == 2 and not out.exists()
    assert _Handler.requests == ["/v1/api.yaml"]
    assert "leaves the spec's directory" in stderr or "file not found" in stderr
    assert f"{server}/v1/api.yaml" in stderr  # located by the URL, not a temp path


def test_validate_goes_on_after_a_url_that_fails(tmp_path: Path, server: str) -> None:
    missing, good = f"{server}/v1/nothing.yaml", f"{server}/v1/api.yaml"
    result = invoke(tmp_path, "validate", missing, good)
    assert result.exit_code == 2
    assert result.stderr == f"error: {missing}: the server answered 404 Not Found\n"
    assert result.stdout == f"{good}: valid\n"
