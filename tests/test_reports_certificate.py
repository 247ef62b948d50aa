"""Certificates read back with pypdf: project, donor, hours, dates and place by name, two named
signatories, en/ru/ky; issued once (a name corrected later still verifies), reprints are
duplicates with the same number and code; the published list matches the register."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from bordertrack.services import records
from bordertrack.services.reports.certificate import (
    set_signers,
    verify_certificate,
    write_certificate_pdf,
)
from bordertrack.services.reports.certificate_list import write_certificate_list
from bordertrack.services.reports.certificate_pdf import check_target
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.store.database import Store


@pytest.fixture
def passed(coordinator: Store) -> str:
    s = coordinator
    records.create(s, "agency", {"code": "BS", "name": "Border Service", "kind": "border_guard",
                                 "name_ru": "Пограничная служба", "name_ky": "Чек ара кызматы"})  # fmt: skip
    records.create(s, "post", {"code": "TOR", "name": "Torugart", "name_ru": "Торугарт",
                               "name_ky": "Торугарт", "agency": "BS"})  # fmt: skip
    records.create(s, "project", {"code": "OSCE-BM", "name": "Staff Training", "donor": "OSCE",
                                  "currency": "EUR"})  # fmt: skip
    records.create(s, "course", {"code": "DOC", "title": "Detection of forged documents",
                                 "duration_days": 5, "hours": 40})  # fmt: skip
    sid = records.create(s, "training_session", {
        "course": "DOC", "start_date": "2025-03-03", "end_date": "2025-03-07",
        "place": "TOR training room", "post": "TOR", "project": "OSCE-BM"})  # fmt: skip
    pid = records.create(s, "person", {"full_name": "Aizada Omurbekova", "sex": "female",
                                       "agency": "BS", "rank": "Lieutenant"})  # fmt: skip
    set_signers(s, [("Asel Sadykova", "Lead trainer"), ("Mirlan Usenov", "Programme manager")])
    s.set_setting("certificate_check_url", "https://programme.example.org/check")
    return records.create(s, "enrolment", {"session": sid, "person": pid, "result": "passed",
                                           "certificate_number": "DOC-2025-001"})  # fmt: skip


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text().replace("\u00a0", " ")


EXPECTED = {
    "en": ("CERTIFICATE", "40 academic hours", "03/03/2025", "07/03/2025", "Border Service",
           "Training room, Torugart"),
    "ru": ("СЕРТИФИКАТ", "академических часов: 40", "03.03.2025", "07.03.2025",
           "Пограничная служба", "Training room, Торугарт"),
    "ky": ("СЕРТИФИКАТ", "40 академиялык саат", "03.03.2025", "07.03.2025", "Чек ара кызматы",
           "Training room, Торугарт"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_certificate_says_everything_in_each_language(
    coordinator: Store, passed: str, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / f"c-{lang}.pdf"
    cert = write_certificate_pdf(coordinator, passed, out, lang)
    text = _text(out)
    for expected in EXPECTED[lang]:
        assert expected in " ".join(text.split()), expected
    for expected in ("Aizada Omurbekova", "Detection of forged documents", "OSCE-BM", "OSCE",
                     "Asel Sadykova", "Lead trainer", "Mirlan Usenov", "Programme manager",
                     "DOC-2025-001", cert["code"], "programme.example.org/check"):  # fmt: skip
        assert expected in text, expected
    assert "TOR training" not in text, "the place is named, never a post code"
    stored = coordinator.conn.execute(
        "SELECT certificate_holder, certificate_code, certificate_issued IS NOT NULL "
        "FROM enrolment WHERE id = ?",
        (passed,),
    ).fetchone()
    assert stored == ("Aizada Omurbekova", cert["code"], 1)


def test_name_correction_keeps_paper_genuine_and_reprint_is_a_duplicate(
    coordinator: Store, passed: str, tmp_path: Path
) -> None:
    first = write_certificate_pdf(coordinator, passed, tmp_path / "1.pdf", "en")
    assert not first["duplicate"] and "DUPLICATE" not in _text(tmp_path / "1.pdf")
    person = coordinator.conn.execute("SELECT person FROM enrolment WHERE id = ?", (passed,))
    records.update(coordinator, "person", person.fetchone()[0], {"full_name": "Aizada Omurbek"})
    cert = verify_certificate(coordinator, "doc-2025-001", first["code"].lower())
    assert cert["holder"] == "Aizada Omurbekova" and cert["current_holder"] == "Aizada Omurbek"
    again = write_certificate_pdf(coordinator, passed, tmp_path / "2.pdf", "en")
    text = _text(tmp_path / "2.pdf")
    assert again["duplicate"] and "DUPLICATE" in text
    assert again["number"] == first["number"] and again["code"] == first["code"]
    assert "Aizada Omurbekova" in text, "a duplicate repeats the certificate as issued"
    forged = first["code"][:-1] + ("A" if first["code"][-1] != "A" else "B")
    with pytest.raises(ReportProblem, match="may have been altered"):
        verify_certificate(coordinator, "DOC-2025-001", forged)


def test_check_line_and_qr_target_need_no_bordertrack(
    coordinator: Store, passed: str, tmp_path: Path
) -> None:
    cert = write_certificate_pdf(coordinator, passed, tmp_path / "c.pdf", "en")
    assert check_target(cert) == (
        f"https://programme.example.org/check?n=DOC-2025-001&c={cert['code']}"
    )
    assert (
        check_target({**cert, "check_url": ""}) == f"CERTIFICATE DOC-2025-001 CODE {cert['code']}"
    )
    assert "bordertrack verify" not in _text(tmp_path / "c.pdf")
    out = tmp_path / "list.html"
    assert (
        write_certificate_list(coordinator, out, "en")
        == coordinator.conn.execute(
            "SELECT COUNT(*) FROM enrolment WHERE certificate_issued IS NOT NULL"
        ).fetchone()[0]
    )
    page = out.read_text(encoding="utf-8")
    assert "DOC-2025-001" in page and cert["code"] in page and "Aizada Omurbekova" in page


def test_no_signers_no_certificate(coordinator: Store, passed: str, tmp_path: Path) -> None:
    coordinator.set_setting("certificate_signers", None)
    with pytest.raises(ReportProblem, match="two people who sign"):
        write_certificate_pdf(coordinator, passed, tmp_path / "c.pdf", "en")
    assert not (tmp_path / "c.pdf").exists()
    issued = coordinator.conn.execute(
        "SELECT certificate_issued FROM enrolment WHERE id = ?", (passed,)
    ).fetchone()[0]
    assert issued is None
