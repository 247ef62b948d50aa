"""First start on an empty database: role, post, device name, language, then the key pair."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
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
from bordertrack.gui.labels import vocab_items
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services.device import init_device
from bordertrack.store.database import Store


def languages() -> list[tuple[str, str]]:
    """Languages this installation can show (the translations module knows which exist)."""
    from bordertrack.gui.translations import available_languages

    return available_languages()


class SetupWizard(Retranslating, QDialog):
    """One short page; the key pair is made by `init_device` when the person presses Create."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.role = QComboBox()
        for code, label in vocab_items("role"):
            self.role.addItem(label, code)
        self.post = QLineEdit()
        self.post.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.language = QComboBox()
        for code, label in languages():
            self.language.addItem(label, code)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.role)
        self.form.addRow(QLabel(), self.post)
        self.form.addRow(QLabel(), self.name)
        self.form.addRow(QLabel(), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.retranslate_ui()
        self._role_changed()

    def _role_changed(self) -> None:
        self.post.setEnabled(self.role.currentData() == "post")

    def _language_changed(self) -> None:
        """Show the rest of the set-up in the chosen language at once."""
        from PySide6.QtCore import QCoreApplication

        from bordertrack.gui.translations import install_translator

        install_translator(QCoreApplication.instance(), self.language.currentData())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up this computer"))
        self.intro.setText(
            self.tr(
                "This computer needs an identity before it can record and send data. "
                "Choose what it is used for; a key pair that signs its bundles is made now."
            )
        )
        for row, text in enumerate(
            (
                self.tr("&Role:"),
                self.tr("&Post code:"),
                self.tr("Device &name:"),
                self.tr("&Language:"),
            )
        ):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
            label.setBuddy(self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.post.setPlaceholderText(self.tr("e.g. DOS (only for a crossing point)"))
        self.name.setPlaceholderText(self.tr("e.g. Dostuk laptop 1"))
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("&Create"))
        self._fit_words()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._fit_words()  # the style sheet's font is known only once the dialog is polished
        super().showEvent(event)

    def _fit_words(self) -> None:
        """The examples and the bold default button were cut on a narrow dialog: size to fit."""
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.post, self.name):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 56)
        bold = QFont(create.font())
        bold.setBold(True)
        text = QFontMetrics(bold).horizontalAdvance(create.text().replace("&", ""))
        create.setMinimumWidth(text + create.iconSize().width() + 36)

    def create(self) -> None:
        role = self.role.currentData()
        post = self.post.text().strip().upper() if role == "post" else None
        if role == "post" and not post:  # the core's words say "add --post CODE"
            self.error.setText(self.tr("Enter the post code of this crossing point (e.g. DOS)."))
            self.post.setFocus()
            return
        try:
            init_device(self.store, role, post or None, self.name.text().strip() or None)
            self.store.set_setting("language", self.language.currentData())
        except BorderTrackError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
