"""Small dialogs for equipment actions: assign a holder, transfer, mark a status with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.editor_fields import RefField
from bordertrack.gui.error_text import error_text
from bordertrack.gui.labels import vocab_label
from bordertrack.gui.refs import RefResolver
from bordertrack.services import undo

SHOWN_ITEMS = 10
MARKABLE = ("lost", "stolen", "under_repair", "written_off", "broken", "in_service", "in_storage")


class ItemActionDialog(QDialog):
    """Applies one change to every selected item in one transaction; errors show inline."""

    def __init__(
        self, ctx: AppContext, item_ids: list[str], kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.item_ids, self.kind = ctx, item_ids, kind
        equipment = ENTITIES["equipment"]
        self.form = QFormLayout()
        self.picker: RefField | None = None
        self.status = QComboBox()
        self.reason = QLineEdit()
        if kind == "assign":
            self.picker = RefField(equipment.field("holder"), ctx.store)
            self.form.addRow(self.tr("&Holder (name or service number):"), self.picker)
        elif kind == "transfer":
            self.picker = RefField(equipment.field("post"), ctx.store)
            self.form.addRow(self.tr("&To post:"), self.picker)
        else:
            # No status is chosen for the person: a stray Enter must not mark items lost.
            self.status.addItem(self.tr("— choose the new status —"), None)
            for code in MARKABLE:
                self.status.addItem(vocab_label("equipment_status", code), code)
            self.form.addRow(self.tr("&New status:"), self.status)
            self.form.addRow(self.tr("&Reason:"), self.reason)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.items_label = QLabel(self._items_text(), objectName="selected_items")
        self.items_label.setWordWrap(True)
        layout.addWidget(self.items_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        titles = {
            "assign": self.tr("Assign to a holder"),
            "transfer": self.tr("Transfer to another post"),
        }
        self.setWindowTitle(titles.get(kind, self.tr("Mark status")))
        self.resize(480, 160)

    def _items_text(self) -> str:
        """Which items the change applies to, by asset tag (the first ten, then a count)."""
        names = RefResolver(self.ctx.store).names("equipment", self.item_ids)
        shown = [names.get(i, i) for i in self.item_ids[:SHOWN_ITEMS]]
        text = self.tr("This changes {n} item(s): {items}").format(
            n=QLocale().toString(len(self.item_ids)), items=", ".join(shown)
        )
        if len(self.item_ids) > SHOWN_ITEMS:
            text += " " + self.tr("and {n} more.").format(
                n=QLocale().toString(len(self.item_ids) - SHOWN_ITEMS)
            )
        return text

    def values(self) -> dict[str, Any]:
        if self.kind == "assign":
            assert self.picker is not None
            return {"holder": self.picker.value()}
        if self.kind == "transfer":
            assert self.picker is not None
            return {"post": self.picker.value(), "holder": None}
        return {"status": self.status.currentData(), "status_reason": self.reason.text().strip()}

    def apply(self) -> None:
        values = self.values()
        if self.kind == "mark" and not values["status"]:
            self.error.setText(self.tr("Choose the new status first."))
            return
        if (
            self.kind == "mark"
            and values["status"]
            in (
                "lost",
                "stolen",
                "written_off",
                "under_repair",
            )
            and not values["status_reason"]
        ):
            self.error.setText(self.tr("Give the reason (what happened, report number)."))
            return
        if self.kind != "mark" and not next(iter(values.values())):
            self.error.setText(self.tr("Choose who or where first."))
            return
        store, ids, operator = self.ctx.store, list(self.item_ids), self.ctx.operator

        try:
            step = self.ctx.write(
                lambda: undo.update_undoably(store, "equipment", ids, values, operator=operator)
            )
        except BorderTrackError as exc:
            self.error.setText(error_text(exc))
            return
        self.ctx.notify(
            self.tr("Saved: {n} item(s) changed.").format(n=QLocale().toString(len(self.item_ids))),
            step,
        )
        self.accept()
