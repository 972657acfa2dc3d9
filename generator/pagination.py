"""Which list operations page, and how: attached to each Operation as `Pagination`.

Detected from the spec (first match wins):

- `link`: a success response declares a `Link` header (any case): the next page is the
  URL of its rel="next" entry (GitHub's style);
- `cursor`: an object answer with an array property (`data`, `items`, `results`, ...) and
  a next-cursor property (`next_cursor`, `nextCursor`, `cursor`, `next_page_token`,
  `next`, ...), and a query parameter that takes it (`cursor`, `after`, `page_token`,
  `starting_after`, ...): the next page passes the cursor, until it is null or empty or
  a `has_more` property is false;
- `page`: a `page` query parameter (with `per_page`, `page_size`, `pageSize` or `limit`)
  and an array answer (or an object with an array property as above): page + 1, until a
  short or empty page;
- `offset`: an `offset` query parameter (with `limit`, ...) and an array answer: offset +
  the items received, until a short or empty page.

`x-clientgen-pagination` on an operation declares it explicitly and overrides detection
(`false` turns detection off); every key is checked (docs/extensions.md). The names in the
model are Python ones (arguments, attributes) next to wire ones; spec text reaches the
templates only through the literal helpers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from generator.model import Api, Field, Operation, Parameter, TypeRef, builtin
from generator.problems import Location

Style = Literal["link", "page", "offset", "cursor"]
STYLES: tuple[Style, ...] = ("link", "page", "offset", "cursor")
EXTENSION = "x-clientgen-pagination"
KEYS = frozenset(
    {
        "style",
        "items",
        "page_param",
        "size_param",
        "cursor_param",
        "cursor_field",
        "has_more_field",
        "first_page",
    }
)

# names recognised by detection (compared without case, `_` and `-`)
ITEM_FIELDS = ("data", "items", "results", "entries", "records", "values", "elements")
CURSOR_FIELDS = (
    "next_cursor",
    "cursor",
    "next_page_token",
    "next_token",
    "next",
    "continuation_token",
)
CURSOR_PARAMS = (
    "cursor",
    "after",
    "page_token",
    "starting_after",
    "next_token",
    "continuation_token",
)
PAGE_PARAMS = ("page", "page_number")
OFFSET_PARAMS = ("offset", "skip")
SIZE_PARAMS = ("per_page", "page_size", "limit", "size", "count", "max_results")
HAS_MORE_FIELDS = ("has_more", "has_next_page", "has_next")

Report = Callable[[Location, str], None]
Locate = Callable[[str], Location]


@dataclass(frozen=True)
class Pagination:
    """How an operation pages. Argument names are the method's (Python) keyword
    arguments; fields are (attribute, wire name) pairs of the answer."""

    style: Style
    item_type: TypeRef  # what iterating the pages yields
    items: tuple[str, str] | None = (
        None  # the array in an object answer (None: the answer)
    )
    page_param: str | None = None  # page number (page) or offset (offset)
    size_param: str | None = None
    cursor_param: str | None = None
    cursor_field: tuple[str, str] | None = None
    has_more_field: tuple[str, str] | None = None
    first_page: int = 1
    declared: bool = False  # by x-clientgen-pagination

    @property
    def pages_by(self) -> str:
        """What the pages follow, in words (a method's docstring)."""
        return _PAGES_BY[self.style][0]

    @property
    def pages_by_markdown(self) -> str:
        """The same, as the README's table says it."""
        return _PAGES_BY[self.style][1]


_PAGES_BY = {
    "link": ("Link header", 'the `Link` header (rel="next")'),
    "page": ("page number", "page number"),
    "offset": ("offset", "offset"),
    "cursor": ("cursor", "cursor"),
}


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _non_null(t: TypeRef) -> TypeRef:
    return t.args[0] if t.kind == "nullable" else t


def _list_item(t: TypeRef) -> TypeRef | None:
    """The item type of a list type (`list[X]`, `list[X] | None`; `list[A] | list[B]`
    gives `A | B`), else None."""
    items: list[TypeRef] = []
    for member in t.members:
        if member == builtin("none"):
            continue
        if member.kind != "list":
            return None
        for inner in member.args[0].members:
            if inner not in items:
                items.append(inner)
    if not items:
        return None
    return items[0] if len(items) == 1 else TypeRef("alternatives", args=tuple(items))


def model_fields(api: Api, t: TypeRef) -> tuple[Field, ...] | None:
    """The fields of the model `t` names (or `t | None`); None if `t` is not a model."""
    if not t.is_model:
        return None
    model = api.model_named(_non_null(t).name)
    return None if model is None else model.fields


def _query(op: Operation, names: tuple[str, ...]) -> Parameter | None:
    """The first query parameter whose wire name is one of `names` (in their order)."""
    by_key = {_key(p.wire_name): p for p in op.params if p.location == "query"}
    return next((by_key[k] for k in map(_key, names) if k in by_key), None)


def _field(fields: tuple[Field, ...], names: tuple[str, ...]) -> Field | None:
    by_key = {_key(f.wire_name): f for f in fields}
    return next((by_key[k] for k in map(_key, names) if k in by_key), None)


def _items_field(fields: tuple[Field, ...]) -> Field | None:
    """The array property holding the items: a well-known name, else the only array."""
    arrays = [f for f in fields if _list_item(f.type) is not None]
    named = _field(tuple(arrays), ITEM_FIELDS)
    if named is not None:
        return named
    return arrays[0] if len(arrays) == 1 else None


def _pair(f: Field | None) -> tuple[str, str] | None:
    return None if f is None else f.pairs


def _has_link_header(op: Operation) -> bool:
    return any(
        h.wire_name.lower() == "link" for r in op.success_responses for h in r.headers
    )


def detect(api: Api, op: Operation) -> Pagination | None:
    """How `op` pages, from its parameters, answer and headers; None if it does not."""
    if op.http_method != "GET":
        return None
    answer = op.return_type
    item = _list_item(answer)
    fields = model_fields(api, answer)
    items = _items_field(fields) if fields is not None else None
    if item is None and items is not None:
        item = _list_item(items.type)
    if item is None:
        return None
    has_more = _field(fields, HAS_MORE_FIELDS) if fields is not None else None
    wrapped, more = _pair(items), _pair(has_more)
    size = _query(op, SIZE_PARAMS)
    if _has_link_header(op):
        page = _query(op, PAGE_PARAMS)
        return Pagination(
            "link",
            item,
            page_param=page.py_name if page else None,
            size_param=size.py_name if size else None,
            items=wrapped,
            has_more_field=more,
        )
    cursor_param = _query(op, CURSOR_PARAMS)
    cursor_field = (
        _field(tuple(f for f in fields if f is not items), CURSOR_FIELDS)
        if fields is not None
        else None
    )
    if cursor_param is not None and cursor_field is not None:
        return Pagination(
            "cursor",
            item,
            cursor_param=cursor_param.py_name,
            cursor_field=_pair(cursor_field),
            size_param=size.py_name if size else None,
            items=wrapped,
            has_more_field=more,
        )
    for style, names in (("page", PAGE_PARAMS), ("offset", OFFSET_PARAMS)):
        param = _query(op, names)
        scalar = None if param is None else _non_null(param.type)
        if (
            param is not None
            and scalar is not None
            and scalar.kind == "builtin"
            and scalar.name in ("int", "float", "str")
        ):
            return Pagination(
                style,  # type: ignore[arg-type]
                item,
                page_param=param.py_name,
                size_param=size.py_name if size else None,
                items=wrapped,
                has_more_field=more,
            )
    return None


def declared(
    api: Api, op: Operation, ext: Any, where: Location, report: Report
) -> Pagination | None:
    """`x-clientgen-pagination` of `op`, checked (each problem reported at `where`)."""
    if ext is False:
        return None
    if not isinstance(ext, dict):
        report(where, "must be a mapping (style, items, ...) or false")
        return None
    ok = True
    for key in sorted(str(k) for k in ext if k not in KEYS):
        report(where, f"unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        ok = False
    style = ext.get("style")
    if style not in STYLES:
        report(where, f"'style' must be one of {', '.join(STYLES)}; got {style!r}")
        return None
    for key in KEYS - {"first_page"}:
        if key in ext and not isinstance(ext[key], str):
            report(where, f"{key!r} must be a string (a name in the spec)")
            ok = False
    first = ext.get("first_page", 1)
    if not isinstance(first, int) or isinstance(first, bool):
        report(where, "'first_page' must be an integer")
        ok = False
    if not ok:
        return None
    fields = model_fields(api, op.return_type)
    query = {p.wire_name: p for p in op.params if p.location == "query"}

    def param(key: str, required: bool) -> str | None:
        name = ext.get(key)
        if name is None:
            if required:
                report(where, f"style {style!r} needs {key!r} (a query parameter)")
            return None
        found = query.get(name)
        if found is None:
            known = ", ".join(sorted(query)) or "none"
            report(
                where,
                f"{key}: {name!r} is not a query parameter of {op.operation_id} "
                f"(query parameters: {known})",
            )
            return None
        return found.py_name

    def field(key: str, required: bool) -> Field | None:
        name = ext.get(key)
        if name is None:
            if required:
                report(where, f"style {style!r} needs {key!r} (a field of the answer)")
            return None
        if fields is None:
            report(
                where,
                f"{key}: {op.operation_id}'s answer is not an object with fields "
                f"(it is {op.return_type.annotation})",
            )
            return None
        found = next((f for f in fields if f.wire_name == name), None)
        if found is None:
            report(
                where,
                f"{key}: {op.operation_id}'s answer has no field {name!r} "
                f"(fields: {', '.join(sorted(f.wire_name for f in fields))})",
            )
        return found

    items = field("items", False)
    if items is not None:
        item = _list_item(items.type)
        if item is None:
            report(where, f"items: {items.wire_name!r} is not an array")
            return None
    elif "items" in ext:
        return None
    else:
        item = _list_item(op.return_type)
        if item is None:
            report(
                where,
                f"{op.operation_id}'s answer is not an array: name the array "
                "field that holds the items in 'items'",
            )
            return None
    size = param("size_param", False)
    has_more = field("has_more_field", False)
    page = cursor = None
    cursor_field: Field | None = None
    if style in ("page", "offset"):
        page = param("page_param", True)
        if page is None:
            return None
    if style == "cursor":
        cursor = param("cursor_param", True)
        cursor_field = field("cursor_field", True)
        if cursor is None or cursor_field is None:
            return None
    if ("size_param" in ext and size is None) or (
        "has_more_field" in ext and has_more is None
    ):
        return None
    return Pagination(
        style,
        item,
        items=_pair(items),
        page_param=page,
        size_param=size,
        cursor_param=cursor,
        cursor_field=_pair(cursor_field),
        has_more_field=_pair(has_more),
        first_page=first,
        declared=True,
    )


def apply_pagination(
    api: Api,
    raw_ops: Mapping[tuple[str, str], dict[str, Any]],
    op_locations: Mapping[tuple[str, str], Locate],
    report: Report,
) -> Api:
    """`api` with each paging operation's `pagination` set (declared, else detected)."""
    resources = []
    for r in api.resources:
        ops = []
        for op in r.operations:
            where = (op.http_method, op.path)
            raw = raw_ops.get(where, {})
            if EXTENSION in raw:
                locate = op_locations[where]
                found = declared(
                    api, op, raw[EXTENSION], locate("/" + EXTENSION), report
                )
            else:
                found = detect(api, op)
            ops.append(op if found is None else replace(op, pagination=found))
        resources.append(replace(r, operations=tuple(ops)))
    return replace(api, resources=tuple(resources))
