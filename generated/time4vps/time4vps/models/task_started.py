"""TaskStarted: Returned by the asynchronous server actions (reboot, reinstall, resetpassword, webconsole, rename, changeptr, flushfirewall, changedns): the action was only initiated. Fetch its result with `GET /server/{server_id}/task/{task_id}`. One task per server can run at a time."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["TaskStarted"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class TaskStarted(_c.BaseModel):
    """Returned by the asynchronous server actions (reboot, reinstall, resetpassword, webconsole, rename, changeptr, flushfirewall, changedns): the action was only initiated. Fetch its result with `GET /server/{server_id}/task/{task_id}`. One task per server can run at a time.

    Attributes:
        task_id: Task ID
    """

    task_id: int = _c.req("task_id", _c.INT)
