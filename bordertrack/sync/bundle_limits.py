"""Checks made before calamine parses anything: the file, the zip directory, every part.

A bundle comes from a USB stick or an e-mail; it may be a zip bomb, an XML entity
bomb, a workbook with formulas or a display trick. The file is read through
safe_files (regular files only, size first); the scan decompresses each part with
Python's zipfile, which stops at the declared size and checks the CRC, so the parser
that runs afterwards only sees parts that passed bundle_scan, bundle_xml and bundle_parts.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from bordertrack.domain.errors import error_template
from bordertrack.safe_files import UnreadableFile, read_regular
from bordertrack.sync.bundle_errors import (
    BundleFileUnreachable,
    BundleTooLarge,
    NotABundle,
    UnsafeContent,
)
from bordertrack.sync.bundle_parts import check_names, check_small_parts
from bordertrack.sync.bundle_plain import PlainChanges, read_plain_changes
from bordertrack.sync.bundle_scan import ScanLimits, scan_part

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what a bundle may claim; generous for a region's data, far below harm.

    A 100,000-change bundle is about 3 MiB on disk and 30 MiB unpacked; its sheet XML
    compresses about 10-15 times. A zip bomb compresses hundreds of times or more. The
    sizes are chosen so that reading any file that passes stays well under 1 GB of memory.
    """

    max_file_bytes: int = 128 * MiB
    max_entries: int = 1000
    max_total_uncompressed: int = 512 * MiB
    max_entry_uncompressed: int = 256 * MiB
    max_ratio: float = 100.0
    ratio_floor: int = 1 * MiB  # smaller parts may compress as well as they like
    scan: ScanLimits = ScanLimits()


DEFAULT_LIMITS = Limits()


def read_limited(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, once, after checking it is a regular file of bounded size; every
    later check uses these bytes."""
    try:
        data = read_regular(path, limits.max_file_bytes, error_template("file"))
    except UnreadableFile as exc:
        if exc.size:
            raise BundleTooLarge(
                "the file size in bytes", exc.size, limits.max_file_bytes
            ) from None
        raise BundleFileUnreachable(str(path), exc.why) from None
    if not data:
        raise NotABundle(error_template("the file is empty"))
    return data


def open_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open the zip directory and check every bound it declares, before unpacking anything."""
    if not data.startswith(b"PK"):
        raise NotABundle(error_template("it is not an Excel .xlsx workbook"))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    # NotImplementedError: a damaged header can claim a zip version Python cannot read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            NotImplementedError):  # fmt: skip
        raise NotABundle(error_template("the workbook is damaged or truncated")) from None
    if len(infos) > limits.max_entries:
        raise BundleTooLarge("the number of parts in the workbook", len(infos), limits.max_entries)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise NotABundle(error_template("the workbook holds two parts with one name"))
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
        raise NotABundle(error_template("a part of the workbook is encrypted"))


def scan_parts(zf: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS) -> PlainChanges | None:
    """Allow-listed parts only; every part streamed through the byte checks of bundle_scan
    and the namespace-aware parse of bundle_xml; the small parts' meaning (relationships,
    sheets, styles) judged by bundle_parts. Unpacking here also proves each part matches
    its declared size and CRC.

    Returns the Changes sheet when bundle_plain read it on the way (the export's own form,
    checked and parsed in one pass), else None: calamine then reads it."""
    check_names(zf)
    plain = read_plain_changes(zf, limits.scan)
    if plain is None:
        stream_parts(zf, limits)
    else:
        stream_parts(zf, limits, skip=plain.part, elements=plain.elements)
    check_small_parts(zf)
    return plain


def stream_parts(
    zf: zipfile.ZipFile, limits: Limits, *, skip: str | None = None, elements: int = 0
) -> int:
    """Every part through bundle_scan (also used for registers, with display checks off),
    but `skip`, the Changes sheet bundle_plain checks, whose `elements` it counted.
    Returns the workbook's elements, `elements` included."""
    for info in zf.infolist():
        if info.filename.endswith("/") or info.filename == skip:
            continue
        try:
            found = scan_part(
                zf,
                info,
                sheet=info.filename.startswith("xl/worksheets/"),
                limits=limits.scan,
            )
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
        except UnsafeContent as exc:
            raise UnsafeContent(exc.what, _named(zf, exc.where)) from None
        elements += found.elements
        if elements > limits.scan.max_elements:
            raise BundleTooLarge(
                "the number of elements in the workbook", elements, limits.scan.max_elements
            )
    return elements


def _named(zf: zipfile.ZipFile, where: str) -> str:
    part, _, cell = where.partition(", ")
    if part.startswith("xl/worksheets/") and cell:
        return f"{sheet_name_of_part(zf, part)}, {cell}"
    return where


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
