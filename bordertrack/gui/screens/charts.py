"""Charts drawn with QPainter (QtCharts is not shipped): stacked horizontal bars and a meter.

They take ready figures and labels; they never read the database or translate anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PALETTE = (
    "#2e7d32", "#1565c0", "#f9a825", "#c62828", "#6a1b9a", "#ef6c00", "#546e7a",
    "#00838f", "#ad1457", "#9e9d24",
)  # fmt: skip


@dataclass(frozen=True)
class Series:
    """One segment kind of every bar: its key in the data, its label and colour."""

    key: str
    label: str
    colour: QColor


def series_for(keys: list[tuple[str, str]], colours: dict[str, str] | None = None) -> list[Series]:
    """Series from (key, label) pairs, with fixed colours where given, the palette otherwise."""
    colours = colours or {}
    return [
        Series(k, label, QColor(colours.get(k, PALETTE[i % len(PALETTE)])))
        for i, (k, label) in enumerate(keys)
    ]


class StackedBars(QWidget):
    """Horizontal bars, one per category, split into coloured segments; total at the end.

    Hovering a segment names it with its count; clicking it emits `segment_clicked(row key,
    series key)` (the series key is "" for a click on the row's name or total).
    """

    ROW = 20
    GAP = 5
    segment_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.series: list[Series] = []
        self.empty_text = ""
        self.show_legend = True
        self.keys: list[str] = []
        self._hits: list[tuple[QRectF, int, str]] = []  # painted rectangles: row, series key
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        rows: list[tuple[str, dict[str, int]]],
        series: list[Series],
        keys: list[str] | None = None,
    ) -> None:
        """Rows of (name, counts per series key); `keys` identify the rows for clicks."""
        self.rows, self.series = rows, series
        self.keys = keys if keys is not None else [name for name, _ in rows]
        self.updateGeometry()
        self.update()

    def hit(self, pos: QPointF) -> tuple[int, str] | None:
        """(row index, series key) under `pos`; series "" on the row's name or total."""
        for rect, row, key in self._hits:
            if rect.contains(pos):
                return row, key
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        found = self.hit(pos)
        if found is None:
            return ""
        row, key = found
        name, counts = self.rows[row]
        n = QLocale().toString
        if not key:
            return f"{name}: {n(self.total(counts))}"
        label = next((s.label for s in self.series if s.key == key), key)
        return f"{name} — {label}: {n(counts.get(key, 0))}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        on = self.hit(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        found = self.hit(event.position())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            row, key = found
            if row < len(self.keys):
                self.segment_clicked.emit(str(self.keys[row]), key)
            return
        super().mousePressEvent(event)

    def total(self, row: dict[str, int]) -> int:
        return sum(row.get(s.key, 0) for s in self.series)

    def _legend_height(self, width: int) -> int:
        fm = QFontMetrics(self.font())
        x, lines = 0, 1
        for s in self.series:
            w = 18 + fm.horizontalAdvance(s.label) + 14
            if x + w > width and x:
                lines, x = lines + 1, 0
            x += w
        return lines * (fm.height() + 4) if self.series and self.show_legend else 0

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + max(1, len(self.rows)) * (self.ROW + self.GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 120)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        width = self.width()
        self._hits = []
        if not self.rows or not any(self.total(r) for _, r in self.rows):
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        legend_h = self._legend_height(width)
        if self.show_legend:
            self._draw_legend(p, fm, width)
        # Names get up to half the width (a ministry's name is long, the bars still read);
        # a name longer than that is elided and whole in the tooltip.
        label_w = min(max(fm.horizontalAdvance(name) for name, _ in self.rows) + 8, width // 2)
        peak = max(self.total(r) for _, r in self.rows) or 1
        number_w = fm.horizontalAdvance(QLocale().toString(peak)) + 8
        bar_w = max(10, width - label_w - number_w - 4)
        room = self.height() - legend_h - 4
        row_h = max(8, min(self.ROW, room // max(1, len(self.rows)) - self.GAP))
        y = legend_h + 4
        for index, (name, row) in enumerate(self.rows):
            text_rect = QRectF(0, y, label_w - 6, row_h)
            self._hits.append((QRectF(0, y, label_w, row_h), index, ""))
            p.setPen(self.palette().text().color())
            elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(
                text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            x = float(label_w)
            for s in self.series:
                w = bar_w * row.get(s.key, 0) / peak
                if w > 0:
                    p.fillRect(QRectF(x, y, w, row_h), s.colour)
                    self._hits.append((QRectF(x, y, max(w, 2), row_h), index, s.key))
                    x += w
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(x + 4, y, number_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(self.total(row)),
            )
            y += row_h + self.GAP

    def _draw_legend(self, p: QPainter, fm: QFontMetrics, width: int) -> None:
        x, y = 0, 0
        for s in self.series:
            w = 18 + fm.horizontalAdvance(s.label) + 14
            if x + w > width and x:
                x, y = 0, y + fm.height() + 4
            p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), s.colour)
            p.setPen(self.palette().text().color())
            p.drawText(x + 16, y + fm.ascent(), s.label)
            x += w


class Meter(QWidget):
    """A horizontal gauge 0-100 % with its value written inside."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.value: float | None = None
        self.text = ""
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float | None, text: str) -> None:
        self.value, self.text = value, text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 26)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.fillRect(rect, QColor("#eceff1"))
        if self.value is not None:
            filled = QRectF(
                rect.x(), rect.y(), rect.width() * max(0, min(100, self.value)) / 100, rect.height()
            )
            p.fillRect(filled, QColor("#43a047"))
        p.setPen(QPen(QColor("#90a4ae")))
        p.drawRect(rect)
        p.setPen(self.palette().text().color())
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
