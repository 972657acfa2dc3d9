"""Problems found in a spec, collected as values with their locations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    for token in tokens:
        text = token if type(token) is str else str(token)
        if "~" in text or "/" in text:  # most tokens need no escaping: skip the calls
            text = escape_pointer_token(text)
        pointer += "/" + text
    return pointer


@dataclass(frozen=True, order=True)
class Location:
    """Where a problem is: a file, a line and column (1-based) if known, and a JSON pointer."""

    file: str
    line: int | None = None
    col: int | None = None
    pointer: str = ""

    def __str__(self) -> str:
        line = self.line if self.line is not None else 1
        col = self.col if self.col is not None else 1
        return f"{self.file}:{line}:{col}: {self.pointer or '/'}"


@dataclass(frozen=True, order=True)
class Problem:
    location: Location
    message: str
    severity: Severity = "error"
    code: str = ""  # a stable name for problems that callers treat specially

    def format(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.location}: {prefix}{self.message}"


@dataclass
class Problems:
    """A growing list of problems; `errors` decides whether generation can go on."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self, location: Location, message: str, severity: Severity = "error"
    ) -> None:
        self.items.append(Problem(location, message, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]


class SpecError(Exception):
    """Raised when a spec cannot be turned into a client; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(
            problems, key=lambda p: (p.location.file, p.location.line or 0)
        )
        super().__init__("\n".join(p.format() for p in self.problems))

    def __reduce__(self) -> tuple[type[SpecError], tuple[list[Problem]]]:
        # picklable, so that a worker process can report it as it is
        return (SpecError, (self.problems,))
