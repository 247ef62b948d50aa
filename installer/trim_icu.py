"""Shrink the ICU data library Qt brings on Linux to the languages BorderTrack speaks.

    python installer/trim_icu.py SRC/libicudata.so.73 OUT/libicudata.so.73

Qt on Linux links ICU; its data library holds every locale of the world (about 31 MB of the
frozen build). BorderTrack shows English, Russian and Kyrgyz, so the trimmed copy keeps
every item that is not a locale's resource (normalisation, properties, collation tables,
time zones) and the locale resources of `en`, `ru`, `ky` and `root` only, and drops the
legacy code-page converters (`*.cnv`: Qt converts UTF-8 and UTF-16 itself) and the
word-break dictionaries of Chinese, Japanese, Thai, Lao, Khmer and Burmese. About 8 MB
remain. Collation, dates and case mapping in the kept languages are unchanged
(tests/test_packaging.py compares them against the whole library).

Windows needs none of this: Qt there uses the ICU that comes with Windows.
The package format is ICU's "common data" (a header, a table of contents of
(name offset, data offset) pairs, the names, then the items, each 16-byte aligned); the
trimmed package is linked into a shared library with the assembler and linker (binutils).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

KEEP_LANGUAGES = {"en", "ru", "ky", "root"}
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_SYMBOL = re.compile(rb"^icudt\d+_dat$")


def keep_item(name: str) -> bool:
    """Is this package item (e.g. `icudt73l/coll/ru.res`) needed by BorderTrack?"""
    base = name.rsplit("/", 1)[-1]
    if base.endswith((".cnv", ".dict")):
        return False
    match = _LOCALE.match(base)
    if match and base != "res_index.res":
        return match.group(1) in KEEP_LANGUAGES
    return True


def find_data(elf: bytes) -> tuple[bytes, str]:
    """The data package inside an ELF64 little-endian libicudata, and its symbol name."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sh[6]]
        for k in range(sh[5] // 24):
            st_name, _info, _other, _shndx, value, size = struct.unpack_from(
                "<IBBHQQ", elf, sh[4] + k * 24
            )
            start = strtab[4] + st_name
            name = elf[start : elf.index(b"\0", start)]
            if not _SYMBOL.match(name) or not size:
                continue
            for sec in sections:  # the section holding the symbol: address -> file offset
                if sec[3] <= value < sec[3] + sec[5]:
                    offset = value - sec[3] + sec[4]
                    return elf[offset : offset + size], name.decode()
    raise ValueError("no icudt*_dat symbol found")


def trim(package: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    """The package without the items `keep` refuses (names stay sorted, items aligned)."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = package[start : package.index(b"\0", start)]
        end = header_size + entries[i + 1][1] if i + 1 < count else len(package)
        if keep(name.decode("ascii")):
            items.append((name, package[header_size + data_at : end]))
    names_at = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for name, _data in items:
        name_offsets.append(names_at + len(names))
        names += name + b"\0"
    data_at = names_at + len(names)
    data_at += (-(header_size + data_at)) % 16
    toc = struct.pack("<I", len(items))
    blob = b""
    for (_name, data), name_offset in zip(items, name_offsets, strict=True):
        toc += struct.pack("<II", name_offset, data_at + len(blob))
        blob += data + b"\0" * ((-len(data)) % 16)
    toc += names
    toc += b"\0" * (data_at - len(toc))
    return package[:header_size] + toc + blob


def link(package: bytes, symbol: str, out: Path, soname: str) -> None:
    """A shared library exporting `symbol` = `package`, built with `as` and `ld`."""
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if not assembler or not linker:
        raise FileNotFoundError("as and ld (binutils) are needed to link the ICU data")
    with tempfile.TemporaryDirectory() as tmp:
        dat, src, obj = Path(tmp, "icu.dat"), Path(tmp, "icu.s"), Path(tmp, "icu.o")
        dat.write_bytes(package)
        src.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign 16\n{symbol}:\n\t.incbin "{dat}"\n'
            f"\t.size {symbol}, {len(package)}\n",
            encoding="ascii",
        )
        subprocess.run([assembler, "-o", str(obj), str(src)], check=True)
        subprocess.run([linker, "-shared", "-soname", soname, "-o", str(out), str(obj)], check=True)


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    package, symbol = find_data(src.read_bytes())
    trimmed = trim(package)
    out.parent.mkdir(parents=True, exist_ok=True)
    link(trimmed, symbol, out, src.name)
    print(f"{src.name}: ICU data {len(package) / 1e6:.1f} MB -> {len(trimmed) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
