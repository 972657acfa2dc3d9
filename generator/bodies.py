"""Request bodies given whole: the model class behind a flattened body.

An object request body is flattened into keyword arguments (generator.build); where its
schema is a named model (a `$ref` to a component object schema), the method also takes the
body whole, `body=` a model instance or a mapping (`RequestBody.whole`, the overloads of
generator.signatures). This module finds that model, adding nothing to the build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.model import TypeRef

if TYPE_CHECKING:
    from generator.build import Node
    from generator.build.schemas import SchemaBuilder


def model_of(builder: SchemaBuilder, schema: Node | None) -> TypeRef | None:
    """The model class a body schema names: a `$ref` (or an `allOf` of one `$ref`) to an
    object schema the build has made a class of; None for an inline schema."""
    if schema is None:
        return None
    node = schema
    if not _is_ref(node):
        single = builder._single_allof(node)
        if single is None or not _is_ref(single):
            return None
        node = single
    target = builder.deref(node)
    name = builder._named.get(target.key)
    if name is None or name not in builder.models:
        return None
    return TypeRef("model", name)


def _is_ref(node: Node) -> bool:
    return isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str)
