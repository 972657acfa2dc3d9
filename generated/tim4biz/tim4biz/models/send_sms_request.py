"""SendSmsRequest: An SMS message to send."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["SendSmsRequest"]

_MODELS = "tim4biz.models"


@dataclass(kw_only=True, repr=False)
class SendSmsRequest(_c.BaseModel):
    """An SMS message to send.

    Attributes:
        to: Recipient mobile number in international format: a `+`, the country code
            and the subscriber number, digits only (for example `+61400000000`).
        message: Text of the message. The maximum length is not documented by the vendor.
    """

    to: str = _c.req("to", _c.STR)
    message: str = _c.req("message", _c.STR)
