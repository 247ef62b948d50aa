"""Facilities per post with their works' progress, late works highlighted, and inspections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.error_text import error_text
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.table_view import EntityBrowser
from bordertrack.services.inspections import is_late, late_condition, record_inspection
from bordertrack.store.query import Condition

LATE_COLOUR = QColor("#ffe0b2")


class InspectionEditor(RecordEditor):
    """The inspection form; saving also moves the facility's status and percent."""

    def __init__(self, ctx: AppContext, facility_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "inspection", None, {"facility": facility_id}, parent)
        self.facility_id = facility_id
        self.inputs["facility"].setEnabled(False)
        self.inputs["post"].setEnabled(False)

    def save(self) -> bool:
        from bordertrack.domain.errors import BorderTrackError, ValidationError

        values = {
            k: v
            for k, v in self.values().items()
            if v not in (None, "") and k not in ("facility", "post")
        }
        try:
            store, facility, operator = self.ctx.store, self.facility_id, self.ctx.operator
            self.record_id = self.ctx.write(
                lambda: record_inspection(store, facility, values, operator=operator)
            )
        except ValidationError as exc:
            self.show_problems(self.problems_by_field(exc))
            return False
        except BorderTrackError as exc:
            self.general_error.setText(error_text(exc))
            return False
        self._dirty = False
        self.accept()
        return True


class InfrastructureScreen(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.facilities = EntityBrowser(ctx, "facility", self, period_field="planned_end")
        self.facilities.model.row_colour = lambda r: LATE_COLOUR if is_late(r) else None
        self.late_only = QCheckBox()
        self.late_only.toggled.connect(self._late_toggled)
        self.facilities.filter_row.addWidget(self.late_only)
        self.inspections = EntityBrowser(ctx, "inspection", self)
        self.inspections.new_button.hide()
        self.inspect_button = QPushButton()
        self.inspect_button.clicked.connect(self.new_inspection)
        self.inspections.buttons.insertWidget(0, self.inspect_button)
        self.inspections_title = QLabel()
        self.facilities.selection_changed.connect(self._facility_selected)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.inspections_title)
        lower_layout.addWidget(self.inspections)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.facilities)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self._facility_selected()

    def show_view(self, name: str) -> None:
        """The dashboard's "late works" line opens this screen filtered to them."""
        self.late_only.setChecked(name == "late")

    def _late_toggled(self, on: bool) -> None:
        self.facilities.model.set_condition("late", Condition(*late_condition()) if on else None)

    def _facility_selected(self) -> None:
        fid = self.facilities.current_id() if self.facilities.selected_ids() else None
        self.inspections.model.set_filter("facility", fid or "-none-")
        self.inspect_button.setEnabled(fid is not None)

    def new_inspection(self) -> None:
        fid = self.facilities.current_id()
        if fid:
            InspectionEditor(self.ctx, fid, self).exec()

    def refresh(self) -> None:
        self.facilities.refresh()
        self.inspections.refresh()

    def retranslate_ui(self) -> None:
        self.late_only.setText(self.tr("&Late only"))
        self.late_only.setToolTip(self.tr("Planned end has passed and the works are not complete"))
        self.inspections_title.setText(self.tr("Inspections of the selected facility"))
        self.inspect_button.setText(self.tr("Record &inspection…"))
