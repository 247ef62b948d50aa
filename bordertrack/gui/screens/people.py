"""People and reference data: one tab per entity, editable by the roles allowed to."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.editor import RecordEditor, can_edit
from bordertrack.gui.labels import entity_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.table_view import EntityBrowser
from bordertrack.services import records

TABS = ("person", "agency", "post", "project", "equipment_model", "course")


class PersonEditor(RecordEditor):
    """The person form warns at once when the service number is already registered."""

    def _field_changed(self, name: str) -> None:
        super()._field_changed(name)
        if name != "service_number":
            return
        number = str(self.inputs[name].value() or "").strip()  # type: ignore[attr-defined]
        found = [
            r
            for r in records.list_records(
                self.ctx.store, "person", {"service_number": number}, limit=3
            )
            if r["id"] != self.record_id
        ]
        if number and found:
            self.errors[name].setText(
                self.tr("Already registered: {name} ({agency}); open that record instead.").format(
                    name=found[0]["full_name"], agency=found[0]["agency"] or "—"
                )
            )
            self.errors[name].show()


class ReferenceBrowser(EntityBrowser):
    def open_editor(self, record_id, defaults=None):  # type: ignore[no-untyped-def]
        if self.entity.name == "person":
            return PersonEditor(self.ctx, "person", record_id, defaults, self)
        return super().open_editor(record_id, defaults)


class PeopleScreen(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.browsers: dict[str, EntityBrowser] = {}
        for name in TABS:
            browser = ReferenceBrowser(ctx, name, self)
            self.browsers[name] = browser
            self.tabs.addTab(browser, "")
        self.import_button = QPushButton(objectName="import_register")
        self.import_button.clicked.connect(self.import_register)
        self.browsers["person"].buttons.insertWidget(3, self.import_button)
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._update_note())
        self.retranslate_ui()

    def _update_note(self) -> None:
        browser = self.tabs.currentWidget()
        assert isinstance(browser, EntityBrowser)
        if can_edit(self.ctx, browser.entity, None):
            self.note.setText("")
        else:
            self.note.setText(
                self.tr("Read only on this device: the coordinator keeps these records.")
            )

    def import_register(self):  # type: ignore[no-untyped-def]
        """Bring in an existing Excel list of officers or trainees."""
        from bordertrack.gui.register_wizard import open_register_wizard

        return open_register_wizard(self.ctx, "person", self)

    def refresh(self) -> None:
        for browser in self.browsers.values():
            browser.refresh()

    def retranslate_ui(self) -> None:
        for i, name in enumerate(TABS):
            self.tabs.setTabText(i, entity_label(name, plural=True))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(self.tr("Bring in an existing list of officers or trainees"))
        self._update_note()
