"""Test doubles for OpenAPI 3.1 Features: an in-process fake API that answers from the spec.

Not imported by ``import openapi31``; import it in your tests::

    from openapi31 import Openapi31
    from openapi31.testing import FakeOpenapi31

    fake = FakeOpenapi31()
    client = Openapi31(http_client=fake.http_client())

Every operation answers with the spec's example (or a value synthesized from its schema).
Requests are checked against the spec: missing credentials get a 401, a request that breaks
the spec (missing required field, wrong type, ...) gets the spec's validation error status
with a message naming the field. Change answers per operation with ``fake.override(name, ...)``
and inspect ``fake.calls`` / ``fake.calls_to(name)``.
"""

from __future__ import annotations

from importlib import resources

from ._fake import Call, FakeAPI, Reply

__all__ = ["Call", "FakeOpenapi31", "Reply"]


class FakeOpenapi31(FakeAPI):
    """A fake OpenAPI 3.1 Features: pass ``fake.http_client()`` (or ``fake.async_http_client()``) to the client."""

    def __init__(self, *, validate: bool = True) -> None:
        spec = (
            resources.files(__package__).joinpath("_fake_spec.json").read_text("utf-8")
        )
        super().__init__(spec, validate=validate)
