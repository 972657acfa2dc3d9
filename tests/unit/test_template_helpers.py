"""Helpers the templates call, each the one place a piece of generated text is made
(generator.snippets, generator.signatures.returns, generator.model)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import filters, layout, signatures, snippets
from generator.model import Login, RateLimit

from .conftest import SpecBuilder

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_login_hint_names_only_the_required_login_arguments(
    build: SpecBuilder,
) -> None:
    api = build.build_file(FIXTURES / "petstore_basic.yaml").api
    login = Login(
        "create_session",
        "sessions",
        (("username", "user", True), ("otp", "otp", False), ("password", "pw", True)),
        (("api_key", "token"),),
    )
    assert login.required == ("username", "password")
    hint = snippets.login_hint(replace(api, login=login))
    assert hint == f"{api.client_class}.login(username=..., password=...)"


def test_the_client_exports_are_the_package_s_too(build: SpecBuilder) -> None:
    api = build.build_file(FIXTURES / "petstore_basic.yaml").api
    for rate_limit in (None, RateLimit((("remaining", "X-Remaining", ""),))):
        shown = replace(api, rate_limit=rate_limit)
        client = snippets.client_exports(shown)
        assert ("RateLimit" in client) == (rate_limit is not None)
        exported = snippets.package_exports(shown)
        assert set(client) <= set(exported)
        assert ("RateLimit" in exported) == (rate_limit is not None)


def test_returns_names_the_page_classes_with_the_prefix_asked_for(
    build: SpecBuilder,
) -> None:
    api = build.build_file(FIXTURES / "pagination.yaml").api
    plain = next(o for o in api.operations if o.pagination is None)
    assert signatures.returns(plain, prefix="") == plain.return_type.annotation
    paged = next(o for o in api.operations if o.pagination is not None)
    assert paged.pagination is not None
    item = paged.pagination.item_type.annotation
    assert signatures.returns(paged) == f"_p.SyncPage[{item}]"
    assert signatures.returns(paged, "sync", "") == f"SyncPage[{item}]"
    assert signatures.returns(paged, "async") == f"_p.AsyncPaginator[{item}]"


# The fast paths of the text helpers give what their general case gives.

_TEXTS = st.text(
    alphabet=st.sampled_from(
        [*"ab Z9_.,:-|()[]{}'\"\\\t\r\n", "\u2028", "\u200b", "\x00", "\ud800", "é"]
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS | st.text(max_size=40))
def test_doc_text_of_plain_text_is_the_general_case(text: str) -> None:
    assert filters.doc_text(text) == filters._doc_text(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from([" | ", ", ", "|"]))
def test_splitting_at_the_top_level_is_the_general_case(
    text: str, separator: str
) -> None:
    assert layout._top_level(text, separator) == layout._top_level_scan(text, separator)


def test_the_fast_paths_are_taken_for_plain_text() -> None:
    assert filters._PLAIN.fullmatch("List the pets of a store.")
    assert not filters._PLAIN.fullmatch('say "hi"')
    assert layout._NESTING.search("int | str | None") is None
    assert layout._top_level("int | str | None", " | ") == ["int", "str", "None"]
