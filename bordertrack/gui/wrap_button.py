"""A push button whose text wraps onto several lines instead of widening the window.

Qt's QPushButton never wraps, so a long translated sentence ("14 enrolments of finished
sessions without a result") made the Dashboard wider than a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WrapButton(QPushButton):
    """A flat, left-aligned, clickable line of text that wraps; text() reads the label."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setFlat(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.label.heightForWidth(max(1, width - 12)) + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.label.sizeHint()
        return QSize(hint.width() + 12, hint.height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        words = self.label.text().split() or [""]
        widest = max(self.label.fontMetrics().horizontalAdvance(w) for w in words)
        return QSize(min(widest, 160) + 12, self.label.fontMetrics().height() + 8)
