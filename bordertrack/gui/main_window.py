"""The main window: a sidebar of the role's screens, the screen area and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.notices import concerns
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens import ScreenSpec, screen_class, screens_for
from bordertrack.gui.status_bar import StatusBar
from bordertrack.store.touched import Touched

SIDEBAR_MIN, SIDEBAR_MAX, SIDEBAR_PADDING = 120, 190, 40


def _wrap(text: str, metrics: QFontMetrics, room: int) -> list[str]:
    """Greedy word wrap of `text` into lines no wider than `room` (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class MainWindow(Retranslating, QMainWindow):
    """Screens are built the first time they are shown, so start-up stays quick."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.specs: list[ScreenSpec] = screens_for(ctx.role)
        self.screens: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_MAX)
        self.sidebar.setWordWrap(True)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setIconSize(QSize(0, 0))
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget()
        # The last resort on a small screen: a screen that still needs more room than the
        # window has scrolls inside it instead of pushing the window past the screen's edge.
        self.scroller = QScrollArea(objectName="screen_area")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(ctx, self)
        self.setStatusBar(self.status)
        for spec in self.specs:
            self.sidebar.addItem(QListWidgetItem(spec.translated_title))
            self.stack.addWidget(QLabel())  # placeholder until first shown
        self.sidebar.currentRowChanged.connect(self.show_row)
        self._make_actions()
        ctx.signals.committed.connect(self._on_committed)
        self._initial_size()
        self.retranslate_ui()
        if self.specs:
            self.sidebar.setCurrentRow(0)

    def _initial_size(self) -> None:
        """1340×720 where the screen has room; otherwise the screen's free area, never more."""
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry().size() if screen is not None else QSize(1340, 720)
        self.resize(min(1340, free.width()), min(720, free.height() - 30))

    def _make_actions(self) -> None:
        """Ctrl+1..9 jump to a screen; Ctrl+Q quits; F5 refreshes the current screen."""
        for i, _spec in enumerate(self.specs[:9]):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            self.addAction(action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_current)
        self.addAction(self.refresh_action)

    # -- screens --------------------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen of `key`, built now if it was never shown."""
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        return self._ensure(row)

    def _ensure(self, row: int) -> QWidget:
        spec = self.specs[row]
        widget = self.screens.get(spec.key)
        if widget is None:
            cls = screen_class(spec)
            try:
                widget = cls(self.ctx, self)
            except Exception as exc:  # noqa: BLE001 - one broken screen must not close the app
                widget = QLabel(self.tr("This screen could not open: {error}").format(error=exc))
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.screens[spec.key] = widget
        return widget

    def show_screen(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        self.sidebar.setCurrentRow(row)
        return self.screens[key]

    def show_row(self, row: int) -> None:
        if row < 0:
            return
        created = self.specs[row].key not in self.screens
        widget = self._ensure(row)
        self.stack.setCurrentIndex(row)
        key = self.specs[row].key
        if not created and key in self._stale:
            self._refresh(widget)
        self._stale.discard(key)

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        if widget is not None:
            self._refresh(widget)
        self.status.refresh()

    @staticmethod
    def _refresh(widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_committed(self, touched: Touched) -> None:
        """Refresh the screens a commit concerns: the visible one now, others when shown."""
        current = self.stack.currentWidget()
        for key, widget in self.screens.items():
            if not concerns(widget, touched):
                continue
            if widget is current:
                self._refresh(widget)
            else:
                self._stale.add(key)

    # -- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("BorderTrack — {device}").format(device=self.ctx.device["name"])
        )
        for i, spec in enumerate(self.specs):
            item = self.sidebar.item(i)
            item.setText(f"{spec.translated_title}")
            tip = spec.translated_title
            if i < 9:
                tip += " (" + self.tr("Ctrl+{n}").format(n=i + 1) + ")"
            item.setToolTip(tip)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """As narrow as the titles allow: the longest title, or its longest word when that
        would be wider than SIDEBAR_MAX (the title then wraps onto a second line)."""
        self.sidebar.ensurePolished()
        font = self.sidebar.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [self.sidebar.item(i).text() for i in range(self.sidebar.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        longest_word = max(
            (metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0
        )
        width = widest + SIDEBAR_PADDING
        if width > SIDEBAR_MAX:
            width = max(SIDEBAR_MAX, longest_word + SIDEBAR_PADDING)
        width = max(SIDEBAR_MIN, width)
        self.sidebar.setFixedWidth(width)
        # A title too long for one line gets the height of two, so it wraps instead of
        # being cut to "Люди и ..." (the item's own height is one line otherwise).
        room = width - SIDEBAR_PADDING
        for i, text in enumerate(texts):
            lines = len(_wrap(text, metrics, room))
            height = lines * metrics.lineSpacing() + 20
            self.sidebar.item(i).setSizeHint(QSize(room, height))
        self.sidebar.doItemsLayout()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Screens with unsaved edits may refuse; long work finishes before the database closes."""
        for widget in self.screens.values():
            may_close = getattr(widget, "may_close", None)
            if callable(may_close) and not may_close():
                event.ignore()
                return
        self.ctx.worker.wait(30_000)
        event.accept()
