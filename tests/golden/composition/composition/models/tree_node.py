"""TreeNode"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["TreeNode"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class TreeNode(_c.BaseModel):
    """TreeNode"""

    value: str = _c.req("value", _c.STR)
    children: list[TreeNode] | _t.NotGiven = _c.opt(
        "children", _c.list_(_c.model(_MODELS, "TreeNode"))
    )
    parent: TreeNode | _t.NotGiven = _c.opt("parent", _c.model(_MODELS, "TreeNode"))
