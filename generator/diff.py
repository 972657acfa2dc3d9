"""Compare two client surfaces: what a spec change does to code that calls the client.

Every change is classified breaking (existing calling code may stop working or type-check)
or compatible, with the old and new Python signatures side by side.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from generator.signatures import Method, Param
from generator.surface import Arg, FieldSurface, OpSurface, Surface


@dataclass(frozen=True)
class Change:
    group: str  # a resource attribute, "models", or "auth"
    kind: str
    subject: str
    breaking: bool
    message: str
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class Report:
    name: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def summary(self) -> str:
        """One paragraph, e.g. 'petstore: +2 operations, 1 breaking change: ...'."""
        if not self.changes:
            return f"{self.name}: no change to the Python surface"
        parts = []
        counted = (
            ("operation-added", "operations"),
            ("operation-removed", "operations"),
            ("method-added", "methods"),
            ("method-removed", "methods"),
            ("model-added", "models"),
            ("model-removed", "models"),
        )
        for kind, label in counted:
            n = self.count(kind)
            if n:
                sign = "+" if kind.endswith("added") else "-"
                parts.append(f"{sign}{n} {label if n != 1 else label[:-1]}")
        other = len(self.changes) - sum(self.count(k) for k, _ in counted)
        if other:
            parts.append(f"{other} other change{'s' if other != 1 else ''}")
        text = f"{self.name}: " + ", ".join(parts)
        broken = self.breaking
        if broken:
            shown = "; ".join(c.message for c in broken[:3])
            more = f" (+{len(broken) - 3} more)" if len(broken) > 3 else ""
            text += f", {len(broken)} breaking change{'s' if len(broken) != 1 else ''}: {shown}{more}"
        else:
            text += ", nothing breaking"
        return text

    def to_text(self) -> str:
        lines = [self.summary()]
        for group, changes in _grouped(self.changes):
            lines.append("")
            lines.append(f"[{group}]")
            for c in changes:
                mark = "BREAKING" if c.breaking else "compatible"
                lines.append(f"  {mark:10} {c.message}")
                if c.old is not None:
                    lines.append(f"             - {c.old}")
                if c.new is not None:
                    lines.append(f"             + {c.new}")
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        lines = [f"**{self.summary()}**", ""]
        for group, changes in _grouped(self.changes):
            lines += [
                f"#### `{group}`",
                "",
                "| | change | before | after |",
                "|---|---|---|---|",
            ]
            for c in changes:
                mark = "💥 breaking" if c.breaking else "compatible"
                old = f"`{c.old}`" if c.old else ""
                new = f"`{c.new}`" if c.new else ""
                lines.append(f"| {mark} | {_md(c.message)} | {_md(old)} | {_md(new)} |")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "name": self.name,
                    "summary": self.summary(),
                    "breaking": len(self.breaking),
                    "changes": [asdict(c) for c in self.changes],
                },
                indent=2,
            )
            + "\n"
        )


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _grouped(changes: Iterable[Change]) -> list[tuple[str, list[Change]]]:
    groups: dict[str, list[Change]] = {}
    for c in changes:
        groups.setdefault(c.group, []).append(c)
    return sorted(groups.items(), key=lambda kv: (kv[0] in ("models", "auth"), kv[0]))


def _members(annotation: str) -> set[str]:
    """The top-level members of a union annotation (`|` inside brackets does not split)."""
    out, depth, start = set(), 0, 0
    for i, ch in enumerate(annotation):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.add(annotation[start:i].strip())
            start = i + 1
    out.add(annotation[start:].strip())
    return out


def _widened(old: str, new: str) -> bool:
    """The new annotation accepts everything the old one did (e.g. `int` -> `int | str`)."""
    return _members(old) <= _members(new)


def compare(name: str, old: Surface, new: Surface) -> Report:
    changes: list[Change] = []
    changes += _operations(old.operations, new.operations)
    changes += _models(old, new)
    changes += _auth(old, new)
    if old.methods_known and new.methods_known:
        changes += _methods(old.methods, new.methods)
    return Report(name, tuple(changes))


def _methods(
    old_methods: Iterable[Method], new_methods: Iterable[Method]
) -> list[Change]:
    """The public methods besides the operations' own: workflow companions, login."""
    old = {m.qualified: m for m in old_methods}
    new = {m.qualified: m for m in new_methods}
    out: list[Change] = []
    for q, n in new.items():
        o = old.get(q)
        if o is None:
            out.append(
                Change(
                    n.owner,
                    "method-added",
                    q,
                    False,
                    f"new method {q}",
                    None,
                    n.signature(),
                )
            )
        elif o != n:
            out.append(
                Change(
                    n.owner,
                    "method-changed",
                    q,
                    _breaks(o, n),
                    f"{q}: signature changed",
                    o.signature(),
                    n.signature(),
                )
            )
    for q, o in old.items():
        if q not in new:
            out.append(
                Change(
                    o.owner,
                    "method-removed",
                    q,
                    True,
                    f"{q} was removed",
                    o.signature(),
                )
            )
    return out


