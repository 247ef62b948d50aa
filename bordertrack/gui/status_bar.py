"""The status bar: device, role, post, last export/import, pending changes, conflicts, clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.eliding_label import ElidingLabel
from bordertrack.gui.labels import role_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services.status import DeviceStatus, device_status

NOTICE_MS = 12_000  # how long a confirmation stays in the status bar


def _when(stamp: str | None, never: str) -> str:
    if not stamp:
        return never
    moment = QDateTime.fromString(stamp[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class StatusBar(Retranslating, QStatusBar):
    """Re-reads its figures whenever `status_changed` is emitted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.device_label = ElidingLabel(self)
        self.sync_label = ElidingLabel(self)
        self.pending_label = ElidingLabel(self)
        self.conflicts_label = ElidingLabel(self)
        self.clock_label = ElidingLabel(self, minimum=120)
        self.clock_label.setStyleSheet("color: #b00020; font-weight: bold;")
        for w in (self.device_label, self.sync_label, self.pending_label, self.conflicts_label):
            self.addWidget(w, 1)
        self.addPermanentWidget(self.clock_label)
        self.status: DeviceStatus | None = None
        ctx.signals.status_changed.connect(self.refresh)
        ctx.signals.notice.connect(lambda text: self.showMessage("✓ " + text, NOTICE_MS))
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
        pending = self.tr("Not yet sent: {n}").format(n=QLocale().toString(s.pending))
        if s.unconfirmed:
            pending += " · " + self.tr("sent, not yet confirmed: {n}").format(
                n=QLocale().toString(s.unconfirmed)
            )
        self.pending_label.setText(pending)
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
