"""calamine over a bundle's judged bytes, on a second thread.

calamine parses a sheet in Rust without holding Python's lock. Once every part has passed
the markup checks (bundle_limits.scan_parts), this thread opens the workbook and parses
every sheet but Changes (the Cover, the readable sheets, the Manifest) and digests them,
while the reader's own thread digests and parses the Changes sheet that bundle_plain read:
at 160,000 changes that hides about a tenth of a second on a second core. It starts only
after the checks, so calamine still never reads a cell of a file the checks refuse; whatever it fails at is
kept and raised where the sheet is asked for, in the reader's thread and order.
"""

from __future__ import annotations

import io
import threading
from itertools import islice
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook

from bordertrack.domain.errors import error_template
from bordertrack.sync.bundle_canonical import StreamDigest, rows_digest
from bordertrack.sync.bundle_errors import NotABundle
from bordertrack.sync.bundle_model import CHANGES, MANIFEST

Rows = list[list[Any]]


class CalamineSheets:
    """`start` opens the workbook and parses every sheet but Changes on a thread, keeping
    the Manifest's rows and every such sheet's digest; `book`, `rows` and `digest` wait
    for it."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._thread: threading.Thread | None = None
        self._book: CalamineWorkbook | None = None
        self._manifest: Rows | None = None
        self._digests: dict[str, str] = {}  # every sheet's but the Changes sheet's
        self._failure: BaseException | None = None
        self._names: list[str] | None = None
        self._manifest_read = threading.Event()  # set once the Manifest is parsed (or not)

    def start(self) -> CalamineSheets:
        self._thread = threading.Thread(target=self._parse, name="bundle-sheets", daemon=True)
        self._thread.start()
        return self

    def _parse(self) -> None:
        try:
            self._parse_sheets()
        except BaseException as failure:  # noqa: BLE001 - raised in the reader's thread
            self._failure = failure
        finally:
            self._data = b""  # the file's bytes are not held past the parse
            self._manifest_read.set()

    def _parse_sheets(self) -> None:
        try:
            book = CalamineWorkbook.from_filelike(io.BytesIO(self._data))
        except Exception:  # noqa: BLE001 - calamine's own error types; `book` says it
            return
        # The Manifest first: an import that applies as it reads (sync/bundle_stream.py)
        # needs the signature before the first change, and the other sheets only at the end.
        self._names = list(book.sheet_names)
        for name in sorted(self._names, key=lambda n: n != MANIFEST):
            if name == CHANGES:
                continue
            try:
                sheet = book.get_sheet_by_name(name)
                if name != MANIFEST:
                    self._digests[name] = _sheet_digest(sheet)
                    continue
                rows = sheet.to_python(skip_empty_area=False)
            except Exception:  # noqa: BLE001 - named when the sheet is asked for
                continue
            # The Manifest is kept to be read; the others only for their digest.
            self._manifest = rows
            self._manifest_read.set()
            self._digests[name] = rows_digest(rows)
        self._book = book

    def early_manifest(self) -> tuple[list[str], Rows]:
        """The sheet names and the Manifest's rows, as soon as they are parsed, while the
        other sheets still are: NotABundle when the workbook or that sheet cannot be read."""
        self._manifest_read.wait()
        if self._failure is not None:
            raise self._failure
        if self._names is None or self._manifest is None:
            raise NotABundle(error_template("the workbook cannot be read"))
        return self._names, self._manifest

    def wait(self) -> None:
        """Let the thread finish (also when the read is failing, so none outlives it)."""
        if self._thread is not None:
            self._thread.join()

    def book(self) -> CalamineWorkbook:
        self.wait()
        if self._failure is not None:  # out of memory, say: not a verdict on the file
            raise self._failure
        if self._book is None:
            raise NotABundle(error_template("the workbook cannot be read"))
        return self._book

    def rows(self, name: str) -> Rows:
        """The Manifest's rows as calamine read them, or the Changes sheet's, parsed now
        (when bundle_plain could not read it)."""
        book = self.book()
        if name == CHANGES:
            try:
                return book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except Exception:
                raise NotABundle(f"the sheet {name} cannot be read") from None
        if name != MANIFEST or self._manifest is None:
            raise NotABundle(f"the sheet {name} cannot be read")
        return self._manifest

    def digest(self, name: str) -> str:
        """The digest (bundle_canonical.rows_digest) of a sheet other than Changes."""
        self.book()
        if name not in self._digests:
            raise NotABundle(f"the sheet {name} cannot be read")
        return self._digests[name]


_ROWS_A_TIME = 5_000


def _sheet_digest(sheet: CalamineSheet) -> str:
    """`rows_digest` of the sheet's rows from A1 (`to_python(skip_empty_area=False)`),
    taken a few thousand rows at a time: the rows of a readable sheet (a row a record)
    are never all held as Python lists, a fifth of the memory at 16,000 items. calamine's
    row iterator starts at the first filled cell, so a sheet that does not start at A1
    (the export's all do) takes the whole list, empty area included."""
    if sheet.start not in (None, (0, 0)):
        return rows_digest(sheet.to_python(skip_empty_area=False))
    digest = StreamDigest()
    rows = sheet.iter_rows()
    while chunk := list(islice(rows, _ROWS_A_TIME)):
        digest.add(chunk)
    return digest.hexdigest()
