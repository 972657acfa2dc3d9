"""generator.servers: what each kind of `servers` URL becomes, and what is assumed aloud."""

from __future__ import annotations

import pytest

from generator.servers import normalize, servers


@pytest.mark.parametrize(
    ("given", "url", "assumed"),
    [
        ("https://api.example.com/v1", "https://api.example.com/v1", None),
        ("", "", None),
        ("/", "", None),
        ("/api/v1/", "/api/v1", None),
        ("v1", "/v1", "assumed: '/v1', relative to the base URL the user gives"),
        ("localhost:8080", "http://localhost:8080", "assumed: http://localhost:8080"),
        ("127.0.0.1:9000/x", "http://127.0.0.1:9000/x", "assumed: http://127.0.0.1:9000/x"),
        ("api.example.com/v2", "https://api.example.com/v2", "assumed: https://api.example.com/v2"),
        ("//cdn.example.com", "https://cdn.example.com", "assumed: https://cdn.example.com (https)"),
        ("ftp://files.example.com", "", "assumed: no default server; the client needs base_url= ('ftp://files.example.com' is not http(s))"),
    ],
)  # fmt: skip
def test_normalize(given: str, url: str, assumed: str | None) -> None:
    assert normalize(given) == (url, assumed)


def test_servers_expand_variables_and_warn_by_index() -> None:
    warned: list[tuple[int, str]] = []
    got = servers(
        [
            {
                "url": "https://{region}.example.com",
                "variables": {"region": {"default": "eu"}},
            },
            {"url": "localhost:8000", "description": " local "},
            "not a server",
        ],
        lambda i, m: warned.append((i, m)),
    )
    assert [(s.url, s.description) for s in got] == [
        ("https://eu.example.com", ""),
        ("http://localhost:8000", "local"),
    ]
    assert warned == [
        (
            1,
            "server URL 'localhost:8000' has no http:// or https:// scheme; "
            "assumed: http://localhost:8000",
        )
    ]
