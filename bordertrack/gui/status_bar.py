"""The status bar: device, role, post, last export/import, pending changes, conflicts, clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import QStatusBar, QToolButton, QWidget

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.eliding_label import ElidingLabel
from bordertrack.gui.labels import role_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services import undo
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
        # Takes back the edit just confirmed, while its confirmation is shown (services.undo).
        self.undo_button = QToolButton(self, objectName="undo_last_edit")
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        self.addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self.status: DeviceStatus | None = None
        ctx.signals.status_changed.connect(self.refresh)
        ctx.signals.notice.connect(self._notice)
        self.refresh()

    def _notice(self, text: str) -> None:
        self.showMessage("✓ " + text, NOTICE_MS)
        self.undo_button.setVisible(self.ctx.last_undo is not None)
        self._undo_timer.start()

    def undo_last(self) -> bool:
        """Write the values from before the last confirmed edit back, if nothing moved since."""
        step, store, operator = self.ctx.last_undo, self.ctx.store, self.ctx.operator
        if step is None:
            return False
        self.undo_button.hide()
        try:
            self.ctx.write(lambda: undo.undo(store, step, operator=operator))
        except BorderTrackError as exc:
            self.ctx.last_undo = None
            self.ctx.show_error(self, exc)
            return False
        self.ctx.notify(self.tr("The last edit was undone."))
        return True

    def refresh(self) -> None:
        self.status = device_status(self.ctx.store)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Take back the edit just saved"))
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
