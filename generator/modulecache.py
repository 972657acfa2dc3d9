"""Formatted modules, kept by exactly what they were rendered from.

A resource, model or enum module is rendered from one template and a small context (the
package name and one model object), never from the whole API: the key is a hash of that
template's source, the pickled context, the generator's own code and black's version. A
module whose key is known is neither rendered nor formatted again; after a spec edit only
the modules the edit reaches are. Pickling can only make equal contexts miss (never make
different ones match): the bytes are the object.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

from generator import cache
from generator.format import NAMESPACE as FORMAT_NAMESPACE

_NAMESPACE = "module"


def template_digest(template: Path) -> str | None:
    """The digest of a template's source (once per render, not once per module)."""
    try:
        return cache.key(template.read_bytes())
    except OSError:
        return None


def key(source: str, context: dict[str, Any]) -> str | None:
    """The key of the module a template with digest `source` renders from `context`; None
    if the context cannot be pickled."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # No memo: the bytes then say only what the values are, never which of them happen
    # to be one object (a model replayed from a journal shares strings differently from
    # one just built). The contexts are trees of frozen dataclasses: no cycles.
    pickler.fast = True
    try:
        pickler.dump(context)
    except (
        pickle.PicklingError,
        TypeError,
        AttributeError,
        ValueError,
        RecursionError,
    ):
        return None
    data = buffer.getvalue()
    return cache.key(
        "module-v1", FORMAT_NAMESPACE, cache.generator_fingerprint(), source, data
    )


def get(digest: str) -> str | None:
    return cache.get(_NAMESPACE, digest)


def put(digest: str, text: str) -> None:
    cache.put(_NAMESPACE, digest, text)