def _breaks(old: Method, new: Method) -> bool:
    """Whether calls that worked with `old` can fail with `new`: a parameter gone or
    retyped, a new one without a default, a default removed, another return type. A
    method with overloads is called through them: each old form must still be one of the
    new forms' (a body now also taken whole keeps the form of its arguments)."""
    if old.returns != new.returns:
        return True
    return any(
        all(_form_breaks(before, after) for after in new.overloads or (new.params,))
        for before in old.overloads or (old.params,)
    )


def _form_breaks(old: tuple[Param, ...], new: tuple[Param, ...]) -> bool:
    before = {p.name: p for p in old}
    after = {p.name: p for p in new}
    for name, p in before.items():
        q = after.get(name)
        if q is None or q.annotation != p.annotation:
            return True
        if p.default is not None and q.default is None:
            return True
    return any(q.default is None for name, q in after.items() if name not in before)


def _operations(
    old_ops: Iterable[OpSurface], new_ops: Iterable[OpSurface]
) -> list[Change]:
    old = {o.qualified: o for o in old_ops}
    new = {o.qualified: o for o in new_ops}
    old_by_http = {o.http: o for o in old.values()}
    new_by_http = {o.http: o for o in new.values()}
    out: list[Change] = []
    matched_old: set[str] = set()
    for q, n in new.items():
        o = old.get(q)
        if o is None:
            candidate = old_by_http.get(n.http)
            if candidate is not None and candidate.qualified not in new:
                o = candidate
                out.append(
                    Change(
                        n.resource,
                        "operation-renamed",
                        q,
                        True,
                        f"{o.qualified} was renamed to {q} ({n.http})",
                        o.signature(),
                        n.signature(),
                    )
                )
        if o is None:
            out.append(
                Change(
                    n.resource,
                    "operation-added",
                    q,
                    False,
                    f"new operation {q} ({n.http})",
                    None,
                    n.signature(),
                )
            )
            continue
        matched_old.add(o.qualified)
        out += _operation_details(o, n)
    for q, o in old.items():
        if q in matched_old or q in new:
            continue
        if o.http in new_by_http and new_by_http[o.http].qualified not in old:
            continue  # reported as a rename
        out.append(
            Change(
                o.resource,
                "operation-removed",
                q,
                True,
                f"{q} was removed ({o.http})",
                o.signature(),
                None,
            )
        )
    return out


def _operation_details(o: OpSurface, n: OpSurface) -> list[Change]:
    if o == n:
        return []
    out: list[Change] = []
    q = n.qualified
    sig = (o.signature(), n.signature())

    def add(kind: str, breaking: bool, message: str) -> None:
        out.append(Change(n.resource, kind, q, breaking, message, *sig))

    # Arguments are the same argument when they send the same wire field from the same
    # place; a different Python name for it is a rename (callers' keywords break).
    def key(arg: Arg) -> tuple[str, str]:
        return (arg.location, arg.wire or arg.name)

    old_by_key = {key(a): a for a in o.args}
    new_by_key = {key(b): b for b in n.args}
    pairs: list[tuple[Arg | None, Arg | None]] = [
        (old_by_key.get(k), new_by_key.get(k))
        for k in dict.fromkeys([*old_by_key, *new_by_key])
    ]
    for a, b in pairs:
        if b is None:
            assert a is not None
            add("argument-removed", True, f"{q}: argument `{a.name}` was removed")
            continue
        if a is None:
            if b.required:
                add("argument-added", True, f"{q} now requires `{b.name}`")
            else:
                add("argument-added", False, f"{q}: new optional argument `{b.name}`")
            continue
        name = b.name
        if a.name != b.name:
            add("argument-renamed", True, f"{q}: argument `{a.name}` is now `{b.name}`")
        if b.required and not a.required:
            add("argument-now-required", True, f"{q} now requires `{name}`")
        elif a.required and not b.required:
            add("argument-now-optional", False, f"{q}: `{name}` is now optional")
        if a.annotation != b.annotation:
            widened = _widened(a.annotation, b.annotation)
            add(
                "argument-type-changed",
                not widened,
                f"{q}: `{name}` type {a.annotation} -> {b.annotation}",
            )
    if o.body != n.body:
        if not o.body:
            add("body-whole-added", False, f"{q}: the request body can be given whole")
        elif not n.body:
            add("body-whole-removed", True, f"{q}: the body is no longer taken whole")
        else:
            add(
                "body-whole-changed",
                not _widened(o.body, n.body),
                f"{q}: `body` type {o.body} -> {n.body}",
            )
    if o.returns != n.returns:
        add("return-type-changed", True, f"{q} returns {n.returns} (was {o.returns})")
    for status in sorted(set(n.errors) - set(o.errors)):
        add("error-added", False, f"{q}: may now answer {status}")
    for status in sorted(set(o.errors) - set(n.errors)):
        add("error-removed", False, f"{q}: no longer documents {status}")
    if o.security != n.security:
        anonymous = not n.security or () in n.security
        lost = [] if anonymous else [alt for alt in o.security if alt not in n.security]
        add(
            "auth-changed",
            bool(lost) or (not o.security and bool(n.security)),
            f"{q}: security {list(map(list, o.security))} -> {list(map(list, n.security))}",
        )
    return out


