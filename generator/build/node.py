"""Where the builder stands in the spec: a value with its document and JSON pointer, the
client's settings, and the small readers of documented values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from generator.load import Document
from generator.model import Scalar
from generator.problems import join_pointer


class Node(NamedTuple):
    """A value in some document, with where it is (for names, refs and messages).

    A NamedTuple rather than a frozen dataclass: the builder makes ~10^5 of these for a
    large spec, and tuple construction is several times cheaper.
    """

    doc: Document
    pointer: str
    value: Any

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for t in tokens:
            if isinstance(value, dict):
                value = value.get(t)
            elif isinstance(value, list) and isinstance(t, int) and 0 <= t < len(value):
                value = value[t]
            else:
                value = None
        return Node(self.doc, join_pointer(self.pointer, *tokens), value)

    def get(self, key: str, default: Any = None) -> Any:
        value = self.value
        return value.get(key, default) if isinstance(value, dict) else default

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.doc.path), self.pointer)

    @property
    def is_ref(self) -> bool:
        """Whether this is a reference (`{"$ref": "..."}`) to be followed."""
        value = self.value
        return isinstance(value, dict) and isinstance(value.get("$ref"), str)


@dataclass(frozen=True)
class ClientConfig:
    package: str
    client_class: str
    distribution: str | None = None


def text(value: Any) -> str:
    """A documented text, stripped ("" when absent or not a string)."""
    return value.strip() if isinstance(value, str) else ""


def example_of(*nodes: Node | None) -> Any:
    """The first documented example among the nodes (a parameter, then its schema)."""
    for node in nodes:
        if node is None or not isinstance(node.value, dict):
            continue
        if "example" in node.value:
            return node.value["example"]
        examples = node.value.get("examples")
        if isinstance(examples, dict):
            for ex in examples.values():
                if isinstance(ex, dict) and "value" in ex:
                    return ex["value"]
        if isinstance(examples, list) and examples:
            return examples[0]
    return None


def scalar(value: Any) -> Scalar | None:
    """A documented value the model keeps (None: none, or a list or an object)."""
    if value is None or isinstance(value, dict | list):
        return None
    return cast(Scalar, value)


class Stale(Exception):
    """A journal's record did not replay as recorded: build from scratch instead."""
