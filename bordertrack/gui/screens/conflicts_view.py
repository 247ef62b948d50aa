"""Conflicts side by side: this device's value and the other's, each with "Keep this one".

Resolving is an ordinary edit made by the core (services.conflicts), so it syncs and
clears the same conflict on every device that receives it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label, field_label, vocab_items, vocab_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.services import conflicts
from bordertrack.store.hlc import wall_ms


def stamp_text(hlc: int) -> str:
    """An HLC stamp as the local date and time a person reads."""
    moment = QDateTime.fromMSecsSinceEpoch(wall_ms(int(hlc or 0)))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def value_text(entity: str, field: str, value: Any) -> str:
    """A stored value as shown elsewhere: vocabulary labels, not codes."""
    e = ENTITIES[entity]
    if value in (None, ""):
        return "—"
    if e.has_field(field) and e.field(field).vocab:
        return vocab_label(e.field(field).vocab or "", value)
    return str(value)


class Side(QGroupBox):
    """One side of a conflict: the value, who made it, when, and the button to keep it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel(wordWrap=True, objectName="value")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.value.setFont(font)
        self.origin = QLabel(wordWrap=True)
        self.keep = QPushButton()
        self.keep_all = QPushButton()  # every field of the record in conflict, from this side
        box = QVBoxLayout(self)
        box.addWidget(self.value)
        box.addWidget(self.origin)
        box.addStretch(1)
        box.addWidget(self.keep)
        box.addWidget(self.keep_all)


