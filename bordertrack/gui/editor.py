"""A record editor generated from the entity declaration, with inline validation.

Saves through services.records (create/update); each field shows the core's own
message when its value breaks a rule; closing with unsaved changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.errors import BorderTrackError, ValidationError
from bordertrack.domain.validation import check_value
from bordertrack.gui.context import AppContext
from bordertrack.gui.editor_fields import make_field
from bordertrack.gui.error_text import error_text
from bordertrack.gui.labels import entity_label, field_label
from bordertrack.gui.problem_text import duplicate_text, problem_text
from bordertrack.services import records, undo
from bordertrack.store.scope import Role, allowed


def can_edit(ctx: AppContext, e: Entity, record: dict[str, Any] | None) -> bool:
    """May this device change (or, with record None, create) a record of `e`?"""
    me = Role(ctx.role, ctx.post)
    post = record.get(e.post_field) if (record and e.post_field) else None
    if record is None:
        return allowed(e, me, False, None, ctx.post if e.post_field else None)
    return allowed(e, me, True, post, post)


class RecordEditor(QDialog):
    """Edit one record (record_id) or a new one (record_id None, optional defaults)."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        entity_name: str,
        record_id: str | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = ENTITIES[entity_name]
        self.record_id = record_id
        # A new record starts with the declared defaults (`Field.default`), then the screen's.
        self.original: dict[str, Any] = (
            records.get(ctx.store, entity_name, record_id)
            if record_id
            else {**self.entity.defaults, **(defaults or {})}
        )
        self.read_only = not can_edit(ctx, self.entity, self.original if record_id else None)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self._build_fields()
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        if self.read_only and record_id and self.entity.post_field:
            # A record that left this post says where it is now (text in the chosen language).
            self.general_error.setText(
                records.moved_away(
                    ctx.store,
                    self.entity,
                    record_id,
                    self.original.get(self.entity.post_field),
                    ctx.post,
                )
                or ""
            )
        self.buttons = QDialogButtonBox()
        self._build_buttons()
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._dirty = False
        self.resize(620, min(700, 120 + 52 * len(self.entity.fields)))
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------
    def _build_fields(self) -> None:
        for f in self.entity.fields:
            widget = make_field(f, self.ctx.store)
            widget.set_value(self.original.get(f.name))  # type: ignore[attr-defined]
            widget.setEnabled(not self.read_only)
            widget.changed.connect(lambda name=f.name: self._field_changed(name))  # type: ignore[attr-defined]
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            label = QLabel()
            label.setBuddy(widget)
            self.form.addRow(label, box)
            self.inputs[f.name] = widget
            self.errors[f.name] = error

    def _build_buttons(self) -> None:
        if self.read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            self.buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.buttons.accepted.connect(self.save)
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.buttons.rejected.connect(self.reject)
        self.history_button = QPushButton()
        self.history_button.setVisible(self.record_id is not None)
        self.history_button.clicked.connect(self.show_history)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)

    def retranslate_ui(self) -> None:
        what = entity_label(self.entity.name)
        if self.record_id is None:
            self.setWindowTitle(self.tr("New: {what}").format(what=what))
        elif self.read_only:
            self.setWindowTitle(self.tr("{what} (read only on this device)").format(what=what))
        else:
            self.setWindowTitle(self.tr("Edit: {what}").format(what=what))
        for row, f in enumerate(self.entity.fields):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            text = field_label(self.entity.name, f.name)
            assert isinstance(label, QLabel)
            label.setText(("&" if row < 9 else "") + text + (" *" if f.required else ""))
        self.history_button.setText(self.tr("&History"))

    # -- values and validation -------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: w.value() for name, w in self.inputs.items()}  # type: ignore[attr-defined]

    def changed_values(self) -> dict[str, Any]:
        """Only the fields the person changed (an update touches nothing else)."""
        out = {}
        for name, value in self.values().items():
            before = self.original.get(name)
            if _norm(value) != _norm(before):
                out[name] = value
        return out

    def _field_changed(self, name: str) -> None:
        """Re-check this field as it changes: its message appears, or goes once fixed."""
        self._dirty = True
        self.general_error.clear()
        f = self.entity.field(name)
        value = self.inputs[name].value()  # type: ignore[attr-defined]
        _, problems = check_value(self.entity, f, value)
        messages = [problem_text(self.entity.name, p) for p in problems]
        if not problems and name in self.entity.natural_keys:
            messages += self._duplicate(name, value)
        self.show_problems({name: messages}, only=name)

    def _duplicate(self, name: str, value: Any) -> list[str]:
        """A natural key (asset tag, serial, code) another live record already has."""
        text = str(value or "").strip()
        if not text:
            return []
        found = [
            r
            for r in records.list_records(self.ctx.store, self.entity.name, {name: text}, limit=3)
            if r.get("id") != self.record_id and r.get(self.entity.key) != self.record_id
        ]
        if not found:
            return []
        other = " ".join(str(found[0].get(n) or "") for n in self.entity.title).strip()
        return [duplicate_text(self.entity.name, name, text, other or text)]

    def problems_by_field(self, exc: ValidationError) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for p in exc.problems:
            grouped.setdefault(p.field, []).append(problem_text(self.entity.name, p))
        return grouped

    def show_problems(self, by_field: dict[str, list[str]], only: str | None = None) -> None:
        for name, label in self.errors.items():
            if only is not None and name != only:
                continue
            messages = by_field.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    @property
    def dirty(self) -> bool:
        return self._dirty and bool(self.changed_values())

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate with the core, save, and close; on a problem show it next to the field."""
        self.general_error.clear()
        values = self.values() if self.record_id is None else self.changed_values()
        if self.record_id is not None and not values:
            self.accept()
            return True
        try:
            store, name, operator = self.ctx.store, self.entity.name, self.ctx.operator
            if self.record_id is None:
                new = _drop_empty(values)
                self.record_id = self.ctx.write(
                    lambda: records.create(store, name, new, operator=operator)
                )
                step = None
            else:
                rid = self.record_id
                step = self.ctx.write(
                    lambda: undo.update_undoably(store, name, [rid], values, operator=operator)
                )
        except ValidationError as exc:
            grouped = self.problems_by_field(exc)
            self.show_problems(grouped)
            stray = [m for k, ms in grouped.items() if k not in self.errors for m in ms]
            self.general_error.setText(" ".join(stray))
            return False
        except BorderTrackError as exc:
            self.general_error.setText(error_text(exc))
            return False
        self._dirty = False
        title = " ".join(str(self.values().get(n) or "") for n in self.entity.title).strip()
        self.ctx.notify(
            self.tr("Saved: {what} {title}")
            .format(what=entity_label(self.entity.name), title=title)
            .strip(),
            step,
        )
        self.saved.emit(self.record_id)
        self.accept()
        return True

    def show_history(self) -> None:
        from bordertrack.gui.history import HistoryDialog

        if self.record_id:
            HistoryDialog(self.ctx.store, self.entity.name, self.record_id, self).exec()

    def reject(self) -> None:
        """The unsaved-change guard: Save, Discard or stay."""
        if not self.read_only and self.dirty:
            choice = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This record has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if choice == QMessageBox.StandardButton.Cancel:
                return
            if choice == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()


def _norm(value: Any) -> str | None:
    """Compare what a form shows with what is stored: 1450.0 and "1450" are the same."""
    if value in (None, ""):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in (None, "")}
