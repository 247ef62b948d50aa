"""The confirmation before a stock-take is recorded: four groups of items, named."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.services.stocktake_summary import Summary

GROUPS = ("found", "missing", "elsewhere", "unknown")


class StockTakeSummaryDialog(QDialog):
    """Found / missing / misplaced / unknown with each item's name; Record or Go back."""

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Record this stock-take?"))
        n = QLocale().toString
        self.intro = QLabel(objectName="summary_intro", wordWrap=True)
        self.intro.setText(
            self.tr(
                "{checks} checks will be recorded: {found} found, {missing} missing, "
                "{elsewhere} belonging to another post. {unknown} unknown tags are not "
                "recorded; register them first."
            ).format(
                checks=n(summary.checks),
                found=n(len(summary.found)),
                missing=n(len(summary.missing)),
                elsewhere=n(len(summary.elsewhere)),
                unknown=n(len(summary.unknown)),
            )
        )
        titles = {
            "found": self.tr("Found"),
            "missing": self.tr("Missing (not scanned)"),
            "elsewhere": self.tr("Misplaced: belongs to another post"),
            "unknown": self.tr("Unknown tags (not recorded)"),
        }
        self.tree = QTreeWidget(objectName="summary_items")
        self.tree.setHeaderHidden(True)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for key in GROUPS:
            lines: list[str] = getattr(summary, key)
            group = QTreeWidgetItem([f"{titles[key]} ({n(len(lines))})"])
            for line in lines:
                group.addChild(QTreeWidgetItem([line]))
            self.tree.addTopLevelItem(group)
            group.setExpanded(key in ("missing", "elsewhere", "unknown") and bool(lines))
            self.groups[key] = group
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("&Record {n} checks").format(n=n(summary.checks)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.back_button = buttons.addButton(
            self.tr("&Go back to scanning"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)  # Enter from the scanner must not record
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def names(self, group: str) -> list[str]:
        item = self.groups[group]
        return [item.child(i).text(0) for i in range(item.childCount())]
