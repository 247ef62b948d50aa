"""Shared fixtures: fresh device databases of each role, headless Qt."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bordertrack.services.device import init_device  # noqa: E402
from bordertrack.store.database import Store  # noqa: E402

MakeStore = Callable[..., Store]


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[MakeStore]:
    """Create device databases: make_store("post", "DOS") or make_store("coordinator")."""
    opened: list[Store] = []

    def make(role: str = "coordinator", post: str | None = None, name: str | None = None) -> Store:
        path = tmp_path / f"{name or role}-{post or 'x'}-{len(opened)}.db"
        store = Store(path)
        init_device(store, role, post, name)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def coordinator(make_store: MakeStore) -> Store:
    return make_store("coordinator")


@pytest.fixture
def post_store(make_store: MakeStore) -> Store:
    return make_store("post", "DOS")
