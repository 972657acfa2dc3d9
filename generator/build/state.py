"""The builder's state, shared by its parts (generator.build.schemas, .operations, ...):
the workspace, the problems, the classes named so far, and the helpers every part uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator import naming
from generator.build.node import ClientConfig, Node
from generator.load import Workspace
from generator.model import EnumDef, ModelDef
from generator.problems import Problem, Problems, SpecError

if TYPE_CHECKING:
    from generator import journal


class BuildState:
    def __init__(
        self,
        ws: Workspace,
        config: ClientConfig,
        problems: Problems,
        keys: journal.Keys | None = None,
        previous: journal.Journal | None = None,
    ) -> None:
        self.ws = ws
        self.cfg = config
        self.problems = problems
        self.root = Node(ws.root, "", ws.root.data)
        self.models: dict[str, ModelDef] = {}
        self.enums: dict[str, EnumDef] = {}
        self._named: dict[tuple[str, str], str] = {}  # schema location -> class name
        self._building: set[tuple[str, str]] = set()
        self._class_names = naming.Namer(naming.PACKAGE_RESERVED, case_insensitive=True)
        self._modules = naming.Namer(naming.MODULE_RESERVED, case_insensitive=True)
        self._module_of: dict[str, str] = {}
        self._op_nodes: dict[tuple[str, str], Node] = {}
        # incremental builds (generator.journal): the keys of this build, the journal of
        # an earlier one, and this build's own (None when it cannot be kept)
        self.keys = keys
        self.previous = previous if keys is not None else None
        self.journal: journal.Journal | None = None
        self.unchanged: set[tuple[str, str]] = set()  # replayed from `previous`
        self._log: list[tuple[str, str, str]] | None = None
        self._named_log: list[tuple[tuple[str, str], str]] | None = None

    # -- helpers -------------------------------------------------------------------
    def warn(self, node: Node, message: str) -> None:
        self.problems.add(node.doc.location(node.pointer), message, "warning")

    def deref(self, node: Node) -> Node:
        seen: set[tuple[str, str]] = set()
        while node.is_ref:
            if node.key in seen:
                raise SpecError(
                    [
                        self._located(
                            node, "circular $ref chain that never reaches a value"
                        )
                    ]
                )
            seen.add(node.key)
            r = self.ws.resolve(node.doc, node.value["$ref"], node.pointer + "/$ref")
            node = Node(r.document, r.pointer, r.value)
        return node

    def _located(self, node: Node, message: str) -> Problem:
        return Problem(node.doc.location(node.pointer), message)

    def _new_class(self, name: str) -> tuple[str, str]:
        return self._take_class(naming.pascal(name))

    def _take_class(self, asked: str) -> tuple[str, str]:
        cls = self._class_names.take(asked)
        module = self._modules.take(naming.module_name(cls))
        self._module_of[cls] = module
        if self._log is not None:
            self._log.append((asked, cls, module))
        return cls, module

    def _name(self, key: tuple[str, str], name: str) -> None:
        self._named[key] = name
        if self._named_log is not None:
            self._named_log.append((key, name))
