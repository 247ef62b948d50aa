"""Showing references by name: a post as "Dostuk", a holder as the person's name.

A reference to a record this device has not received yet shows as "not yet known: CODE"
until the record arrives (sync accepts references in any order).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from bordertrack.store.database import Store
from bordertrack.store.query import Reads


def unknown_label(code: Any) -> str:
    return QCoreApplication.translate("refs", "not yet known: {code}").format(code=code)


class RefResolver:
    """Caches key -> title per referenced entity; ask `names()` for a page of keys at once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.reads = Reads(store)
        self._cache: dict[str, dict[Any, str]] = {}

    def clear(self) -> None:
        self._cache.clear()

    def names(self, target: str, keys: Iterable[Any]) -> dict[Any, str]:
        """Titles of the given keys of `target`; missing ones say "not yet known"."""
        cache = self._cache.setdefault(target, {})
        wanted = [k for k in set(keys) if k not in cache and k not in (None, "")]
        if wanted:
            cache.update(self.reads.titles(target, wanted))
            for key in wanted:
                cache.setdefault(key, unknown_label(key))
        return cache

    def name(self, target: str, key: Any) -> str:
        if key in (None, ""):
            return ""
        return self.names(target, [key])[key]
