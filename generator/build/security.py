"""Security: the schemes a client authenticates with (their arguments and environment
variables) and the requirements of each operation."""

from __future__ import annotations

from typing import cast

from generator import naming, oauth
from generator.build.node import Node, text
from generator.build.state import BuildState
from generator.model import SchemeKind, SchemeLocation, SecurityScheme


class SecurityBuilder(BuildState):
    def _security_schemes(self) -> tuple[SecurityScheme, ...]:
        node = self.root.child("components", "securitySchemes")
        if not isinstance(node.value, dict):
            return ()
        out = []
        args = naming.Namer(naming.CLIENT_RESERVED)
        basic_count = sum(
            1
            for n in node.value.values()
            if isinstance(n, dict)
            and n.get("type") == "http"
            and str(n.get("scheme", "")).lower() == "basic"
        )
        shared_client: tuple[str, ...] | None = None
        token_count = sum(
            1
            for n in node.value.values()
            if isinstance(n, dict) and n.get("type") in ("oauth2", "openIdConnect")
        )
        for name in node.value:
            s = self.deref(node.child(name))
            kind, loc, wire = self._scheme_kind(s, name)
            if kind is None:
                continue
            override = s.get("x-clientgen-argument")
            names: tuple[str, ...]
            flows: tuple[tuple[str, str], ...] = ()
            client: tuple[str, ...] = ()
            if kind == "oauth2" and not isinstance(override, str):
                token = oauth.token_argument(
                    name, token_count, naming.scheme_name(name)
                )
                names = (args.take(token),)
                flows = oauth.flows(s.value)
                if flows:  # one client (id and secret) for every scheme
                    if shared_client is None:
                        shared_client = (
                            args.take("client_id"),
                            args.take("client_secret"),
                        )
                    client = shared_client
                    names += client
            elif kind == "basic":
                prefix = "" if basic_count == 1 else naming.scheme_name(name) + "_"
                names = (args.take(prefix + "username"), args.take(prefix + "password"))
            else:
                names = (
                    args.take(
                        override
                        if isinstance(override, str)
                        and naming.is_safe_identifier(override)
                        else naming.scheme_name(name)
                    ),
                )
            env = tuple(f"{self.cfg.package.upper()}_{a.upper()}" for a in names)
            out.append(
                SecurityScheme(
                    str(name),
                    cast(SchemeKind, kind),
                    cast(SchemeLocation, loc),
                    wire,
                    names,
                    env,
                    text(s.get("description")),
                    flows,
                    client,
                )
            )
        return tuple(out)

    def _scheme_kind(self, s: Node, name: str) -> tuple[str | None, str, str]:
        t = s.get("type")
        if t == "http":
            scheme = str(s.get("scheme", "")).lower()
            if scheme == "basic":
                return "basic", "header", "Authorization"
            if scheme == "bearer":
                return "bearer", "header", "Authorization"
            self.warn(
                s,
                f"HTTP auth scheme '{scheme}' of '{name}' is not supported; "
                "pass the header yourself with default_headers=",
            )
            return None, "", ""
        if (
            t == "apiKey"
            and s.get("in") in ("header", "query", "cookie")
            and isinstance(s.get("name"), str)
        ):
            return "apiKey", str(s.get("in")), str(s.get("name"))
        if t in ("oauth2", "openIdConnect"):
            return "oauth2", "header", "Authorization"
        self.warn(
            s, f"security scheme '{name}' of type '{t}' is not supported; ignored"
        )
        return None, "", ""

    def _security(
        self, node: Node, schemes: tuple[SecurityScheme, ...]
    ) -> tuple[tuple[str, ...], ...]:
        known = {s.name for s in schemes}
        if not isinstance(node.value, list):
            return ()
        out = []
        for i, req in enumerate(node.value):
            if not isinstance(req, dict):
                continue
            names = tuple(str(k) for k in req)
            unknown = [n for n in names if n not in known]
            if unknown:
                self.warn(
                    node.child(i),
                    f"security requirement names unsupported or undeclared "
                    f"scheme(s) {unknown}; that alternative is skipped",
                )
                continue
            out.append(names)
        return tuple(out)
