"""Test doubles for TIM4biz API: an in-process fake API that answers from the spec.

Not imported by ``import tim4biz``; import it in your tests::

    from tim4biz import TIM4biz
    from tim4biz.testing import FakeTIM4biz

    fake = FakeTIM4biz()
    client = TIM4biz(username="...", password="...", http_client=fake.http_client())

Every operation answers with the spec's example (or a value synthesized from its schema).
Requests are checked against the spec: missing credentials get a 401, a request that breaks
the spec (missing required field, wrong type, ...) gets the spec's validation error status
with a message naming the field. Change answers per operation with ``fake.override(name, ...)``
and inspect ``fake.calls`` / ``fake.calls_to(name)``.
"""

from __future__ import annotations

from importlib import resources

from ._fake import Call, FakeAPI, Reply

__all__ = ["Call", "FakeTIM4biz", "Reply"]


class FakeTIM4biz(FakeAPI):
    """A fake TIM4biz API: pass ``fake.http_client()`` (or ``fake.async_http_client()``) to the client."""

    def __init__(self, *, validate: bool = True) -> None:
        spec = (
            resources.files(__package__).joinpath("_fake_spec.json").read_text("utf-8")
        )
        super().__init__(spec, validate=validate)
