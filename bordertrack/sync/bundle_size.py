"""The export's own check that every reader can open what it writes.

A reader refuses a workbook past the bounds of docs/bundle-format.md, "Limits" (elements
in a part and in the workbook, row numbers, the area a sheet spans), before it reads a
cell. An export past them used to be written anyway, and the person learned it at the
other end of a USB trip. The writer counts what it writes the way the reader's scan
counts it and stops at the first bound passed; the file is then not written at all.
"""

from __future__ import annotations

from bordertrack.domain.errors import error_template
from bordertrack.sync.bundle_errors import BundleError
from bordertrack.sync.bundle_scan import PartScan, ScanLimits


class ExportTooLarge(BundleError):
    """An export every reader would refuse as too large; nothing was written."""

    template = error_template(
        "This bundle would be too large for any device to import (its sheet '{sheet}' is "
        "past the limits every reader checks); nothing was written. Tell the coordinator: "
        "this version cannot split a bundle yet."
    )

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        super().__init__(sheet=sheet)


class SizeGuard:
    """Counts a workbook's sheets as they are written: elements (a '<' each, as the scan
    counts them), the last row number, and the widest row (the header names every column)."""

    def __init__(self, limits: ScanLimits) -> None:
        self.limits = limits
        self.total = 0
        self.elements = 0
        self.width = 0

    def part(self, name: str, xml: str) -> None:
        """A part that is no sheet (the package's small parts, the shared strings)."""
        found = xml.count("<")
        self.total += found
        self._check_elements(name, found)

    def start(self) -> None:
        self.elements = 0
        self.width = 0

    def add(self, sheet: str, xml: str, last_row: int, widest: int) -> None:
        """After a chunk of `sheet`: its XML, the last row number written, its widest row."""
        found = xml.count("<")
        self.elements += found
        self.total += found
        self._check_elements(sheet, self.elements)
        self.width = max(self.width, widest)
        digits = len(str(last_row))
        # The area as the reader bounds it, by the reader's own rule.
        area = PartScan(
            max_col_letters=2 if self.width > 26 else 1,
            max_single_col=self.width,
            row_digits=digits,
        ).area_bound()
        if digits > self.limits.max_row_digits or area > self.limits.max_sheet_area:
            raise ExportTooLarge(sheet)

    def _check_elements(self, name: str, in_part: int) -> None:
        if in_part > self.limits.max_elements_per_part or self.total > self.limits.max_elements:
            raise ExportTooLarge(name)
