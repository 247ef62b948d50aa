"""Settings: language, this device's profile, backups and where the database file is."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui import translations
from bordertrack.gui.context import AppContext
from bordertrack.gui.dialogs_reliability import ask_pin
from bordertrack.gui.error_text import error_text
from bordertrack.gui.labels import role_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.setup_wizard import languages
from bordertrack.gui.when import backup_reason, local_words
from bordertrack.services import backup
from bordertrack.services.profile import rename_device


def _label(form: QFormLayout, row: int, text: str) -> None:
    """Set a form row's label and let its mnemonic focus the row's field."""
    label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel)
    label.setText(text)
    field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
    if field.widget() is not None:
        label.setBuddy(field.widget())
    elif field.layout() is not None and field.layout().count():
        label.setBuddy(field.layout().itemAt(0).widget())


class SettingsScreen(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        for code, label in languages():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(ctx.store.setting("language") or "en"))
        )
        self.language.currentIndexChanged.connect(self.change_language)
        self.device_name = QLineEdit(ctx.device["name"])
        self.device_name.setMaxLength(60)
        self.save_name = QPushButton()
        self.save_name.clicked.connect(self.rename)
        self.role_value, self.post_value, self.db_value = QLabel(), QLabel(), QLabel()
        for value in (self.post_value, self.db_value):
            value.setWordWrap(True)
        self.db_value.setText(str(ctx.store.path))
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.store.path.parent)))
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.general = QGroupBox()
        self.profile = QGroupBox()
        self.backups = QGroupBox()
        self.general_form, self.profile_form = QFormLayout(self.general), QFormLayout(self.profile)
        self.general_form.addRow(QLabel(), self.language)
        name_row = QHBoxLayout()
        name_row.addWidget(self.device_name, 1)
        name_row.addWidget(self.save_name)
        self.profile_form.addRow(QLabel(), name_row)
        self.profile_form.addRow(QLabel(), self.role_value)
        self.profile_form.addRow(QLabel(), self.post_value)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_value, 1)
        db_row.addWidget(self.open_folder)
        self.profile_form.addRow(QLabel(), db_row)
        self._build_backups()
        from bordertrack.gui.security_settings import SecurityBox

        self.security = SecurityBox(ctx, self)
        # The four boxes are taller than a 768-pixel screen leaves: they scroll, the window stays.
        body = QWidget(objectName="settings_body")
        layout = QVBoxLayout(body)
        for w in (self.message, self.general, self.profile, self.security, self.backups):
            layout.addWidget(w)
        layout.addStretch(1)
        scroll = QScrollArea(objectName="settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    # -- backups ------------------------------------------------------------------------
    def _build_backups(self) -> None:
        self.backup_list = QListWidget()
        self.backup_list.setMaximumHeight(160)
        self.backup_now = QPushButton()
        self.restore = QPushButton()
        self.backup_now.clicked.connect(self.make_backup)
        self.restore.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.restore)
        row.addStretch(1)
        box = QVBoxLayout(self.backups)
        box.addWidget(self.backup_list)
        box.addLayout(row)
        self._backups: list[backup.BackupInfo] = []
        self.refresh_backups()

    def refresh_backups(self) -> None:
        self._backups = backup.list_backups(self.ctx.store.path)
        self.backup_list.clear()
        for info in self._backups:
            self.backup_list.addItem(
                f"{local_words(info.created_at)} — {backup_reason(info.reason)}"
            )

    def make_backup(self) -> None:
        try:
            store = self.ctx.store
            self.ctx.write(lambda: backup.create_backup(store, "manual"))
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return
        self.refresh_backups()
        self.message.setText(self.tr("A backup was made."))

    def restore_selected(self) -> None:
        row = self.backup_list.currentRow()
        if row < 0:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the current data with this backup? BorderTrack closes afterwards; start "
                "it again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or not ask_pin(
            self.ctx.store, "restore", self, self.ctx.write
        ):
            return
        info = self._backups[row]
        try:
            self.ctx.worker.wait()
            backup.restore_backup(self.ctx.store.path, info.id, self.ctx.store)
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return
        QApplication.quit()

    # -- language and profile -------------------------------------------------------------
    def change_language(self) -> None:
        code = self.language.currentData()
        store = self.ctx.store
        self.ctx.write(lambda: store.set_setting("language", code))
        app = QApplication.instance()
        if not translations.switch_language(app, store, code, self.ctx.write):
            self.message.setText(self.tr("This language is not installed; English is shown."))
        else:
            self.message.clear()

    def rename(self) -> None:
        if not ask_pin(self.ctx.store, "settings", self, self.ctx.write):
            return
        try:
            store, name = self.ctx.store, self.device_name.text()
            self.ctx.write(lambda: rename_device(store, name))
        except BorderTrackError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("The device name is saved."))
        self.ctx.signals.status_changed.emit()

    def refresh(self) -> None:
        self.refresh_backups()

    def retranslate_ui(self) -> None:
        self.refresh_backups()
        self.general.setTitle(self.tr("Language"))
        self.profile.setTitle(self.tr("This device"))
        self.backups.setTitle(self.tr("Backups"))
        labels = (self.tr("&Language:"),)
        for row, text in enumerate(labels):
            _label(self.general_form, row, text)
        for row, text in enumerate(
            (
                self.tr("Device &name:"),
                self.tr("Role:"),
                self.tr("Post code:"),
                self.tr("Database file:"),
            )
        ):
            _label(self.profile_form, row, text)
        self.role_value.setText(role_label(self.ctx.role))
        self.post_value.setText(self.ctx.post or self.tr("none (not a crossing point's device)"))
        self.save_name.setText(self.tr("&Save name"))
        self.open_folder.setText(self.tr("&Open folder"))
        self.backup_now.setText(self.tr("Make a &backup now"))
        self.restore.setText(self.tr("&Restore selected…"))
