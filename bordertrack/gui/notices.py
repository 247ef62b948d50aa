"""The one place a committed change becomes refreshes: which views does it concern?

The store tells its listeners what each commit touched (`store.touched.Touched`); the
main window asks every screen `concerns(screen, touched)` and refreshes the visible
ones now, the others when next shown. No screen decides by hand what changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bordertrack.gui.table_model import SqlTableModel
from bordertrack.store.touched import Touched


def shown_entities(widget: QWidget) -> frozenset[str] | None:
    """Entities a screen shows: its declared `shows`, else its tables' entities; None for
    a screen without tables (figures, reports, sync), which any commit may change."""
    declared = getattr(widget, "shows", None)
    tables = frozenset(m.entity.name for m in widget.findChildren(SqlTableModel))
    if declared is not None:
        return frozenset(declared) | tables
    return tables or None


def concerns(widget: QWidget, touched: Touched) -> bool:
    shown = shown_entities(widget)
    return True if shown is None else touched.concerns(shown)
