"""The status bar: device, role, post, last export/import, pending changes, conflicts, clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import role_label
from bordertrack.services.status import DeviceStatus, device_status


def _when(stamp: str | None, never: str) -> str:
    if not stamp:
        return never
    moment = QDateTime.fromString(stamp[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class StatusBar(QStatusBar):
    """Re-reads its figures whenever `status_changed` is emitted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.device_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.conflicts_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.clock_label.setStyleSheet("color: #b00020; font-weight: bold;")
        for w in (self.device_label, self.sync_label, self.pending_label, self.conflicts_label):
            self.addWidget(w)
        self.addPermanentWidget(self.clock_label)
        self.status: DeviceStatus | None = None
        ctx.signals.status_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.status = device_status(self.ctx.store)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        s = self.status
        if s is None:
            return
        post = s.post or self.tr("no post")
        self.device_label.setText(
            self.tr("{name} · {role} · {post}").format(
                name=s.name, role=role_label(s.role), post=post
            )
        )
        never = self.tr("never")
        self.sync_label.setText(
            self.tr("Last export: {export} · last import: {imported}").format(
                export=_when(s.last_export, never), imported=_when(s.last_import, never)
            )
        )
        self.pending_label.setText(
            self.tr("Not yet sent: {n}").format(n=QLocale().toString(s.pending))
        )
        self.conflicts_label.setText(
            self.tr("Conflicts to review: {n}").format(n=QLocale().toString(s.conflicts))
        )
        if s.clock_warning:
            self.clock_label.setText(s.clock_warning)
        elif s.clock_behind_ms:
            minutes = s.clock_behind_ms // 60_000
            self.clock_label.setText(
                self.tr(
                    "This computer's clock is {minutes} min behind data already seen; set the clock."
                ).format(minutes=QLocale().toString(minutes))
            )
        else:
            self.clock_label.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
