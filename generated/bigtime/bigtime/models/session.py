"""Session: A logged-in session."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Session"]

_MODELS = "bigtime.models"


@dataclass(kw_only=True, repr=False)
class Session(_c.BaseModel):
    """A logged-in session.

    Attributes:
        token: Session token; send it as `X-Auth-Token`. It expires.
        firm: The firm id (realm); send it as `X-Auth-Realm`.
        staffsid: The SID of the logged-in user's staff record.
        userid: The logged-in user's id (login).
        fname: The logged-in user's first name.
        sname: The logged-in user's surname.
    """

    token: str = _c.req("token", _c.STR)
    firm: str = _c.req("firm", _c.STR)
    staffsid: int | _t.NotGiven = _c.opt("staffsid", _c.INT)
    userid: str | _t.NotGiven = _c.opt("userid", _c.STR)
    fname: str | _t.NotGiven = _c.opt("fname", _c.STR)
    sname: str | _t.NotGiven = _c.opt("sname", _c.STR)
