"""Settings group for who works on this laptop and how it is protected: the operators
list, the optional PIN and the passphrase on the signing key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.dialogs_reliability import ask_pin
from bordertrack.gui.error_text import error_text
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services import keystore, operators, security


class SecurityBox(Retranslating, QGroupBox):
    """Operators (add, remove), PIN (set, change, remove), key passphrase (protect)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operators = QListWidget(objectName="operators")
        self.operators.setMaximumHeight(90)
        self.new_operator = QLineEdit(objectName="new_operator")
        self.add_button = QPushButton(clicked=self.add_operator)
        self.remove_button = QPushButton(clicked=self.remove_operator)
        self.pin_button = QPushButton(clicked=self.set_pin, objectName="set_pin")
        self.clear_pin_button = QPushButton(clicked=self.clear_pin, objectName="clear_pin")
        self.protect_button = QPushButton(clicked=self.protect_key, objectName="protect_key")
        self.state = QLabel(wordWrap=True, objectName="security_state")
        self.message = QLabel(wordWrap=True, objectName="security_message")
        self.operators_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.new_operator, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        protect = QHBoxLayout()
        for b in (self.pin_button, self.clear_pin_button, self.protect_button):
            protect.addWidget(b)
        protect.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.operators_label)
        layout.addWidget(self.operators)
        layout.addLayout(row)
        layout.addLayout(protect)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def refresh(self) -> None:
        self.operators.clear()
        self.operators.addItems(operators.list_operators(self.ctx.store))
        has_pin, protected = security.has_pin(self.ctx.store), keystore.is_protected(self.ctx.store)
        self.clear_pin_button.setEnabled(has_pin)
        self.protect_button.setEnabled(not protected)
        self.state.setText(
            (
                self.tr("A PIN guards keys, trust, restore and settings.")
                if has_pin
                else self.tr("No PIN is set.")
            )
            + " "
            + (
                self.tr("The signing key is protected by a passphrase.")
                if protected
                else self.tr("The signing key is not protected by a passphrase.")
            )
        )

    def _run(self, action, done: str) -> None:  # type: ignore[no-untyped-def]
        try:
            self.ctx.write(action)
        except BorderTrackError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(done)
        self.refresh()

    def _secret(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def add_operator(self) -> None:
        name = self.new_operator.text()
        if name.strip() and ask_pin(self.ctx.store, "settings", self, self.ctx.write):
            self._run(
                lambda: operators.add_operator(self.ctx.store, name), self.tr("Operator added.")
            )
            self.new_operator.clear()

    def remove_operator(self) -> None:
        item = self.operators.currentItem()
        if item is not None and ask_pin(self.ctx.store, "settings", self, self.ctx.write):
            name = item.text()
            self._run(
                lambda: operators.remove_operator(self.ctx.store, name),
                self.tr("Operator removed."),
            )

    def set_pin(self) -> None:
        current = None
        if security.has_pin(self.ctx.store):
            current = self._secret(self.tr("Change the PIN"), self.tr("Current PIN:"))
            if current is None:
                return
        new = self._secret(self.tr("Set a PIN"), self.tr("New PIN (at least 4 digits):"))
        if new is not None:
            self._run(
                lambda: security.set_pin(self.ctx.store, new, current), self.tr("The PIN is set.")
            )

    def clear_pin(self) -> None:
        current = self._secret(self.tr("Remove the PIN"), self.tr("Current PIN:"))
        if current is not None:
            self._run(
                lambda: security.clear_pin(self.ctx.store, current), self.tr("The PIN is removed.")
            )

    def protect_key(self) -> None:
        if not ask_pin(self.ctx.store, "keys", self, self.ctx.write):
            return
        first = self._secret(self.tr("Protect the signing key"), self.tr("Passphrase:"))
        if first is None:
            return
        again = self._secret(
            self.tr("Protect the signing key"), self.tr("The same passphrase again:")
        )
        if again is None:
            return
        if first != again:
            self.message.setText(self.tr("The two passphrases differ; nothing was changed."))
            return
        self._run(
            lambda: keystore.protect(self.ctx.store, first),
            self.tr("The key is protected; exports ask for the passphrase once per session."),
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Operators and protection"))
        self.operators_label.setText(self.tr("People who work on this laptop (chosen at start):"))
        self.new_operator.setPlaceholderText(self.tr("Full name"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("Re&move"))
        self.pin_button.setText(self.tr("Set or change PIN…"))
        self.clear_pin_button.setText(self.tr("Remove PIN…"))
        self.protect_button.setText(self.tr("Protect key with a passphrase…"))
        self.refresh()
