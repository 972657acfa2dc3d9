"""Test doubles for Bodies and streams: an in-process fake API that answers from the spec.

Not imported by ``import bodies_and_streams``; import it in your tests::

    from bodies_and_streams import BodiesAndStreams
    from bodies_and_streams.testing import FakeBodiesAndStreams

    fake = FakeBodiesAndStreams()
    client = BodiesAndStreams(http_client=fake.http_client())

Every operation answers with the spec's example (or a value synthesized from its schema).
Requests are checked against the spec: missing credentials get a 401, a request that breaks
the spec (missing required field, wrong type, ...) gets the spec's validation error status
with a message naming the field. Change answers per operation with ``fake.override(name, ...)``
and inspect ``fake.calls`` / ``fake.calls_to(name)``.
"""

from __future__ import annotations

from importlib import resources

from ._fake import Call, FakeAPI, Reply

__all__ = ["Call", "FakeBodiesAndStreams", "Reply"]


class FakeBodiesAndStreams(FakeAPI):
    """A fake Bodies and streams: pass ``fake.http_client()`` (or ``fake.async_http_client()``) to the client."""

    def __init__(self, *, validate: bool = True) -> None:
        spec = (
            resources.files(__package__).joinpath("_fake_spec.json").read_text("utf-8")
        )
        super().__init__(spec, validate=validate)
