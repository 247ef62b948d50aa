"""Showing references by name: a post as "Dostuk", a holder as the person's name.

A reference to a record this device has not received yet shows as "not yet known: CODE"
until the record arrives (sync accepts references in any order).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.store.database import Store


def title_sql(e: Entity) -> str:
    """SQL expression for a record's title: first title field, the rest in parentheses."""
    first, *rest = e.title
    expr = f"coalesce(\"{first}\", '')"
    for name in rest:
        expr += f" || coalesce(' (' || \"{name}\" || ')', '')"
    return expr


def unknown_label(code: Any) -> str:
    return QCoreApplication.translate("refs", "not yet known: {code}").format(code=code)


class RefResolver:
    """Caches key -> title per referenced entity; ask `names()` for a page of keys at once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, dict[Any, str]] = {}

    def clear(self) -> None:
        self._cache.clear()

    def names(self, target: str, keys: Iterable[Any]) -> dict[Any, str]:
        """Titles of the given keys of `target`; missing ones say "not yet known"."""
        cache = self._cache.setdefault(target, {})
        wanted = [k for k in set(keys) if k not in cache and k not in (None, "")]
        e = ENTITIES[target]
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f'SELECT "{e.key}", {title_sql(e)} FROM {e.table} WHERE "{e.key}" IN ({marks})'
            for key, title in self.store.conn.execute(sql, chunk):
                cache[key] = title or str(key)
            for key in chunk:
                cache.setdefault(key, unknown_label(key))
        return cache

    def name(self, target: str, key: Any) -> str:
        if key in (None, ""):
            return ""
        return self.names(target, [key])[key]
