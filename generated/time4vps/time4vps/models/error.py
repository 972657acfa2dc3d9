"""Error: Error body returned with a failing status code. `error` lists error codes (e.g. `wronglogin` for bad credentials) or human-readable messages."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Error"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Error(_c.BaseModel):
    """Error body returned with a failing status code. `error` lists error codes (e.g. `wronglogin` for bad credentials) or human-readable messages.

    Attributes:
        error: Error codes or messages
    """

    error: list[str] = _c.req("error", _c.list_(_c.STR))