def _field_sig(model: str, f: FieldSurface) -> str:
    return f"{model}.{f.name}: {f.annotation}" + ("" if f.required else " = NOT_GIVEN")


def _models(old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    for name in sorted(set(new.models) - set(old.models)):
        out.append(Change("models", "model-added", name, False, f"new model {name}"))
    for name in sorted(set(old.models) - set(new.models)):
        out.append(
            Change("models", "model-removed", name, True, f"model {name} was removed")
        )
    for name in sorted(set(old.models) & set(new.models)):
        if old.models[name] == new.models[name]:
            continue
        of = {f.name: f for f in old.models[name]}
        nf = {f.name: f for f in new.models[name]}
        for fname in sorted(set(nf) - set(of)):
            f = nf[fname]
            out.append(
                Change(
                    "models",
                    "field-added",
                    f"{name}.{fname}",
                    f.required,
                    f"{name}: new {'required' if f.required else 'optional'} field `{fname}`",
                    None,
                    _field_sig(name, f),
                )
            )
        for fname in sorted(set(of) - set(nf)):
            out.append(
                Change(
                    "models",
                    "field-removed",
                    f"{name}.{fname}",
                    True,
                    f"{name}: field `{fname}` was removed",
                    _field_sig(name, of[fname]),
                    None,
                )
            )
        for fname in sorted(set(of) & set(nf)):
            a, b = of[fname], nf[fname]
            sig = (_field_sig(name, a), _field_sig(name, b))
            if a.annotation != b.annotation:
                out.append(
                    Change(
                        "models",
                        "field-type-changed",
                        f"{name}.{fname}",
                        # breaking either way: readers get values of the new type
                        True,
                        f"{name}.{fname} type {a.annotation} -> {b.annotation}",
                        *sig,
                    )
                )
            if a.required != b.required:
                # breaking both ways: code reading the field (now maybe NOT_GIVEN) or
                # constructing the model (now lacking a required field) stops type-checking
                out.append(
                    Change(
                        "models",
                        "field-requiredness-changed",
                        f"{name}.{fname}",
                        True,
                        f"{name}.{fname} is now "
                        f"{'required' if b.required else 'optional (may be NOT_GIVEN)'}",
                        *sig,
                    )
                )
    for name in sorted(set(new.enums) - set(old.enums)):
        out.append(Change("models", "enum-added", name, False, f"new enum {name}"))
    for name in sorted(set(old.enums) - set(new.enums)):
        out.append(
            Change("models", "enum-removed", name, True, f"enum {name} was removed")
        )
    for name in sorted(set(old.enums) & set(new.enums)):
        if old.enums[name] == new.enums[name]:
            continue
        removed = [v for v in old.enums[name] if v not in new.enums[name]]
        added = [v for v in new.enums[name] if v not in old.enums[name]]
        if removed:
            out.append(
                Change(
                    "models",
                    "enum-values-removed",
                    name,
                    True,
                    f"{name}: values removed: {', '.join(removed)}",
                )
            )
        if added:
            out.append(
                Change(
                    "models",
                    "enum-values-added",
                    name,
                    False,
                    f"{name}: values added: {', '.join(added)}",
                )
            )
    return out


def _auth(old: Surface, new: Surface) -> list[Change]:
    out: list[Change] = []
    for arg in [a for a in old.credentials if a not in new.credentials]:
        out.append(
            Change(
                "auth",
                "credential-removed",
                arg,
                True,
                f"constructor argument `{arg}` was removed (its security scheme is gone)",
            )
        )
    for arg in [a for a in new.credentials if a not in old.credentials]:
        out.append(
            Change(
                "auth",
                "credential-added",
                arg,
                False,
                f"new constructor argument `{arg}`",
            )
        )
    for scheme in sorted(set(old.schemes) & set(new.schemes)):
        if old.schemes[scheme] != new.schemes[scheme]:
            out.append(
                Change(
                    "auth",
                    "scheme-changed",
                    scheme,
                    True,
                    f"security scheme {scheme}: {old.schemes[scheme]} -> {new.schemes[scheme]}",
                )
            )
    return out
