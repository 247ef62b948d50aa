"""Trusted devices: this device's card and fingerprint, enrol another from its card, revoke.

Trust is given here, by a person comparing fingerprints, never by a bundle itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.dialogs_reliability import ask_pin
from bordertrack.gui.flow_layout import flow_row
from bordertrack.gui.labels import role_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.trust_dialog import TrustCardDialog
from bordertrack.gui.when import local_words
from bordertrack.services import keystore, trust

COLUMNS = ("label", "role", "post", "fingerprint", "status", "added_at")


class DevicesView(Retranslating, QWidget):
    """The trust store (a few dozen devices at most, so a small table widget)."""

    trusted_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.devices: list[dict] = []
        self.confirm: Callable[[str], bool] = self._ask
        self.mine = QLabel(wordWrap=True, objectName="my_card")
        self.save_card = QPushButton(clicked=self._choose_card_path)
        self.enrol_button = QPushButton(clicked=self._choose_card_to_enrol)
        self.revoke_button = QPushButton(clicked=self.revoke_selected)
        self.table = QTableWidget(objectName="devices")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        button_bar, buttons = flow_row(self)
        buttons.addWidget(self.save_card)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        box = QVBoxLayout(self)
        box.addWidget(self.mine)
        box.addWidget(button_bar)
        box.addWidget(self.table, 1)
        self.retranslate_ui()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("BorderTrack"), text)
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        card = trust.my_card(self.ctx.store)
        self.mine.setText(
            self.tr("This device: <b>{name}</b> ({role}); card fingerprint <b>{fp}</b>").format(
                name=card.name, role=role_label(card.role), fp=card.fingerprint
            )
        )
        self.devices = trust.list_devices(self.ctx.store)
        self.table.setRowCount(len(self.devices))
        for row, d in enumerate(self.devices):
            for col, key in enumerate(COLUMNS):
                value = d.get(key) or ""
                if key == "role":
                    value = role_label(value)
                elif key == "status":
                    value = self._status(value)
                elif key == "added_at":
                    value = local_words(str(value)) if value else ""
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()

    def _status(self, status: str) -> str:
        return {
            "trusted": self.tr("Trusted"),
            "revoked": self.tr("Revoked"),
            "introduced": self.tr("Known through the coordinator"),
        }.get(status, status)

    # -- actions --------------------------------------------------------------------------
    def _choose_card_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save this device's card"), "device-card.json", "JSON (*.json)"
        )
        if path:
            trust.write_card(self.ctx.store, path)

    def _choose_card_to_enrol(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrol a device from its card"), "", "JSON (*.json)"
        )
        if path:
            self.enrol_card(Path(path))

    def enrol_card(self, path: Path) -> bool:
        """Read a card, show its claims and fingerprint to compare by phone or in person,
        then trust it as the role and post the person chooses (the card's claim is not taken)."""
        try:
            card = trust.read_card(path)
            dialog = TrustCardDialog(self.ctx.store, card, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            role, post = dialog.choice()
            if not ask_pin(self.ctx.store, "trust", self, self.ctx.write):
                return False
            store = self.ctx.store
            self.ctx.write(lambda: keystore.trust_or_rotate(store, card, path, role, post))
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return False
        self._changed()
        return True

    def revoke_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.devices):
            return False
        d = self.devices[row]
        question = self.tr(
            "Revoke {name}? Its bundles will be refused from now on; what it sent before stays."
        ).format(name=d["label"])
        if not self.confirm(question) or not ask_pin(self.ctx.store, "trust", self, self.ctx.write):
            return False
        try:
            store = self.ctx.store
            self.ctx.write(lambda: trust.revoke(store, d["id"]))
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.trusted_changed.emit()

    def retranslate_ui(self) -> None:
        self.save_card.setText(self.tr("&Save my device card…"))
        self.enrol_button.setText(self.tr("E&nrol a device from its card…"))
        self.revoke_button.setText(self.tr("&Revoke the selected device"))
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Post"),
                self.tr("Key fingerprint"),
                self.tr("Status"),
                self.tr("Added"),
            ]
        )
        self.refresh()
