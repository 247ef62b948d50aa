"""One input widget per field kind, built from the field declaration.

Every widget offers value() (what the core's validation takes), set_value(v) and a
`changed` signal; vocabularies store codes and show translated labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.gui.dates import date_display_format
from bordertrack.gui.labels import vocab_items
from bordertrack.gui.refs import RefResolver
from bordertrack.gui.retranslate import Retranslating
from bordertrack.store.database import Store
from bordertrack.store.query import Reads


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


class DateField(Retranslating, QWidget):
    """A date typed in the language's order (31.03.2026 in Russian and Kyrgyz) or picked from
    the calendar; it may be empty. An impossible date (31.02.2026) is kept as typed, so the
    field says it is not a date instead of silently turning it into another day."""

    changed = Signal()

    def __init__(self, f: Field) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.pick_button = QToolButton()
        self.pick_button.setText("📅")
        self.pick_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        action = QWidgetAction(self.pick_button)
        action.setDefaultWidget(self.calendar)
        self.pick_button.addAction(action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(lambda text: self._finished() if not text else None)
        self._shown = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Show the date in the current language's order (after a switch too)."""
        current = self.value()
        self.fmt = date_display_format()
        self.edit.setPlaceholderText(self.fmt.lower())
        self.pick_button.setToolTip(QCoreApplication.translate("DateField", "Pick from a calendar"))
        self.set_value(current)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString(self.fmt))
        self.calendar.window().hide()  # close the pop-up the calendar sits in
        self._finished()

    def _finished(self) -> None:
        if self.edit.text() != self._shown:
            self._shown = self.edit.text()
            self.changed.emit()

    def parsed(self) -> QDate | None:
        """The typed date, or None when the text is empty or not a real date."""
        text = self.edit.text().strip()
        for fmt in (self.fmt, "d.M.yyyy", "yyyy-MM-dd"):
            day = QDate.fromString(text, fmt)
            if day.isValid():
                return day
        return None

    def value(self) -> Any:
        if not hasattr(self, "fmt"):
            return None
        text = self.edit.text().strip()
        if not text:
            return None
        day = self.parsed()
        return day.toString(Qt.DateFormat.ISODate) if day is not None else text

    def set_value(self, value: Any) -> None:
        d = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
        self.edit.setText(d.toString(self.fmt) if d.isValid() else str(value or ""))
        self._shown = self.edit.text()
        if d.isValid():
            self.calendar.setSelectedDate(d)


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
