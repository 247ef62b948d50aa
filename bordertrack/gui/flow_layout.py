"""A layout that wraps its widgets onto the next line when the row is too narrow.

Filter bars and button rows use it so no screen forces the window wider than a
1024-pixel laptop screen: on a narrow window the buttons move to a second line instead
of pushing the right edge (and the primary action) off the screen. It keeps the part of
the QHBoxLayout interface the screens use (addWidget, insertWidget, addStretch), so a
screen that inserts its own buttons into a browser's row works unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapping; spare room on a line goes to stretches and expanding items."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- the QHBoxLayout-like interface the screens use ----------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:  # noqa: N802 - Qt API
        self.insertWidget(len(self._items), widget)

    def insertWidget(self, index: int, widget: QWidget, _stretch: int = 0) -> None:  # noqa: N802
        self.addChildWidget(widget)
        index = len(self._items) if index < 0 else min(index, len(self._items))
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 - Qt API
        """A gap that takes the spare room of its line (pushes what follows to the right)."""
        self._items.append(
            QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        )
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def spacing(self) -> int:
        return self._spacing

    # -- geometry ---------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """One line of everything: what the row would like when there is room."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the widest single item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [
            i
            for i in self._items
            if i.widget() is None or not i.widget().isHidden()  # type: ignore[union-attr]
        ]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._visible():
            w = min(item.sizeHint().width(), width)
            if lines[-1] and x + w > width and item.widget() is not None:
                lines.append([])
                x = 0
            if not lines[-1] and item.widget() is None:
                continue  # a stretch at the start of a line is nothing
            lines[-1].append(item)
            x += w + self._spacing
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        y = area.y()
        for line in self._lines(width):
            widths = [min(i.sizeHint().width(), width) for i in line]
            spare = width - sum(widths) - self._spacing * (len(line) - 1)
            growing = [
                n for n, i in enumerate(line) if i.expandingDirections() & Qt.Orientation.Horizontal
            ]
            if spare > 0 and growing:
                share, rest = divmod(spare, len(growing))
                for k, n in enumerate(growing):
                    widths[n] += share + (1 if k < rest else 0)
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, w in zip(line, widths, strict=True):
                if move:
                    h = min(height, item.sizeHint().height()) if item.widget() is not None else 0
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + m.top() + m.bottom() if y > area.y() else 0


def flow_row(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a FlowLayout, to put in a vertical layout where a row of buttons goes."""
    holder = QWidget(parent)
    layout = FlowLayout(holder)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder, layout
