"""The list of issued certificates a programme publishes, so anyone can check a paper.

One self-contained HTML page (no BorderTrack, no server): a table of number, check code, the
name as printed, course and dates, and a box that finds a number and says whether the code
matches. It lists only certificates already issued (printed at least once).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from bordertrack.domain.errors import error_template
from bordertrack.i18n import format_date, normalise, store_language, translate
from bordertrack.services.reports.errors import ReportProblem, write_failed
from bordertrack.store.database import Store
from bordertrack.store.query import live

_SQL = f"""
    SELECT en.certificate_number, en.certificate_code, en.certificate_holder,
           COALESCE(c.title, s.course), s.start_date, s.end_date, en.certificate_issued
    FROM enrolment en JOIN training_session s ON s.id = en.session
    LEFT JOIN course c ON c.code = s.course
    WHERE {live("en")} AND en.certificate_issued IS NOT NULL AND en.certificate_code IS NOT NULL
    ORDER BY en.certificate_number"""

_SCRIPT = """
function check() {
  var n = document.getElementById('n').value.trim().toUpperCase();
  var c = document.getElementById('c').value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  var row = CERTS[n], out = document.getElementById('verdict');
  if (!row) { out.textContent = TEXT.none; return; }
  out.textContent = row[0].replace(/-/g, '') === c ? TEXT.ok + ' ' + row[1] + ', ' + row[2]
                                                    : TEXT.bad;
}"""


def issued_certificates(store: Store) -> list[tuple]:
    """(number, code, name as printed, course, start, end, issued) of issued certificates."""
    return store.conn.execute(_SQL).fetchall()


def write_certificate_list(store: Store, out: Path, lang: str | None = None) -> int:
    """Write the page; returns how many certificates it lists."""
    code = normalise(lang) if lang else store_language(store)
    rows = issued_certificates(store)
    if not rows:
        raise ReportProblem(
            error_template("No certificate has been issued yet; print certificates first.")
        )
    t = {
        "title": translate(code, "report", "Issued certificates"),
        "how": translate(code, "report", "Type the certificate's number and check code as printed; the name and course shown must match the paper."),
        "ok": translate(code, "report", "Genuine:"),
        "bad": translate(code, "report", "The check code does not match this number: the certificate may have been altered."),
        "none": translate(code, "report", "No certificate with this number."),
        "check": translate(code, "report", "Check"),
    }  # fmt: skip
    heads = [translate(code, "report", "Certificate No."), translate(code, "report", "Check code"),
             translate(code, "report", "Name"), translate(code, "report", "Course"),
             translate(code, "report", "Dates")]  # fmt: skip
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
            number, cert_code, holder, course,
            f"{format_date(code, start)} - {format_date(code, end)}")) + "</tr>"
        for number, cert_code, holder, course, start, end, _ in rows
    )  # fmt: skip
    certs = {str(r[0]).upper(): [r[1], r[2], r[3]] for r in rows}
    data = json.dumps(certs, ensure_ascii=False).replace("</", "<\\/")
    text = json.dumps({k: t[k] for k in ("ok", "bad", "none")}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="{code}"><head><meta charset="utf-8"><title>{html.escape(t["title"])}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #999;padding:4px 8px;text-align:left}}</style></head><body>
<h1>{html.escape(t["title"])}</h1><p>{html.escape(t["how"])}</p>
<p><input id="n" placeholder="No."> <input id="c" placeholder="ABCDE-FGHIJ">
<button onclick="check()">{html.escape(t["check"])}</button> <b id="verdict"></b></p>
<table><tr>{"".join(f"<th>{html.escape(h)}</th>" for h in heads)}</tr>{body}</table>
<script>var CERTS = {data}; var TEXT = {text};{_SCRIPT}</script></body></html>
"""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(out, exc) from None
    return len(rows)
