"""The Qt binding must keep Python's reference counts: PySide6 6.12.0 on Python 3.11 drops a
reference to None on every call of a method returning nothing, so the window aborts
("Fatal Python error: none_dealloc") after a few thousand clicks. pyproject.toml keeps
that release out; this test fails on any binding that does it again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setVisible(False)  # void in C++: None in Python
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50  # other objects may come and go, not 1,000
