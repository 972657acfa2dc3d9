"""The filters the templates apply to spec text and values (`{{ x | doc }}`, `| py`, ...).

Spec text is untrusted: each filter makes it inert where it is written, as a Python literal,
inside a docstring, in Markdown or as a TOML string, and never lets it become code.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator import layout

_FORMAT_CHARS = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2069\ufeff\ud800-\udfff]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (possible in JSON) cannot be encoded: U+FFFD stands in for them."""
    return _SURROGATES.sub("\ufffd", text)


def py_literal(value: Any) -> str:
    """A Python literal for a str/bytes/int/bool/None; repr() escapes quotes, newlines,
    bidi, NUL.

    Strings take black's double quotes wherever that needs no more escapes than repr's.
    """
    if isinstance(value, bool | int | float) or value is None:
        return repr(value)
    if isinstance(value, bytes):
        return "b" + layout.double_quoted(repr(value)[1:])
    return layout.double_quoted(repr(str(value)))


def py_tuple(values: Any) -> str:
    """A tuple literal (nested sequences become nested tuples), without magic trailing commas."""
    if isinstance(values, list | tuple):
        items = [py_tuple(v) for v in values]
        if len(items) == 1:
            return f"({items[0]},)"
        return "(" + ", ".join(items) + ")"
    return py_literal(values)


# One line with nothing doc_text changes: no quote, backslash, tab, line break, control or
# format character, surrogate, and (checked apart) no space at either end. Most of a large
# spec's descriptions: GitHub's 45,000 went through every step below.
_PLAIN = re.compile(
    '[^"\\\\\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff'
    "\ud800-\udfff]*"
)


def doc_text(value: Any) -> str:
    """Spec text made inert inside a triple-quoted (non-raw) docstring."""
    text = str(value)
    if _PLAIN.fullmatch(text) and text.strip() == text:
        return text
    return _doc_text(text)


def _doc_text(text: str) -> str:
    text = _no_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\\", "\\\\")  # backslashes first
    text = _FORMAT_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    # as black's docstring handling: the lines after the first lose their common indent
    cut = min((len(ln) - len(ln.lstrip()) for ln in lines[1:] if ln), default=0)
    text = "\n".join([lines[0], *(ln[cut:] for ln in lines[1:])])
    # a quote followed by a quote, or the last character, could close the docstring
    return re.sub('"(?=")|"$', '\\\\"', text)


def doc_line(value: Any) -> str:
    """Spec text made inert inside a docstring, on one line: for a name, title, path or
    URL written into a sentence (a line break there would upset the docstring's indent)."""
    return re.sub(r"\s*\n\s*", " ", doc_text(value))


def doc_end(text: str, indent: int) -> str:
    """A docstring's text with its closing quotes, where black puts them: on a line of
    their own when the docstring has several lines and the last would grow too long."""
    # black pads a closing quote of the text from the closing quotes ...
    padded = text + " " if text.endswith('"') else text
    last = padded.rpartition("\n")[2]
    if "\n" in text and len(last) + 3 > layout.LINE_LENGTH:
        return f'{text}\n{" " * indent}"""'  # ... unless they go on their own line
    return f'{padded}"""'


def markdown_text(value: Any) -> str:
    """Spec text made inert in Markdown: no control/bidi characters, no raw HTML."""
    text = _FORMAT_CHARS.sub("", _no_surrogates(str(value)).replace("\r\n", "\n"))
    return text.replace("<", "&lt;")


def first_line(value: Any) -> str:
    line = markdown_text(value).strip().split("\n", 1)[0]
    return line.replace("|", "\\|")


def toml_string(value: Any) -> str:
    """A TOML basic string: JSON's escapes are TOML's, minus surrogate pairs and raw DEL."""
    text = json.dumps(_no_surrogates(str(value)), ensure_ascii=False)
    return text.replace("\x7f", "\\u007f")


def all_sorted(names: Any) -> list[str]:
    """Order names like ruff's isort-style `__all__` sort (RUF022)."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper() or (name.upper() == name and any(c.isalpha() for c in name)):
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name)

    return sorted((str(n) for n in names), key=key)


#: the runtime's error class of each status that has one of its own
_ERROR_CLASSES = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "405": "MethodNotAllowedError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}


def error_class(status: str) -> str:
    """The error class the runtime raises for a response with this status."""
    if status.startswith("5") and status not in _ERROR_CLASSES:
        return "InternalServerError"
    return _ERROR_CLASSES.get(status, "APIStatusError")
