"""Test doubles for Swagger 2.0 store: an in-process fake API that answers from the spec.

Not imported by ``import swagger2_store``; import it in your tests::

    from swagger2_store import Swagger2Store
    from swagger2_store.testing import FakeSwagger2Store

    fake = FakeSwagger2Store()
    client = Swagger2Store(api_key="...", username="...", password="...", http_client=fake.http_client())

Every operation answers with the spec's example (or a value synthesized from its schema).
Requests are checked against the spec: missing credentials get a 401, a request that breaks
the spec (missing required field, wrong type, ...) gets the spec's validation error status
with a message naming the field. Change answers per operation with ``fake.override(name, ...)``
and inspect ``fake.calls`` / ``fake.calls_to(name)``.
"""

from __future__ import annotations

from importlib import resources

from ._fake import Call, FakeAPI, Reply

__all__ = ["Call", "FakeSwagger2Store", "Reply"]


class FakeSwagger2Store(FakeAPI):
    """A fake Swagger 2.0 store: pass ``fake.http_client()`` (or ``fake.async_http_client()``) to the client."""

    def __init__(self, *, validate: bool = True) -> None:
        spec = (
            resources.files(__package__).joinpath("_fake_spec.json").read_text("utf-8")
        )
        super().__init__(spec, validate=validate)
