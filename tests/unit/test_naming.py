"""Unit tests for generator/naming.py: Python-safe, deterministic names for spec text."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable

import pytest

from generator import naming
from generator.naming import (
    MAX_IDENTIFIER,
    MAX_MODULE,
    Namer,
    constant,
    module_name,
    pascal,
    snake,
)

NameFn = Callable[[str], str]
NAME_FUNCTIONS: dict[str, NameFn] = {
    "snake": snake,
    "pascal": pascal,
    "constant": constant,
    "module_name": module_name,
}

#: Spec text that has broken generators before: keywords, soft keywords, builtins, digits,
#: punctuation, whitespace, control and zero-width characters, non-ASCII, emoji, huge names.
NASTY = [
    "",
    " ",
    "   ",
    "_",
    "__",
    "__init__",
    "-",
    "$ref",
    "@type",
    "from",
    "class",
    "import",
    "async",
    "await",
    "lambda",
    "None",
    "none",
    "True",
    "true",
    "False",
    "false",
    "match",
    "type",
    "self",
    "2faenable",
    "2fa",
    "123",
    "-1",
    "1.5",
    "X-Auth-Token",
    "x-auth-token",
    "repos/get",
    "/repos/{owner}/{repo}",
    "get /pets/{petId}",
    "hello world",
    "tab\tseparated",
    "line\nbreak",
    "nul\x00byte",
    "zero\u200bwidth",
    "bidi\u202eoverride",
    "Über",
    "ÜBER",
    "ﬁle",
    "日本語",
    "٣",
    "🚀",
    "rocket🚀launch",
    "CON",
    "con",
    "nul",
    "Com1",
    "LPT9",
    "lpt¹",
    "HTTPServer",
    "userID",
    "IPv4Address",
    "a" * 300,
    "Z" * 300,
    "9" * 300,
    "word " * 100,
    "🚀" * 100,
]


# -- snake -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("petId", "pet_id"),
        ("PetStatus", "pet_status"),
        ("X-Auth-Token", "x_auth_token"),
        ("repos/get", "repos_get"),
        ("hello world", "hello_world"),
        ("  padded  ", "padded"),
        ("a.b.c", "a_b_c"),
        ("userID", "user_id"),
        ("HTTPServer", "http_server"),
        ("Über", "uber"),
        ("crème brûlée", "creme_brulee"),
        ("ﬁle", "file"),
        ("zero\u200bwidth", "zerowidth"),
        ("$ref", "ref"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from", "from_"),
        ("class", "class_"),
        ("Class", "class_"),
        ("import", "import_"),
        ("async", "async_"),
        ("await", "await_"),
        ("lambda", "lambda_"),
        ("is", "is_"),
        ("None", "none"),  # lower-case `none` is not a keyword
        ("True", "true"),
    ],
)
def test_snake_keywords_get_trailing_underscore(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2faenable", "field_2faenable"),
        ("2fa-enable", "field_2fa_enable"),
        ("123", "field_123"),
        ("-1", "field_1"),
    ],
)
def test_snake_leading_digit_gets_prefix(text: str, expected: str) -> None:
    assert snake(text) == expected


def test_snake_custom_prefix_for_leading_digit() -> None:
    assert snake("2faenable", prefix="op_") == "op_2faenable"


def test_snake_empty_string() -> None:
    assert snake("") == "field"
    assert snake("", prefix="op_") == "op"


@pytest.mark.parametrize("text", ["🚀", "日本語", "_", "-", "   ", "\x00"])
def test_snake_without_any_ascii_word_is_a_stable_hash(text: str) -> None:
    name = snake(text)
    assert re.fullmatch(r"field_[0-9a-f]{8}", name), name
    assert snake(text) == name  # deterministic


def test_snake_without_ascii_words_distinct_inputs_get_distinct_names() -> None:
    names = {snake(t) for t in ["🚀", "🛸", "日本語", "中文", "_", "-"]}
    assert len(names) == 6


# -- pascal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pet_status", "PetStatus"),
        ("petStatus", "PetStatus"),
        ("x-auth-token", "XAuthToken"),
        ("repos/get", "ReposGet"),
        ("hello world", "HelloWorld"),
        ("HTTPServer", "HTTPServer"),
        ("Über", "Uber"),
        ("class", "Class"),  # not a keyword once capitalised
        ("none", "None_"),
        ("true", "True_"),
        ("false", "False_"),
        ("2fa", "Model2fa"),
        ("", "Model"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal(text) == expected


def test_pascal_custom_prefix() -> None:
    assert pascal("2fa", prefix="Tag") == "Tag2fa"
    assert pascal("", prefix="Tag") == "Tag"


def test_pascal_without_any_ascii_word_is_a_stable_hash() -> None:
    assert re.fullmatch(r"Model[0-9a-f]{8}", pascal("🚀"))
    assert pascal("🚀") == pascal("🚀")
    assert pascal("🚀") != pascal("🛸")


# -- constant ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("available", "AVAILABLE"),
        ("in-progress", "IN_PROGRESS"),
        ("inProgress", "IN_PROGRESS"),
        ("Über", "UBER"),
        ("none", "NONE"),
        ("2xx", "VALUE_2XX"),
        ("-1", "VALUE_1"),
        ("", "EMPTY"),
    ],
)
def test_constant(text: str, expected: str) -> None:
    assert constant(text) == expected


def test_constant_without_any_ascii_word_is_a_stable_hash() -> None:
    assert re.fullmatch(r"VALUE_[0-9A-F]{8}", constant("🚀"))
    assert constant("+") != constant("-")


# -- module_name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PetStatus", "pet_status"),
        ("from", "from_"),
        ("2fa", "m_2fa"),
        ("", "m"),
        ("Console", "console"),  # only the exact device names are reserved
        ("Connection", "connection"),
    ],
)
def test_module_name(text: str, expected: str) -> None:
    assert module_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CON", "con_"),
        ("con", "con_"),
        ("Con", "con_"),
        ("PRN", "prn_"),
        ("aux", "aux_"),
        ("NUL", "nul_"),
        ("nul", "nul_"),
        ("Com1", "com1_"),
        ("com9", "com9_"),
        ("lpt1", "lpt1_"),
        ("Lpt9", "lpt9_"),
        ("lpt¹", "lpt1_"),  # Windows reserves the superscript-digit forms too
    ],
)
def test_module_name_avoids_windows_reserved_device_names(
    text: str, expected: str
) -> None:
    assert module_name(text) == expected


@pytest.mark.parametrize(
    ("text", "acceptable"),
    [
        ("SHA256", {"sha256", "sha_256"}),
        ("UTF8", {"utf8", "utf_8"}),
        ("MD5Hash", {"md5_hash", "md_5_hash"}),
        ("HTTP2Server", {"http2_server", "http_2_server"}),
        ("ISO8601Date", {"iso8601_date", "iso_8601_date"}),
        ("COM9", {"com9", "com_9"}),
    ],
)
def test_snake_keeps_acronyms_before_digits_together(
    text: str, acceptable: set[str]
) -> None:
    assert snake(text) in acceptable


# -- very long names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fn", "readable_start"),
    [
        (snake, "segment_segment_"),
        (pascal, "SegmentSegment"),
        (constant, "SEGMENT_SEGMENT_"),
    ],
    ids=["snake", "pascal", "constant"],
)
def test_long_names_are_shortened_with_a_deterministic_hash(
    fn: NameFn, readable_start: str
) -> None:
    limit = MAX_IDENTIFIER
    base = "segment_" * 40
    a, b = base + "alpha", base + "omega"
    name_a, name_b = fn(a), fn(b)
    assert len(name_a) <= limit
    assert len(name_b) <= limit
    assert re.search(r"_[0-9a-fA-F]{8}$", name_a), name_a
    assert name_a.startswith(readable_start)  # still readable
    assert fn(a) == name_a  # deterministic
    assert name_a != name_b  # distinct inputs that share a long prefix stay distinct


def test_long_module_names_respect_module_limit() -> None:
    base = "VeryLongSchemaName" * 10
    names = {module_name(base + suffix) for suffix in ("A", "B", "C")}
    assert len(names) == 3
    for name in names:
        assert len(name) <= MAX_MODULE
        assert re.search(r"_[0-9a-f]{8}$", name), name


def test_names_at_the_limit_are_not_shortened() -> None:
    exact = "a" * MAX_IDENTIFIER
    assert snake(exact) == exact
    assert len(snake("a" * (MAX_IDENTIFIER + 1))) <= MAX_IDENTIFIER
    assert snake("a" * (MAX_IDENTIFIER + 1)) != exact


def test_long_leading_digit_names_keep_prefix_and_limit() -> None:
    name = snake("9" * 300)
    assert name.startswith("field_9")
    assert len(name) <= MAX_IDENTIFIER


# -- every produced name is usable -------------------------------------------------------


@pytest.mark.parametrize("fn_name", sorted(NAME_FUNCTIONS))
def test_every_name_for_nasty_input_is_a_valid_identifier(fn_name: str) -> None:
    fn = NAME_FUNCTIONS[fn_name]
    bad = []
    for text in NASTY:
        name = fn(text)
        if not (
            name.isidentifier()
            and name.isascii()
            and not keyword.iskeyword(name)
            and len(name) <= MAX_IDENTIFIER
        ):
            bad.append((text, name))
    assert not bad, f"{fn_name} produced unusable names: {bad!r}"


@pytest.mark.parametrize("fn_name", sorted(NAME_FUNCTIONS))
def test_names_are_deterministic(fn_name: str) -> None:
    fn = NAME_FUNCTIONS[fn_name]
    assert [fn(t) for t in NASTY] == [fn(t) for t in NASTY]


def test_namer_output_for_nasty_inputs_is_unique_and_valid() -> None:
    namer = Namer(naming.MODEL_RESERVED, case_insensitive=True)
    taken = [namer.take(snake(t)) for t in NASTY + NASTY]
    assert len({t.lower() for t in taken}) == len(taken)
    for name in taken:
        assert name.isidentifier(), name
        assert not keyword.iskeyword(name), name
        assert name not in naming.MODEL_RESERVED


# -- Namer -------------------------------------------------------------------------------


def test_namer_hands_out_free_names_unchanged() -> None:
    namer = Namer()
    assert [namer.take(n) for n in ("a", "b", "c")] == ["a", "b", "c"]


def test_namer_numbers_collisions_deterministically() -> None:
    namer = Namer()
    assert [namer.take("pet") for _ in range(4)] == ["pet", "pet_2", "pet_3", "pet_4"]


def test_namer_same_requests_give_same_names() -> None:
    requests = ["a", "A", "a", "b", "a_", "a", "B"]

    def run() -> list[str]:
        namer = Namer(["b"], case_insensitive=True)
        return [namer.take(r) for r in requests]

    first = run()
    assert first == run()
    assert len({n.lower() for n in first}) == len(first)


def test_namer_never_hands_out_reserved_names() -> None:
    namer = Namer(["self", "to_dict"])
    assert namer.take("self") == "self_"
    assert namer.take("to_dict") == "to_dict_"
    assert namer.take("to_dict") == "to_dict_2"


def test_namer_reserved_name_with_trailing_underscore() -> None:
    namer = Namer(["from_"])
    assert namer.take("from_") == "from_2"


def test_namer_case_insensitive_collisions() -> None:
    namer = Namer(case_insensitive=True)
    assert namer.take("Pet") == "Pet"
    assert namer.take("pet") == "pet_2"
    assert namer.take("PET") == "PET_3"
    assert namer.take("pEt_") == "pEt_"


def test_namer_case_sensitive_by_default() -> None:
    namer = Namer()
    assert namer.take("Pet") == "Pet"
    assert namer.take("pet") == "pet"


def test_namer_case_insensitive_reserved() -> None:
    namer = Namer(["models"], case_insensitive=True)
    assert namer.take("Models") == "Models_"


def test_namer_reserve_blocks_a_name_later() -> None:
    namer = Namer()
    namer.reserve("body")
    assert namer.take("body") == "body_"


def test_namer_reserved_gets_underscore_taken_gets_number() -> None:
    namer = Namer(["timeout"])
    assert namer.take("timeout") == "timeout_"
    assert namer.take("get") == "get"
    assert namer.take("get") == "get_2"
    assert namer.take("timeout") == "timeout_2"


def test_namer_skips_numbers_already_taken() -> None:
    namer = Namer(["x", "x_", "x_2"])
    assert namer.take("x") == "x_3"


@pytest.mark.parametrize(
    ("scheme", "name"),
    [
        ("OAuth2PasswordBearer", "oauth2_password_bearer"),
        ("OAuth2", "oauth2"),
        ("oauth", "oauth"),
        ("HTTPBearer", "http_bearer"),
        ("api_key", "api_key"),
    ],
)
def test_scheme_names_keep_oauth_one_word(scheme: str, name: str) -> None:
    assert naming.scheme_name(scheme) == name
