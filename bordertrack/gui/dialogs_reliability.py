"""Start-of-session and guard dialogs: choose the operator, unlock the key, type the PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.error_text import error_text
from bordertrack.services import operators
from bordertrack.store.database import Store


class _Form(QDialog):
    """A small OK/Cancel dialog with a message above one form."""

    def __init__(self, parent: QWidget | None, title: str, message: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.check()
        except BorderTrackError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()

    def check(self) -> None:
        """Raise a BorderTrackError to keep the dialog open with the problem shown."""


class OperatorDialog(_Form):
    """Who is at the keyboard: recorded with every edit of this session."""

    def __init__(self, names: list[str], current: str = "", parent: QWidget | None = None):
        super().__init__(
            parent,
            self.tr("Who is working?"),
            self.tr("Choose your name: it is recorded with every change you make."),
        )
        self.combo = QComboBox()
        self.combo.addItems(names)
        if current in names:
            self.combo.setCurrentText(current)
        self.form.addRow(self.tr("Operator"), self.combo)

    @property
    def operator(self) -> str:
        return self.combo.currentText()


class SecretDialog(_Form):
    """A hidden text field checked by `verify` before the dialog closes."""

    def __init__(self, title: str, message: str, label: str, verify, parent=None) -> None:
        super().__init__(parent, title, message)
        self.verify = verify
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, self.field)

    def check(self) -> None:
        self.verify(self.field.text())

    @property
    def secret(self) -> str:
        return self.field.text()


def choose_operator(store: Store, given: str = "", parent: QWidget | None = None) -> str | None:
    """The operator for this session; None when the person cancelled the chooser."""
    names = operators.list_operators(store)
    if not names:
        return given
    if given:
        try:
            return operators.check_operator(store, given)
        except BorderTrackError:
            pass
    dialog = OperatorDialog(names, given, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.operator


def unlock_key(store: Store, parent: QWidget | None = None) -> bool:
    """Ask for the key's passphrase when it is protected; False if the person skipped it."""
    from bordertrack.services import keystore

    if not keystore.is_protected(store) or keystore.is_unlocked(store):
        return True
    dialog = SecretDialog(
        QDialog.tr("Unlock this device's key"),
        QDialog.tr(
            "The key that signs bundles is protected. Type its passphrase to export this "
            "session, or cancel to work without exporting."
        ),
        QDialog.tr("Passphrase"),
        lambda text: keystore.unlock(store, text),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pin(
    store: Store,
    action: str,
    parent: QWidget | None = None,
    write: Callable[[Callable[[], Any]], Any] | None = None,
) -> bool:
    """Guard an action by the PIN when one is set; True when allowed to go on.

    A wrong PIN is counted in the settings (a write): `write` runs it on the window's
    database worker (`AppContext.write`); without it the check runs here.
    """
    from bordertrack.services import security

    if not security.has_pin(store):
        return True
    run = write or (lambda fn: fn())
    dialog = SecretDialog(
        QDialog.tr("PIN"),
        QDialog.tr("Type this device's PIN to continue."),
        QDialog.tr("PIN"),
        lambda text: run(lambda: security.require_pin(store, action, text)),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def start_session(store: Store, operator: str = "") -> str | None:
    """At start: the operator (None = quit) and, when protected, the key's passphrase."""
    chosen = choose_operator(store, operator)
    if chosen is None:
        return None
    unlock_key(store)
    return chosen
