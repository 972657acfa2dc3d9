"""Task: Result of an asynchronous server task. All dates are ISO 8601 strings; `assigned`, `completed` and `results` are empty strings until the task gets that far, so the task is finished only once `completed` is non-empty."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Task"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Task(_c.BaseModel):
    """Result of an asynchronous server task. All dates are ISO 8601 strings; `assigned`, `completed` and `results` are empty strings until the task gets that far, so the task is finished only once `completed` is non-empty.

    Attributes:
        name: Task name, e.g. `server_reboot`
        activated: Date of task initiation (ISO 8601)
        assigned: Date of task assignation for execution (ISO 8601); empty string for unassigned task
        completed: Date of task completion (ISO 8601); empty string for unassigned and / or running task
        results: Task completion result; empty string for unassigned and / or running task
    """

    name: str = _c.req("name", _c.STR)
    activated: str = _c.req("activated", _c.STR)
    assigned: str = _c.req("assigned", _c.STR)
    completed: str = _c.req("completed", _c.STR)
    results: str = _c.req("results", _c.STR)
