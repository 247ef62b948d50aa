"""The Dashboard: equipment by status per post, people trained, works, and what needs attention.

The figures come from services.dashboard on the database worker (the large register takes
a moment); clicking an attention line opens the screen where it is dealt with.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.vocabularies import codes
from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import vocab_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.charts import Meter, StackedBars, series_for
from bordertrack.gui.wrap_button import WrapButton
from bordertrack.services import dashboard as figures

STATUS_COLOURS = {
    "in_service": "#2e7d32", "in_storage": "#78909c", "under_repair": "#f9a825",
    "broken": "#ef6c00", "lost": "#c62828", "stolen": "#6a1b9a", "written_off": "#37474f",
}  # fmt: skip
SEX_COLOURS = {"female": "#ad1457", "male": "#1565c0", "not_recorded": "#90a4ae"}
WORK_COLOURS = {
    "planned": "#90a4ae", "under_construction": "#f9a825", "operational": "#2e7d32",
    "needs_repair": "#ef6c00", "out_of_service": "#c62828",
}  # fmt: skip
# attention key -> (screen key, tab or view inside that screen)
TARGETS = {
    "conflicts": ("sync", "conflicts"),
    "duplicates": ("sync", "duplicates"),
    "overdue_stocktakes": ("equipment", "overdue"),
    "late_works": ("infrastructure", "late"),
    "results_missing": ("training", "results_missing"),
}


class DashboardScreen(Retranslating, QWidget):
    """Four panels in a 2x2 grid that fits 1366x768; `open_requested(screen, view)` on clicks."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: figures.Dashboard | None = None
        self.year: int | None = None
        self.equipment = StackedBars(objectName="equipment_chart")
        self.trained = StackedBars(objectName="trained_chart")
        self.works = StackedBars(objectName="works_chart")
        self.works.show_legend = False  # each bar is one status, named on its left
        self.progress = Meter(objectName="works_progress")
        self.year_box = QComboBox(objectName="year")
        self.year_box.activated.connect(self._year_chosen)
        self.equipment.segment_clicked.connect(self.open_equipment)
        self.works.segment_clicked.connect(
            lambda status, _s: self.open_filtered("infrastructure", {"status": status})
        )
        self.attention_buttons: dict[str, QPushButton] = {}
        self.all_clear = QLabel(wordWrap=True)
        self.boxes = [QGroupBox() for _ in range(4)]
        self._layout()
        self.retranslate_ui()
        self.refresh()

    def _layout(self) -> None:
        eq, tr, wk, at = self.boxes
        QVBoxLayout(eq).addWidget(self.equipment)
        head = QHBoxLayout()
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_box)
        head.addStretch(1)
        head.addWidget(self.year_label)
        head.addWidget(self.year_box)
        box = QVBoxLayout(tr)
        box.addLayout(head)
        box.addWidget(self.trained, 1)
        box = QVBoxLayout(wk)
        box.addWidget(self.works, 1)
        self.progress_label = QLabel()
        box.addWidget(self.progress_label)
        box.addWidget(self.progress)
        box = QVBoxLayout(at)
        for key in TARGETS:
            button = WrapButton(objectName=f"attention_{key}")
            button.clicked.connect(lambda _=False, k=key: self.open_attention(k))
            self.attention_buttons[key] = button
            box.addWidget(button)
        box.addWidget(self.all_clear)
        box.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(eq, 0, 0)
        grid.addWidget(tr, 0, 1)
        grid.addWidget(wk, 1, 0)
        grid.addWidget(at, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        if self.ctx.role == "trainer":  # a trainer's laptop holds no register or works
            eq.hide()
            wk.hide()

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute every figure on the worker; the charts update when it is done."""
        store, year = self.ctx.store, self.year
        self.ctx.worker.submit(
            lambda _progress, _cancelled: figures.dashboard(store, year=year),
            on_result=self.show_figures,
            on_error=lambda exc: self.ctx.show_error(self, exc),
        )

    def _year_chosen(self, index: int) -> None:
        self.year = self.year_box.itemData(index)
        self.refresh()

    def show_figures(self, data: figures.Dashboard) -> None:
        self.data = data
        self.equipment.set_data(
            [(name, counts) for _code, name, counts in data.equipment],
            series_for(self._labels("equipment_status"), STATUS_COLOURS),
            [code for code, _name, _counts in data.equipment],
        )
        self.trained.set_data(
            [(name or self.tr("No agency"), counts) for _c, name, counts in data.trained],
            series_for(self._labels("sex"), SEX_COLOURS),
        )
        self.works.set_data(
            [(vocab_label("facility_status", s), {s: data.works[s]}) for s in self._work_order()],
            series_for(self._labels("facility_status"), WORK_COLOURS),
            self._work_order(),
        )
        avg = data.works_progress
        self.progress.set_value(
            avg, "" if avg is None else self.tr("{pct}% complete on average").format(
                pct=QLocale().toString(round(avg))
            ),
        )  # fmt: skip
        self._fill_years(data)
        self._show_attention()
        self.retranslate_titles()

    def _work_order(self) -> list[str]:
        assert self.data is not None
        return [s for s in codes("facility_status") if self.data.works.get(s)]

    @staticmethod
    def _labels(vocab: str) -> list[tuple[str, str]]:
        return [(c, vocab_label(vocab, c)) for c in codes(vocab)]

    def _fill_years(self, data: figures.Dashboard) -> None:
        years = sorted({*data.years, dt.date.today().year, data.year}, reverse=True)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(data.year))
        self.year_box.blockSignals(False)

    def _show_attention(self) -> None:
        if self.data is None:
            return
        a = self.data.attention
        texts = {
            "conflicts": self.tr("{n} conflicts to review"),
            "duplicates": self.tr("{n} possible duplicates to merge"),
            "overdue_stocktakes": self.tr("{n} items not verified for over 12 months"),
            "late_works": self.tr("{n} works past their planned end"),
            "results_missing": self.tr("{n} enrolments of finished sessions without a result"),
        }
        for key, button in self.attention_buttons.items():
            n = getattr(a, key)
            button.setText("⚠ " + texts[key].format(n=QLocale().toString(n)))
            button.setVisible(n > 0)
            button.setEnabled(self._can_open(key))
        nothing = not any(getattr(a, k) for k in TARGETS)
        self.all_clear.setVisible(nothing)

    # -- opening other screens ------------------------------------------------------------
    def open_equipment(self, post: str, status: str) -> None:
        """A bar's segment: the equipment table filtered to that post and status."""
        self.open_filtered("equipment", {"post": post, "status": status or None})

    def open_filtered(self, screen: str, filters: dict[str, str | None]) -> None:
        """Show `screen` with its table's filters set (others cleared), as the chart counted."""
        window = self.window()
        if screen not in self._window_specs() or not hasattr(window, "show_screen"):
            return
        widget = window.show_screen(screen)
        browser = getattr(widget, "browser", None) or getattr(widget, "facilities", None)
        if browser is None:
            return
        reset = getattr(widget, "show_view", None)
        if callable(reset):
            reset("")
        browser.search.clear()
        browser.apply_search()
        for name, combo in browser.filters.items():
            value = filters.get(name)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)

    def _window_specs(self) -> list[str]:
        return [s.key for s in getattr(self.window(), "specs", [])]

    def _can_open(self, key: str) -> bool:
        screen = TARGETS[key][0]
        return screen in self._window_specs() or not self._window_specs()

    def open_attention(self, key: str) -> None:
        """Ask the main window for the screen that deals with this item, then its view."""
        screen, view = TARGETS[key]
        self.open_requested.emit(screen, view)
        window = self.window()
        if screen not in self._window_specs() or not hasattr(window, "show_screen"):
            return
        widget = window.show_screen(screen)
        show_view = getattr(widget, "show_view", None)
        if view and callable(show_view):
            show_view(view)

    # -- language ---------------------------------------------------------------------------
    def retranslate_titles(self) -> None:
        eq, tr, wk, at = self.boxes
        eq.setTitle(self.tr("Equipment by status, per post"))
        year = self.data.year if self.data else dt.date.today().year
        tr.setTitle(self.tr("People trained in {year}, by agency and sex").format(year=year))
        wk.setTitle(self.tr("Works by status"))
        at.setTitle(self.tr("Needs attention"))

    def retranslate_ui(self) -> None:
        self.retranslate_titles()
        self.year_label.setText(self.tr("&Year:"))
        self.progress_label.setText(self.tr("Average progress of works:"))
        self.all_clear.setText(self.tr("Nothing needs attention: no conflicts, nothing overdue."))
        for chart in (self.equipment, self.works):
            chart.empty_text = self.tr("No records yet")
        self.trained.empty_text = self.tr("Nobody completed a course in this year yet")
        if self.data is not None:
            self.show_figures(self.data)
