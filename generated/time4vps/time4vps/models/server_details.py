"""ServerDetails: Server configuration, installed OS and resource usage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .server_component import ServerComponent
    from .task import Task

__all__ = ["ServerDetails"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ServerDetails(_c.BaseModel):
    """Server configuration, installed OS and resource usage.

    Attributes:
        synch_date: Last synchronisation date and time (ISO 8601)
        package_id: Package (product) ID
        domain: Server host name
        label: Server label
        status: Server status, e.g. `Active`
        cpu_frequency: CPU frequency
        cpu_cores: Number of CPU cores
        ram_limit: RAM limit
        ram_used: RAM used
        disk_limit: Disk limit
        disk_usage: Disk usage
        bw_limit: Bandwidth limit
        bw_in: Incoming bandwidth used
        bw_out: Outgoing bandwidth used
        os: Installed OS template (see `GET /server/{server_id}/oses`)
        ip: Main IP address
        additional_ip: Additional IP addresses
        dns_servers: DNS servers, null if not set
        components: Server components
        active_task: Task currently running on the server (see Task), null when none
        last_tasks: Recent tasks of the server, null when none
    """

    synch_date: str | _t.NotGiven = _c.opt("synch_date", _c.STR)
    package_id: int | _t.NotGiven = _c.opt("package_id", _c.INT)
    domain: str | _t.NotGiven = _c.opt("domain", _c.STR)
    label: str | _t.NotGiven = _c.opt("label", _c.STR)
    status: str | _t.NotGiven = _c.opt("status", _c.STR)
    cpu_frequency: int | _t.NotGiven = _c.opt("cpu_frequency", _c.INT)
    cpu_cores: int | _t.NotGiven = _c.opt("cpu_cores", _c.INT)
    ram_limit: int | _t.NotGiven = _c.opt("ram_limit", _c.INT)
    ram_used: int | _t.NotGiven = _c.opt("ram_used", _c.INT)
    disk_limit: int | _t.NotGiven = _c.opt("disk_limit", _c.INT)
    disk_usage: int | _t.NotGiven = _c.opt("disk_usage", _c.INT)
    bw_limit: int | _t.NotGiven = _c.opt("bw_limit", _c.INT)
    bw_in: int | _t.NotGiven = _c.opt("bw_in", _c.INT)
    bw_out: int | _t.NotGiven = _c.opt("bw_out", _c.INT)
    os: str | _t.NotGiven = _c.opt("os", _c.STR)
    ip: str | _t.NotGiven = _c.opt("ip", _c.STR)
    additional_ip: list[str] | _t.NotGiven = _c.opt("additional_ip", _c.list_(_c.STR))
    dns_servers: list[str] | _t.NotGiven | None = _c.opt(
        "dns_servers", _c.nullable(_c.list_(_c.STR))
    )
    components: list[ServerComponent] | _t.NotGiven = _c.opt(
        "components", _c.list_(_c.model(_MODELS, "ServerComponent"))
    )
    active_task: dict[str, Any] | _t.NotGiven | None = _c.opt(
        "active_task", _c.nullable(_c.DICT)
    )
    last_tasks: list[Task] | _t.NotGiven | None = _c.opt(
        "last_tasks", _c.nullable(_c.list_(_c.model(_MODELS, "Task")))
    )
