"""A coordinator's "Send to" has no silent default: nothing is exported until one is chosen."""

from __future__ import annotations

from bordertrack.gui.screens.exchange_view import NO_CHOICE, ExchangeView
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def test_coordinator_must_choose_who_receives_the_bundle(qtbot, ctx, tmp_path):  # noqa: F811
    view = ExchangeView(ctx)
    qtbot.addWidget(view)
    assert view.recipient.currentData() == NO_CHOICE
    path = tmp_path / "bundle.xlsx"
    view.export_to(path)
    assert not path.exists()
    assert "Choose who receives" in view.export_result.text()
    view.recipient.setCurrentIndex(view.recipient.findData(None))  # anyone: a full export
    view.export_to(path)
    assert path.exists()
