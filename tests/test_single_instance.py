"""A second start hands its bundle to the window already open ("Import into BorderTrack"
or "Open with" on Windows, a double-click elsewhere): the preview opens there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bordertrack.services import records

from .test_gui_sync import pair  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def _window(qtbot, store):
    from bordertrack.app import build_window, preview_bundle
    from bordertrack.gui.single_instance import serve
    from bordertrack.gui.worker import ImmediateWorker

    window = build_window(store, worker=ImmediateWorker())
    qtbot.addWidget(window)
    window.show()
    server = serve(window, store.path, preview_bundle)
    assert server.listening
    return window, server


def test_a_bare_bundle_argument_goes_to_the_open_window(qtbot, pair, tmp_path):  # noqa: F811
    from bordertrack.services.sync import export_bundle

    post, coord = pair
    records.create(post, "equipment", {"asset_tag": "BOM-9", "category": "radio"})
    bundle = tmp_path / "Пост #3" / "from post.xlsx"
    bundle.parent.mkdir()
    export_bundle(post, bundle)
    window, server = _window(qtbot, coord)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(  # what Windows runs: bordertrack.exe "FILE.xlsx"
        [sys.executable, "-m", "bordertrack", "--db", str(coord.path), str(bundle)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    exchange = window.screen("sync").exchange
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=120_000)
    qtbot.waitUntil(lambda: getattr(exchange, "report", None) is not None, timeout=10_000)
    assert second.returncode == 0, second.stderr.read().decode()
    assert exchange.report.status == "preview" and exchange.report.new == 1
    assert records.list_records(coord, "equipment") == [], "a preview changes nothing"
    server.close()


def test_without_a_window_nothing_is_handed_over(qapp, tmp_path):
    from bordertrack.gui.single_instance import hand_over, server_name

    assert hand_over(tmp_path / "none.db", tmp_path / "b.xlsx") is False
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")


def test_a_second_start_without_a_file_only_raises_the_window(qtbot, pair):  # noqa: F811
    from bordertrack.gui.single_instance import hand_over

    _post, coord = pair
    window, server = _window(qtbot, coord)
    got = []
    server.received.connect(got.append)
    assert hand_over(coord.path, None)
    qtbot.waitUntil(lambda: got == [""], timeout=10_000)
    assert getattr(window.screen("sync").exchange, "report", None) is None
    server.close()
