"""JobStarted"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["JobStarted"]

_MODELS = "workflows.models"


@dataclass(kw_only=True, repr=False)
class JobStarted(_c.BaseModel):
    """JobStarted"""

    job_id: str = _c.req("job_id", _c.STR)
