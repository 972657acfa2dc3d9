"""The builder: a validated OpenAPI 3.x document → the intermediate model (generator.model).

Swagger 2.0 documents are converted to 3.0 shape first (generator.swagger2). Unsupported
constructs become warnings with locations; nothing is dropped silently. The work is split by
concern: schemas (.schemas), operations (.operations), security (.security), resources
(.resources), incremental builds (.incremental); the x-clientgen extensions are applied to
the finished model (generator.extensions)."""

from __future__ import annotations

from collections.abc import Callable

from generator import journal
from generator.build.incremental import IncrementalBuilder
from generator.build.node import ClientConfig, Node, Stale, text
from generator.build.resources import ResourceBuilder
from generator.extensions import apply_extensions
from generator.load import Workspace
from generator.model import HTTP_METHODS, Api, Operation
from generator.pagination import apply_pagination
from generator.problems import Location, Problems
from generator.servers import servers as normalized_servers


class Builder(IncrementalBuilder, ResourceBuilder):
    def build(self) -> Api:
        previous = self.previous
        if previous is not None and (
            self.keys is None or previous.base != self.keys.base
        ):
            previous = None  # the components changed: build everything
        if previous is not None:
            start = previous.start
            self._restore(start)
        else:
            before = len(self.problems.items)
            self.register_components()
            schemes = self._security_schemes()
            root_security = self._security(self.root.child("security"), schemes)
            start = self._start(schemes, root_security, before)
        keys = self.keys
        records: dict[tuple[str, str], journal.Record] = {}
        chain = keys.base if keys is not None else ""
        by_tag: dict[str, list[Operation]] = {}
        paths = self.root.child("paths")
        op_count = 0
        for path in paths.value or {}:
            item = self.deref(paths.child(path))
            if not isinstance(item.value, dict):
                continue
            for method in HTTP_METHODS:
                if not isinstance(item.value.get(method), dict):
                    continue
                op_count += 1
                op_node = item.child(method)
                where = (method.upper(), path)
                self._op_nodes[where] = op_node
                if keys is None:
                    op = self._operation(
                        path, method, item, op_node, start.root_security, start.schemes
                    )
                    by_tag.setdefault(op.tag, []).append(op)
                    continue
                key = keys.operation(method, path)
                old = previous.operations.get(where) if previous is not None else None
                if old is not None and old.key == key and old.chain == chain:
                    effects, kept = self._replay(old.effects), True
                    self.unchanged.add(where)
                else:
                    effects, kept = self._recorded(path, method, item, op_node, start)
                if kept and key is not None:
                    records[where] = journal.Record(key, chain, effects)
                chain = journal.chained(chain, effects)
                by_tag.setdefault(effects.operation.tag, []).append(effects.operation)
        if keys is not None and len(records) == op_count:
            self.journal = journal.Journal(keys.base, start, records)
        if isinstance(self.root.get("webhooks"), dict) and self.root.get("webhooks"):
            self.warn(
                self.root.child("webhooks"),
                "webhooks are not part of a client; ignored",
            )
        resources = self._resources(by_tag)
        listed = self.root.child("servers")
        servers = normalized_servers(
            listed.value, lambda i, m: self.warn(listed.child(i, "url"), m)
        )
        info = self.root.child("info")
        schemas = (
            self.root.get("components", {}).get("schemas")
            if isinstance(self.root.get("components"), dict)
            else None
        )
        return Api(
            title=text(info.get("title")) or self.cfg.client_class,
            version=str(info.get("version") or "0.0.0"),
            description=text(info.get("description")),
            package=self.cfg.package,
            client_class=self.cfg.client_class,
            distribution=self.cfg.distribution or self.cfg.package.replace("_", "-"),
            env_prefix=self.cfg.package.upper(),
            servers=servers,
            security_schemes=start.schemes,
            resources=resources,
            models=tuple(sorted(self.models.values(), key=lambda m: m.name)),
            enums=tuple(sorted(self.enums.values(), key=lambda e: e.name)),
            spec_version=str(self.root.get("openapi") or self.root.get("swagger")),
            operation_count_in_spec=op_count,
            schema_count_in_spec=len(schemas) if isinstance(schemas, dict) else 0,
        )


def build_api(ws: Workspace, config: ClientConfig, problems: Problems) -> Api:
    return build_api_and_builder(ws, config, problems)[0]


def build_api_and_builder(
    ws: Workspace,
    config: ClientConfig,
    problems: Problems,
    keys: journal.Keys | None = None,
    previous: journal.Journal | None = None,
) -> tuple[Api, Builder]:
    """The model, and the builder that made it (for data derived from the raw spec).

    With `keys` (see generator.journal.keys_of) the builder keeps a journal of this build
    (`builder.journal`); with the `previous` build's journal too, it redoes only what
    changed since."""
    before = len(problems.items)
    builder = Builder(ws, config, problems, keys, previous)
    try:
        api = builder.build()
    except Stale:  # the journal did not fit after all: build everything
        del problems.items[before:]
        builder = Builder(ws, config, problems, keys)
        api = builder.build()

    # Locations are made for every extension, problems for few: a location's line and
    # column (which index the whole document's text) are found only for a problem.
    docs = {doc.display_name: doc for doc in ws.documents}

    def report(location: Location, message: str) -> None:
        doc = docs.get(location.file)
        if location.line is None and doc is not None:
            location = doc.location(location.pointer)
        problems.add(location, message)

    def locator(node: Node) -> Callable[[str], Location]:
        name = node.doc.display_name
        return lambda suffix: Location(name, pointer=node.pointer + suffix)

    raw_ops = {
        k: n.value for k, n in builder._op_nodes.items() if isinstance(n.value, dict)
    }
    locations = {k: locator(n) for k, n in builder._op_nodes.items()}
    root = ws.root.data if isinstance(ws.root.data, dict) else {}
    api = apply_extensions(api, raw_ops, locations, root, locator(builder.root), report)
    api = apply_pagination(api, raw_ops, locations, report)
    return api, builder
