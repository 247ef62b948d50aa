"""The one retranslation base: a widget with `retranslate_ui()` re-runs it on a language
switch, so a running window follows Settings without a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, listed before the Qt class: `class Screen(Retranslating, QWidget)`.

    The class defines `retranslate_ui()`, which sets every text it shows through `tr`.
    """

    def retranslate_ui(self) -> None:  # pragma: no cover - every user defines its own
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        base: Any = super()
        base.changeEvent(event)
