"""Fixtures for GUI tests: a demo database built once per session and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bordertrack.services.demo import build_demo
from bordertrack.services.device import init_device
from bordertrack.store.database import Store


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store(path)
    build_demo(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A coordinator's demo database of its own (tests may write to it)."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    store = Store(path)
    yield store
    store.close()


@pytest.fixture
def post_demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """The demo data seen from the Dostuk post's laptop (device role post, post DOS)."""
    path = tmp_path / "post.db"
    shutil.copy(demo_template, path)
    store = Store(path)
    store.conn.execute("DELETE FROM device")
    store.forget_device_cache()
    init_device(store, "post", "DOS", "Dostuk laptop")
    yield store
    store.close()


def strict_worker():  # type: ignore[no-untyped-def]
    """An ImmediateWorker that refuses a write begun on the GUI thread outside a task, so
    every GUI test also checks that the screen it drives writes through the worker."""
    from bordertrack.gui.worker import ImmediateWorker

    worker = ImmediateWorker()
    worker.strict = True
    return worker


@pytest.fixture
def ctx(demo_store: Store, qtbot: object):  # type: ignore[no-untyped-def]
    from bordertrack.gui.context import AppContext

    return AppContext(store=demo_store, worker=strict_worker(), operator="tester")


@pytest.fixture
def post_ctx(post_demo_store: Store, qtbot: object):  # type: ignore[no-untyped-def]
    from bordertrack.gui.context import AppContext

    return AppContext(store=post_demo_store, worker=strict_worker(), operator="officer")
