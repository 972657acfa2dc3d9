"""Resources: operations grouped by tag into the client's resources, with short method
names where they repeat the resource's name."""

from __future__ import annotations

import dataclasses
from collections import Counter

from generator import naming
from generator.build.node import text
from generator.build.state import BuildState
from generator.model import Operation, Resource
from generator.problems import Location


class ResourceBuilder(BuildState):
    def _resources(self, by_tag: dict[str, list[Operation]]) -> tuple[Resource, ...]:
        tag_docs: dict[str, str] = {}
        declared_order: list[str] = []
        for t in self.root.get("tags") or []:
            if isinstance(t, dict) and isinstance(t.get("name"), str):
                tag_docs[t["name"]] = text(t.get("description"))
                declared_order.append(t["name"])
        order = [t for t in declared_order if t in by_tag] + sorted(
            t for t in by_tag if t not in declared_order
        )
        attrs = naming.Namer(naming.CLIENT_RESERVED)
        classes = naming.Namer(
            [*self.models, *self.enums, *naming.PACKAGE_RESERVED], case_insensitive=True
        )
        modules = naming.Namer(naming.MODULE_RESERVED, case_insensitive=True)
        out = []
        for tag in order:
            attr = attrs.take(naming.snake(tag, prefix="tag_"))
            cls = classes.take(naming.pascal(tag, prefix="Tag") + "Resource")
            classes.reserve("Async" + cls)
            module = modules.take(naming.module_name(attr))
            methods = naming.Namer(naming.RESOURCE_RESERVED)
            ops = []
            short = self._short_names(attr, by_tag[tag])
            for op in by_tag[tag]:
                name = methods.take(short[op.operation_id, op.http_method, op.path])
                ops.append(
                    op
                    if name == op.method_name
                    else dataclasses.replace(op, method_name=name)
                )
            out.append(
                Resource(tag, attr, cls, module, tag_docs.get(tag, ""), tuple(ops))
            )
        return tuple(out)

    def _short_names(
        self, resource: str, ops: list[Operation]
    ) -> dict[tuple[str, str, str], str]:
        """Each operation's method name without what repeats its resource or FastAPI's
        default suffix (generator.naming.short_method_name), unless that would give two
        operations one name: then both keep their full names, with a warning."""
        short = {
            (op.operation_id, op.http_method, op.path): naming.short_method_name(
                op.method_name, op.operation_id, op.path, op.http_method, resource
            )
            for op in ops
        }
        taken = Counter(short.values())
        full = {op.method_name for op in ops}
        for op in ops:
            key = (op.operation_id, op.http_method, op.path)
            name = short[key]
            if name != op.method_name and (taken[name] > 1 or name in full):
                self.problems.add(
                    self._location_of(op),
                    f"the short method name {name!r} would be shared by several "
                    f"operations of {resource!r}; kept {op.method_name!r}",
                    "warning",
                )
                short[key] = op.method_name
        return short

    def _location_of(self, op: Operation) -> Location:
        """Where an operation stands (its operationId), from its `source`."""
        display, _, pointer = op.source.partition("#")
        for doc in self.ws.documents:
            if doc.display_name == display:
                return doc.location(pointer + "/operationId")
        return self.ws.root.location(pointer)
