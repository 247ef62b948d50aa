"""How bundle text is stored: a shared-strings table, escape-like text inline, and bundles
written before the table (every text inline) still verifying and reading the same."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from bordertrack.sync.bundle_read import read_bundle
from bordertrack.sync.bundle_xlsx import escape_text
from tests.bundle_fixtures import sheet_part, tricky_changes, write

_SHARED_CELL = re.compile(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="s"><v>([0-9]+)</v></c>')


def _shared_texts(xml: str) -> list[str]:
    """The raw (still OOXML-escaped) text of each <si>, in order."""
    return [html.unescape(t) for t in re.findall(r"<si><t[^>]*>(.*?)</t></si>", xml, re.S)]


def _as_inline(src: Path, dst: Path) -> None:
    """Rewrite every shared-string cell as an inline string: the form of older bundles."""
    with zipfile.ZipFile(src) as zin:
        texts = _shared_texts(zin.read("xl/sharedStrings.xml").decode())

        def inline(m: re.Match[str]) -> str:
            text = texts[int(m.group(2))]
            body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            return f'{m.group(1)} t="inlineStr"><is><t{space}>{body}</t></is></c>'

        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info)
                if info.filename.startswith("xl/worksheets/"):
                    data = _SHARED_CELL.sub(inline, data.decode()).encode()
                zout.writestr(info, data)


def test_text_cells_share_one_table_and_escape_like_text_stays_inline(tmp_path: Path) -> None:
    path = tmp_path / "b.xlsx"
    write(path)
    with zipfile.ZipFile(path) as z:
        texts = _shared_texts(z.read("xl/sharedStrings.xml").decode())
        changes_xml = z.read(sheet_part(path, "Changes")).decode()
    assert len(texts) == len(set(texts))
    assert escape_text("Officer Иванов") in texts
    assert "_x005F_x0041_ looks like an escape" not in texts
    assert "<t>_x005F_x0041_ looks like an escape</t></is>" in changes_xml
    assert read_bundle(path).changes == tricky_changes()


def test_bundle_with_inline_strings_reads_the_same(tmp_path: Path) -> None:
    shared, inline = tmp_path / "shared.xlsx", tmp_path / "inline.xlsx"
    write(shared)
    _as_inline(shared, inline)
    with zipfile.ZipFile(inline) as z:
        sheets = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert ' t="s">' not in sheets and "inlineStr" in sheets
    a, b = read_bundle(shared), read_bundle(inline)
    assert (b.changes, b.digest) == (a.changes, a.digest)
