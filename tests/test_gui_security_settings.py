"""Settings: operators, PIN and the key's passphrase, through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from bordertrack.gui.screens.settings import SettingsScreen
from bordertrack.services import keystore, operators, security
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401


def _answers(monkeypatch, *texts):
    queue = list(texts)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (queue.pop(0), True))
    return queue


def test_operators_pin_and_passphrase_from_settings(qtbot, post_ctx, monkeypatch):  # noqa: F811
    screen = SettingsScreen(post_ctx)
    qtbot.addWidget(screen)
    box = screen.security
    qtbot.keyClicks(box.new_operator, "Aibek Asanov")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert operators.list_operators(post_ctx.store) == ["Aibek Asanov"]
    assert box.operators.item(0).text() == "Aibek Asanov"
    _answers(monkeypatch, "12")
    qtbot.mouseClick(box.pin_button, Qt.MouseButton.LeftButton)
    assert not security.has_pin(post_ctx.store) and "4" in box.message.text()
    _answers(monkeypatch, "4711")
    qtbot.mouseClick(box.pin_button, Qt.MouseButton.LeftButton)
    assert security.check_pin(post_ctx.store, "4711") and "PIN is set" in box.message.text()
    monkeypatch.setattr("bordertrack.gui.security_settings.ask_pin", lambda *a: True)
    _answers(monkeypatch, "long passphrase", "other passphrase")
    qtbot.mouseClick(box.protect_button, Qt.MouseButton.LeftButton)
    assert not keystore.is_protected(post_ctx.store) and "differ" in box.message.text()
    _answers(monkeypatch, "long passphrase", "long passphrase")
    qtbot.mouseClick(box.protect_button, Qt.MouseButton.LeftButton)
    assert keystore.is_protected(post_ctx.store) and not box.protect_button.isEnabled()
    assert "protected by a passphrase" in box.state.text()
    box.operators.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert operators.list_operators(post_ctx.store) == []
    _answers(monkeypatch, "4711")
    qtbot.mouseClick(box.clear_pin_button, Qt.MouseButton.LeftButton)
    assert not security.has_pin(post_ctx.store)