class ConflictsView(Retranslating, QWidget):
    """Open conflicts listed on the left, the chosen one side by side on the right."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[conflicts.ConflictView] = []
        self.list = QListWidget(objectName="conflict_list")
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(wordWrap=True, objectName="conflict_heading")
        self.mine, self.theirs = Side(), Side()
        self.mine.setObjectName("mine")
        self.theirs.setObjectName("theirs")
        self.mine.keep.clicked.connect(lambda: self.keep("mine"))
        self.theirs.keep.clicked.connect(lambda: self.keep("theirs"))
        self.mine.keep_all.clicked.connect(lambda: self.keep_all("mine"))
        self.theirs.keep_all.clicked.connect(lambda: self.keep_all("theirs"))
        self.other = QLineEdit(objectName="other_value")
        self.other.returnPressed.connect(self._keep_other)
        # A coded field (status, condition, sex…) is resolved from its vocabulary, by label.
        self.other_choice = QComboBox(objectName="other_choice")
        self.related = QLabel(wordWrap=True, objectName="related_conflicts")
        self.keep_other = QPushButton(clicked=self._keep_other)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._layout()
        self.retranslate_ui()

    def _layout(self) -> None:
        right = QWidget()
        sides = QHBoxLayout()
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        other = QHBoxLayout()
        self.other_label = QLabel()
        self.other_label.setBuddy(self.other)
        other.addWidget(self.other_label)
        other.addWidget(self.other, 1)
        other.addWidget(self.other_choice, 1)
        other.addWidget(self.keep_other)
        box = QVBoxLayout(right)
        box.addWidget(self.heading)
        box.addWidget(self.related)
        box.addLayout(sides, 1)
        box.addLayout(other)
        box.addWidget(self.empty)
        self.detail = right
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 700])
        QVBoxLayout(self).addWidget(split)

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.items = conflicts.list_conflicts(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.items:
            text = f"{entity_label(c.entity)}: {c.title} — {self._field(c)}"
            self.list.addItem(QListWidgetItem(text))
        self.list.blockSignals(False)
        if self.items:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))
        self._show(self.list.currentRow())

    def _field(self, c: conflicts.ConflictView) -> str:
        if c.kind == "delete":
            return self.tr("deleted here, edited there (or the reverse)")
        e = ENTITIES[c.entity]
        return field_label(c.entity, c.field) if e.has_field(c.field) else c.field

    def current(self) -> conflicts.ConflictView | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def related_to(self, c: conflicts.ConflictView) -> list[conflicts.ConflictView]:
        """The other open conflicts of the same record (status and condition edited together)."""
        return [
            o
            for o in self.items
            if (o.entity, o.record_id) == (c.entity, c.record_id) and o.id != c.id
        ]

    def _show(self, _row: int) -> None:
        c = self.current()
        for w in (self.mine, self.theirs, self.other, self.keep_other, self.other_label):
            w.setVisible(c is not None)
        self.other_choice.setVisible(False)
        self.related.setVisible(False)
        self.empty.setVisible(c is None)
        if c is None:
            self.heading.clear()
            return
        self.heading.setText(
            self.tr("<b>{entity} {title}</b>: {field}").format(
                entity=entity_label(c.entity), title=c.title, field=self._field(c)
            )
        )
        origin = self.tr("Made on {device}, {when}")
        for side, value, device, hlc in (
            (self.mine, c.mine_value, c.mine_device, c.mine_hlc),
            (self.theirs, c.theirs_value, c.theirs_device, c.theirs_hlc),
        ):
            side.value.setText(value_text(c.entity, c.field, value))
            side.origin.setText(origin.format(device=device, when=stamp_text(hlc)))
        editable = c.kind == "edit"
        vocab = self._vocab(c)
        for w in (self.keep_other, self.other_label):
            w.setVisible(editable)
        self.other.setVisible(editable and not vocab)
        self.other_choice.setVisible(editable and bool(vocab))
        if vocab:
            self.other_choice.clear()
            self.other_choice.addItem(self.tr("Choose…"), None)  # no value is pre-chosen
            for code, label in vocab_items(vocab):
                self.other_choice.addItem(label, code)
        self._show_related(c)

    def _vocab(self, c: conflicts.ConflictView) -> str | None:
        e = ENTITIES[c.entity]
        return e.field(c.field).vocab if e.has_field(c.field) else None

    def _show_related(self, c: conflicts.ConflictView) -> None:
        others = [o for o in self.related_to(c) if o.kind == "edit"]
        together = bool(others) and c.kind == "edit"
        for side in (self.mine, self.theirs):
            side.keep_all.setVisible(together)
            side.keep_all.setText(
                self.tr("Keep this side for all {n} fields").format(n=len(others) + 1)
            )
        if not others:
            return
        lines = [
            self.tr("{field}: {mine} here, {theirs} there").format(
                field=self._field(o),
                mine=value_text(o.entity, o.field, o.mine_value),
                theirs=value_text(o.entity, o.field, o.theirs_value),
            )
            for o in others
        ]
        self.related.setText(self.tr("Also in conflict on this record:") + "\n" + "\n".join(lines))
        self.related.setVisible(True)

    def keep_all(self, choice: str) -> bool:
        """Resolve every edit conflict of the shown record from one side ('mine' or 'theirs'),
        so fields edited together (status and condition) stay together."""
        c = self.current()
        if c is None:
            return False
        try:
            for o in [c, *self.related_to(c)]:
                if o.kind == "edit":
                    conflicts.resolve_conflict(
                        self.ctx.store, o.id, choice, operator=self.ctx.operator
                    )
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            self.refresh()
            return False
        self.refresh()
        self.resolved.emit()
        return True

    def keep(self, choice: str) -> bool:
        """Resolve the shown conflict with 'mine', 'theirs' or a typed value."""
        c = self.current()
        if c is None:
            return False
        try:
            store, operator = self.ctx.store, self.ctx.operator
            self.ctx.write(
                lambda: conflicts.resolve_conflict(store, c.id, choice, operator=operator)
            )
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return False
        self.other.clear()
        self.refresh()
        self.resolved.emit()
        return True

    def _keep_other(self) -> None:
        c = self.current()
        if c is not None and self._vocab(c):
            code = self.other_choice.currentData()
            if code:
                self.keep(str(code))
            return
        text = self.other.text().strip()
        if text:
            self.keep(text)

    def retranslate_ui(self) -> None:
        self.mine.setTitle(self.tr("This device"))
        self.theirs.setTitle(self.tr("The other device"))
        self.mine.keep.setText(self.tr("&Keep this one"))
        self.theirs.keep.setText(self.tr("K&eep this one"))
        self.other_label.setText(self.tr("Or &another value:"))
        self.keep_other.setText(self.tr("Keep this &value"))
        self.empty.setText(self.tr("No conflicts to review."))
        if self.items:
            self.refresh()
