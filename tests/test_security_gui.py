"""The PIN prompt in the desktop app: trust and revoke in the devices view ask for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bordertrack.gui.dialogs_reliability import SecretDialog, ask_pin
from bordertrack.services import security, trust

from .test_gui_sync import _screen
from .test_gui_trust_card import answer_trust


def _answer_pin(*typed: str | None) -> list[str]:
    """Type each PIN in turn into the open PIN dialog; None cancels. Returns problems shown."""
    shown: list[str] = []

    def act(i: int = 0, wait: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SecretDialog) and wait:  # another dialog comes first
            QTimer.singleShot(10, lambda: act(i, wait - 1))
            return
        assert isinstance(dialog, SecretDialog)
        if typed[i] is None:
            dialog.reject()
            return
        dialog.field.setText(typed[i])
        dialog.try_accept()
        if dialog.isVisible():  # refused: the problem is shown, the dialog stays
            shown.append(dialog.problem.text())
            QTimer.singleShot(0, lambda: act(i + 1))

    QTimer.singleShot(0, act)
    return shown


def test_no_pin_no_prompt(post_store) -> None:
    assert ask_pin(post_store, "settings")


def test_trust_and_revoke_ask_for_the_pin(qtbot, make_store, tmp_path: Path) -> None:
    coord, other = make_store("coordinator", name="hq"), make_store("trainer", name="trainer")
    security.set_pin(coord, "4821")
    trust.write_card(other, tmp_path / "card.json")
    devices = _screen(qtbot, coord).show_view("devices")
    devices.confirm = lambda text: True
    answer_trust("trainer")
    _answer_pin(None)
    assert not devices.enrol_card(tmp_path / "card.json")
    assert devices.table.rowCount() == 0
    answer_trust("trainer")
    shown = _answer_pin("0000", "4821")
    assert devices.enrol_card(tmp_path / "card.json")
    assert shown and "not this device's PIN" in shown[0]
    assert devices.table.item(0, 4).text() == "Trusted"
    devices.table.selectRow(0)
    _answer_pin(None)
    assert not devices.revoke_selected()
    _answer_pin("4821")
    assert devices.revoke_selected()
    assert devices.table.item(0, 4).text() == "Revoked"
