"""The equipment register: browse, register, assign, transfer, mark, hand over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.context import AppContext
from bordertrack.gui.editor import can_edit
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.table_view import EntityBrowser
from bordertrack.services.dashboard import overdue_stocktake_condition


class EquipmentScreen(Retranslating, QWidget):
    """The item actions work on the selected rows (Ctrl/Shift+click to select several)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browser = EntityBrowser(ctx, "equipment", self)
        if ctx.post and "post" in self.browser.filters:
            combo = self.browser.filters["post"]
            combo.setCurrentIndex(max(0, combo.findData(ctx.post)))
        self.assign_button = QPushButton()
        self.transfer_button = QPushButton()
        self.mark_button = QPushButton()
        self.handover_button = QPushButton()
        self.assign_button.clicked.connect(lambda: self.item_action("assign"))
        self.transfer_button.clicked.connect(lambda: self.item_action("transfer"))
        self.mark_button.clicked.connect(lambda: self.item_action("mark"))
        self.handover_button.clicked.connect(self.handover)
        for i, b in enumerate(
            (self.assign_button, self.transfer_button, self.mark_button, self.handover_button)
        ):
            self.browser.buttons.insertWidget(3 + i, b)
        self.overdue_only = QCheckBox(objectName="overdue_only")
        self.overdue_only.toggled.connect(self._overdue_toggled)
        self.browser.filter_row.addWidget(self.overdue_only)
        self.import_button = QPushButton(objectName="import_register")
        self.import_button.clicked.connect(self.import_register)
        self.browser.buttons.insertWidget(7, self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.browser.selection_changed.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()

    def show_view(self, name: str) -> None:
        """The dashboard's "not verified" line opens exactly the items it counted."""
        if name == "overdue":
            self.browser.search.clear()
            self.browser.apply_search()
            for combo in self.browser.filters.values():
                combo.setCurrentIndex(0)
        self.overdue_only.setChecked(name == "overdue")

    def _overdue_toggled(self, on: bool) -> None:
        condition = overdue_stocktake_condition(dt.date.today()) if on else None
        self.browser.model.set_condition("overdue", condition)

    def _update_buttons(self) -> None:
        any_selected = bool(self.browser.selected_ids())
        editable = can_edit(self.ctx, self.browser.entity, None) or self.ctx.role == "coordinator"
        for b in (self.assign_button, self.transfer_button, self.mark_button, self.handover_button):
            b.setEnabled(any_selected and editable)

    def import_register(self):  # type: ignore[no-untyped-def]
        """Bring in a post's existing Excel register (the wizard maps its columns)."""
        from bordertrack.gui.register_wizard import open_register_wizard

        return open_register_wizard(self.ctx, "equipment", self)

    def item_action(self, kind: str) -> None:
        ids = self.browser.selected_ids()
        if ids:
            ItemActionDialog(self.ctx, ids, kind, self).exec()

    def handover(self) -> None:
        from bordertrack.gui.screens.handover import HandoverDialog

        ids = self.browser.selected_ids()
        if not ids:
            QMessageBox.information(
                self, self.tr("Hand-over act"), self.tr("Select the items first.")
            )
            return
        HandoverDialog(self.ctx, ids, self).exec()

    def refresh(self) -> None:
        self.browser.refresh()

    def retranslate_ui(self) -> None:
        self.assign_button.setText(self.tr("&Assign…"))
        self.transfer_button.setText(self.tr("&Transfer…"))
        self.mark_button.setText(self.tr("Mar&k status…"))
        self.handover_button.setText(self.tr("Hand-o&ver act…"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.overdue_only.setText(self.tr("Not &verified for 12 months"))
        self.overdue_only.setToolTip(
            self.tr("No stock-take check (or receipt) in the last 12 months")
        )
        self.import_button.setToolTip(self.tr("Bring in the post's existing Excel register"))
