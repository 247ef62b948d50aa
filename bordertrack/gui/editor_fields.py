"""One input widget per field kind, built from the field declaration.

Every widget offers value() (what the core's validation takes), set_value(v) and a
`changed` signal; vocabularies store codes and show translated labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.gui.labels import vocab_items
from bordertrack.gui.refs import RefResolver
from bordertrack.store.database import Store
from bordertrack.store.query import Reads

EMPTY_DATE = QDate(1900, 1, 1)


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        if f.limit:
            self.setMaxLength(f.limit + 1)  # one over, so the core's message can show
        self.textEdited.connect(self.changed)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NumberField(TextField):
    def __init__(self, f: Field) -> None:
        super().__init__(f)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value == int(value):
            value = int(value)
        super().set_value(value)


class LongTextField(QPlainTextEdit):
    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class VocabField(QComboBox):
    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        if not f.required:
            self.addItem("", None)
        for code, label in vocab_items(f.vocab or ""):
            self.addItem(label, code)
        if f.required:
            self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        i = self.findData(value)
        if i < 0 and value not in (None, ""):
            self.addItem(str(value), value)  # a code this version does not know: keep it
            i = self.count() - 1
        self.setCurrentIndex(i)


class DateField(QWidget):
    """A date picker that may be empty: the clear button (or Delete) empties it."""

    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> Any:
        d = self.edit.date()
        return None if d == EMPTY_DATE else d.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.edit.setDate(EMPTY_DATE)
            return
        d = QDate.fromString(str(value), Qt.DateFormat.ISODate)
        self.edit.setDate(d if d.isValid() else EMPTY_DATE)


class RefField(QLineEdit):
    """A searchable picker: typing offers matching records by name, from SQL (50 at a time).

    value() is the chosen record's key; text that matches no suggestion is passed on as
    typed, so a service number, an asset tag or a code not yet received still works.
    """

    changed = Signal()

    def __init__(self, f: Field, store: Store) -> None:
        super().__init__()
        self.target = ENTITIES[f.ref or ""]
        self.store = store
        self.resolver = RefResolver(store)
        self._keys: dict[str, Any] = {}
        self._key: Any = None
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.textEdited.connect(self.changed)
        completer.activated.connect(lambda _text: self.changed.emit())

    def _search(self, text: str) -> None:
        rows = Reads(self.store).suggest(self.target.name, text)
        self._keys = {self._show(key, title): key for key, title in rows}
        self.suggestions.setStringList(list(self._keys))

    def _show(self, key: Any, title: str) -> str:
        return title if self.target.key == "id" or title == key else f"{title} [{key}]"

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        if text in self._keys:
            return self._keys[text]
        if self._key is not None and text == self._shown_current:
            return self._key
        return text

    def set_value(self, value: Any) -> None:
        self._key = value
        if value in (None, ""):
            self._shown_current = ""
        else:
            self._shown_current = self._show(value, self.resolver.name(self.target.name, value))
        self.setText(self._shown_current)


class BoolField(QCheckBox):
    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        self.toggled.connect(self.changed)

    def value(self) -> Any:
        return "1" if self.isChecked() else "0"

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


def make_field(f: Field, store: Store) -> QWidget:
    """The input widget for one declared field."""
    if f.kind == Kind.VOCAB:
        return VocabField(f)
    if f.kind == Kind.REF:
        return RefField(f, store)
    if f.kind == Kind.DATE:
        return DateField(f)
    if f.kind == Kind.LONGTEXT:
        return LongTextField(f)
    if f.kind == Kind.BOOL:
        return BoolField(f)
    if f.kind in (Kind.INT, Kind.REAL, Kind.MONEY, Kind.PERCENT):
        return NumberField(f)
    return TextField(f)
