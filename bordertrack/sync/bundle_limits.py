"""Checks made before any XML is parsed: file size, the zip directory, and unsafe markup.

A bundle comes from a USB stick or an e-mail; it may be a zip bomb, an XML entity
bomb or a workbook with formulas. Everything here works on the raw bytes, and the
scan decompresses each part with Python's zipfile, which stops at the declared size
and checks the CRC, so the parser that runs afterwards only sees parts that passed.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from bordertrack.sync.bundle_errors import BundleTooLarge, NotABundle, UnsafeContent

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what a bundle may claim; generous for a region's data, far below harm.

    A 100,000-change bundle is about 3 MiB on disk and 30 MiB unpacked; its sheet XML
    compresses about 10-15 times. A zip bomb compresses hundreds of times or more.
    """

    max_file_bytes: int = 512 * MiB
    max_entries: int = 1000
    max_total_uncompressed: int = 4096 * MiB
    max_entry_uncompressed: int = 2048 * MiB
    max_ratio: float = 100.0
    ratio_floor: int = 1 * MiB  # smaller parts may compress as well as they like


DEFAULT_LIMITS = Limits()

_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_FORMULA_START = (b"<f", b":f")
_CELL_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
_CHUNK = 1 * MiB
_OVERLAP = 64


def read_limited(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, once, after checking its size; every later check uses these bytes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise BundleTooLarge("the file size in bytes", size, limits.max_file_bytes)
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except IsADirectoryError:
        raise NotABundle("it is a folder") from None
    except FileNotFoundError:
        raise NotABundle(f"there is no file {path}") from None
    except OSError as exc:
        raise NotABundle(f"the file cannot be read: {exc.strerror or exc}") from None
    if len(data) > limits.max_file_bytes:
        raise BundleTooLarge("the file size in bytes", len(data), limits.max_file_bytes)
    if not data:
        raise NotABundle("the file is empty")
    return data


def open_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open the zip directory and check every bound it declares, before unpacking anything."""
    if not data.startswith(b"PK"):
        raise NotABundle("it is not an Excel .xlsx workbook")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    # NotImplementedError: a damaged header can claim a zip version Python cannot read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            NotImplementedError):  # fmt: skip
        raise NotABundle("the workbook is damaged or truncated") from None
    if len(infos) > limits.max_entries:
        raise BundleTooLarge("the number of parts in the workbook", len(infos), limits.max_entries)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise NotABundle("the workbook holds two parts with one name")
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_uncompressed:
        raise BundleTooLarge("the unpacked size in bytes", total, limits.max_total_uncompressed)
    for info in infos:
        _check_entry(info, limits)
    return zf


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_entry_uncompressed:
        raise BundleTooLarge(
            f"the unpacked size of {info.filename}", info.file_size, limits.max_entry_uncompressed
        )
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise BundleTooLarge(
                f"the compression ratio of {info.filename}", ratio, limits.max_ratio
            )
    if info.flag_bits & 0x1:
        raise NotABundle("a part of the workbook is encrypted")


def scan_parts(zf: zipfile.ZipFile) -> None:
    """Refuse DOCTYPE/ENTITY declarations in any part and formulas in any worksheet.

    Unpacking here also proves each part matches its declared size and CRC.
    """
    for info in zf.infolist():
        is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
        try:
            _scan_part(zf, info, is_sheet)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            OSError,
            ValueError,
            zlib.error,
        ):
            raise NotABundle(f"the part {info.filename} is damaged or truncated") from None
        except NotImplementedError:
            raise NotABundle(f"the part {info.filename} uses an unknown compression") from None


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, is_sheet: bool) -> None:
    tail = b""
    with zf.open(info) as part:
        while True:
            chunk = part.read(_CHUNK)
            if not chunk:
                return
            window = tail + chunk
            if b"<!" in window and _DECLARATION.search(window):
                raise UnsafeContent("an XML DOCTYPE or ENTITY declaration", info.filename)
            if is_sheet:
                found = find_formula(window)
                if found:
                    raise UnsafeContent(
                        "a formula", _formula_place(zf, info.filename, window, found)
                    )
            tail = window[-_OVERLAP:]


def find_formula(window: bytes) -> re.Match[bytes] | None:
    """The first formula element; literal searches first, since '<' is in every cell."""
    for needle in _FORMULA_START:
        at = window.find(needle)
        while at != -1:
            found = _FORMULA.search(window, max(0, at - 64), at + 3)
            if found:
                return found
            at = window.find(needle, at + 1)
    return None


def _formula_place(zf: zipfile.ZipFile, part: str, window: bytes, found: re.Match[bytes]) -> str:
    """'sheet "Changes", cell H5' when it can be told cheaply, else the part's name."""
    refs = list(_CELL_REF.finditer(window, max(0, found.start() - 4096), found.start()))
    cell = f", cell {refs[-1].group(1).decode()}" if refs else ""
    return f"{sheet_name_of_part(zf, part)}{cell}"


def sheet_name_of_part(zf: zipfile.ZipFile, part: str) -> str:
    """Map xl/worksheets/sheetN.xml to its sheet name via the (already scanned) workbook parts."""
    from defusedxml import ElementTree

    try:
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    except Exception:
        return part
    target = part.removeprefix("xl/")
    rid = next(
        (
            r.get("Id")
            for r in rels
            if (r.get("Target") or "").lstrip("/").removeprefix("xl/") == target
        ),
        None,
    )
    for sheet in book.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"):
        if rid and rid in {v for k, v in sheet.attrib.items() if k.endswith("}id")}:
            return f"sheet '{sheet.get('name')}'"
    return part
