"""A one-line label that shortens its text with "…" to the room it has; the tooltip keeps it all.

The status bar's lines (device, last export and import) are long in Russian and Kyrgyz;
as plain labels they made the main window wider than a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidingLabel(QLabel):
    """text() is the whole text; what is painted is elided to the label's width."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 60) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as painted at the current width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(
            min(self._minimum, super().sizeHint().width()), super().minimumSizeHint().height()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )
