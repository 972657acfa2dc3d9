"""Job"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Job"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class Job(_c.BaseModel):
    """Job

    Attributes:
        state: queued, running, succeeded or failed.
        finished_at: Set once the job is finished (null or empty before).
    """

    id: str = _c.req("id", _c.STR)
    state: str = _c.req("state", _c.STR)
    finished_at: str | _t.NotGiven | None = _c.opt("finished_at", _c.nullable(_c.STR))
    detail: str | _t.NotGiven = _c.opt("detail", _c.STR)
