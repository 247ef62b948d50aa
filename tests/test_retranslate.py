"""One retranslation base: every widget with texts follows a language switch through
`Retranslating`, and no widget keeps its own copy of the handler."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from bordertrack.gui.retranslate import Retranslating

GUI = Path(__file__).resolve().parent.parent / "bordertrack" / "gui"


class _Probe(Retranslating, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.calls = 0

    def retranslate_ui(self) -> None:
        self.calls += 1
        self.label.setText(f"call {self.calls}")


def test_a_language_change_reruns_retranslate_ui(qtbot) -> None:
    probe = _Probe()
    qtbot.addWidget(probe)
    QCoreApplication.sendEvent(probe, QEvent(QEvent.Type.LanguageChange))
    assert probe.calls == 1 and probe.label.text() == "call 1"
    QCoreApplication.sendEvent(probe, QEvent(QEvent.Type.FontChange))  # other changes pass
    assert probe.calls == 1


def test_no_widget_keeps_its_own_language_handler() -> None:
    copies = []
    for path in GUI.rglob("*.py"):
        if path.name == "retranslate.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "changeEvent":
                copies.append(f"{path.name}:{node.lineno}")
    assert copies == []
