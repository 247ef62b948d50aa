"""Keeping a register's column choices as a template, so next month's register maps itself.

A template is kept per entity under the register's header signature (its normalised,
non-empty header titles) in this device's settings: the same sheet layout next month gets
the same mapping and the same notes columns without asking.
"""

from __future__ import annotations

import hashlib
import json

from bordertrack.services.register_import.headers import Layout, normalise
from bordertrack.store.database import Store

PREFIX = "register_template"


def signature(layout: Layout) -> str:
    heads = "\x1f".join(normalise(h) for h in layout.headers)
    return hashlib.sha1(heads.encode()).hexdigest()[:16]


def _key(entity_name: str, layout: Layout) -> str:
    return f"{PREFIX}:{entity_name}:{signature(layout)}"


def save_template(store: Store, entity_name: str, layout: Layout) -> None:
    """Remember the mapping and notes columns of this header layout."""
    data = {"mapping": {str(c): f for c, f in layout.mapping.items()},
            "notes": sorted(layout.notes), "headers": layout.headers}  # fmt: skip
    store.set_setting(_key(entity_name, layout), json.dumps(data, ensure_ascii=False))


def has_template(store: Store, entity_name: str, layout: Layout) -> bool:
    return store.setting(_key(entity_name, layout)) is not None


def apply_template(store: Store, entity_name: str, layout: Layout) -> Layout:
    """The layout with a saved template's choices, or unchanged when none fits."""
    text = store.setting(_key(entity_name, layout))
    if not text:
        return layout
    try:
        data = json.loads(text)
        mapping = {int(c): str(f) for c, f in data["mapping"].items() if int(c) < layout.width}
        notes = {int(c) for c in data["notes"] if int(c) < layout.width}
    except (ValueError, KeyError, TypeError, AttributeError):
        return layout
    return Layout(layout.header_index, layout.headers, mapping, notes - set(mapping), layout.width,
                  template=True)  # fmt: skip
