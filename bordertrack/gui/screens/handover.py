"""Hand-over acts: the list of acts and the dialog that makes one from selected items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError, ValidationError
from bordertrack.gui.context import AppContext
from bordertrack.gui.editor_fields import make_field
from bordertrack.gui.error_text import error_text
from bordertrack.gui.labels import field_label
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.table_view import EntityBrowser
from bordertrack.services import records
from bordertrack.services.handover import create_handover

ACT_FIELDS = ("number", "act_date", "place", "project", "from_org", "to_post", "to_agency", "to_person",
              "handed_by", "handed_by_title", "received_by", "received_by_title", "notes")  # fmt: skip


class HandoverDialog(QDialog):
    """The act's fields, the items it lists, and whether the items move to the receiver."""

    def __init__(self, ctx: AppContext, item_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item_ids = ctx, item_ids
        act = ENTITIES["handover_act"]
        items = [records.get(ctx.store, "equipment", i) for i in item_ids]
        self.from_post = items[0]["post"]
        self.inputs = {}
        form = QFormLayout()
        for name in ACT_FIELDS:
            widget = make_field(act.field(name), ctx.store)
            self.inputs[name] = widget
            form.addRow(
                field_label("handover_act", name) + (" *" if act.field(name).required else ""),
                widget,
            )
        self.inputs["act_date"].set_value(dt.date.today().isoformat())
        self.inputs["handed_by"].set_value(ctx.operator)
        self.items = QListWidget()
        self.items.addItems([f"{i['asset_tag']}  {i['serial'] or ''}" for i in items])
        self.items.setMaximumHeight(110)
        self.transfer = QCheckBox(self.tr("&Move the items to the receiving post"))
        self.transfer.setChecked(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Items on this act ({n}):").format(n=len(items))))
        layout.addWidget(self.items)
        layout.addWidget(self.transfer)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("New hand-over act"))
        self.act_id: str | None = None

    def save(self) -> None:
        values = {n: w.value() for n, w in self.inputs.items()}
        values = {k: v for k, v in values.items() if v not in (None, "")}
        if not values.get("from_org"):  # an organisation hands over: a donor's delivery
            values["from_post"] = self.from_post
        try:
            store, items, operator = self.ctx.store, self.item_ids, self.ctx.operator
            transfer = self.transfer.isChecked()
            self.act_id = self.ctx.write(
                lambda: create_handover(store, values, items, transfer=transfer, operator=operator)
            )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        except BorderTrackError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class HandoverScreen(Retranslating, QWidget):
    """The acts made or received; an act is made from the Equipment screen's selection."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browser = EntityBrowser(ctx, "handover_act", self)
        self.browser.new_button.hide()  # acts are made from selected items (Equipment screen)
        self.print_button = QPushButton(clicked=self.print_act, objectName="print_act")
        self.browser.buttons.insertWidget(3, self.print_button)
        self.browser.selection_changed.connect(self._update_print)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser)
        self.retranslate_ui()

    def refresh(self) -> None:
        self.browser.refresh()
        self._update_print()

    def _update_print(self, *_args: object) -> None:
        self.print_button.setEnabled(len(self.browser.selected_ids()) == 1)

    def print_act(self) -> None:
        """Save the selected act as a PDF to print (in the interface's language) and open it."""
        ids = self.browser.selected_ids()
        if len(ids) != 1:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the act as PDF"), "handover-act.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_act(ids[0], Path(path))

    def write_act(self, act_id: str, path: Path) -> None:
        from bordertrack.services.reports.handover_pdf import write_handover_pdf

        store, lang = self.ctx.store, self.ctx.store.setting("language")

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return write_handover_pdf(store, act_id, path, lang)

        def done(_count: int) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_with_progress(self.ctx, self, self.tr("Writing the act..."), work, done)

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("&Print act (PDF)..."))
        self.hint.setText(
            self.tr(
                'To make an act, select items on the Equipment screen and press "Hand-over act".'
            )
        )
