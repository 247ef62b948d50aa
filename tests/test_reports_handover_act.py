"""Hand-over acts of each kind the field signs, in en/ru/ky, read back with pypdf: parties with
job titles, donor, place, localized date and numbers, totals per currency against SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from bordertrack.i18n import format_number
from bordertrack.services import handover, records
from bordertrack.services.reports.handover_pdf import write_handover_pdf
from bordertrack.store.database import Store

DATES = {"en": "05/03/2025", "ru": "05.03.2025", "ky": "05.03.2025"}
TITLES = {
    "delivery": {"en": "Act of delivery", "ru": "Акт поставки", "ky": "жеткирүү"},
    "transfer": {"en": "Act of hand-over", "ru": "Акт приёма-передачи", "ky": "өткөрүп берүү"},
    "issue": {"en": "Act of issue", "ru": "Акт выдачи", "ky": "пайдаланууга берүү"},
    "return": {"en": "Act of return", "ru": "Акт возврата", "ky": "кайтаруу"},
}
HEADERS = {
    "en": ["Asset tag", "Serial number", "Model", "Condition", "Value", "Currency"],
    "ru": ["Инв. номер", "Серийный номер", "Модель", "Состояние", "Стоимость", "Валюта"],
    "ky": ["Инв. номери", "Сериялык номери", "Модели", "Абалы", "Наркы", "Валюта"],
}
CUSTOMS = {"en": "State Customs Service", "ru": "Государственная таможенная служба",
           "ky": "Мамлекеттик бажы кызматы"}  # fmt: skip
XRAY = {"en": "X-ray baggage scanner", "ru": "Рентгеновский сканер багажа",
        "ky": "Жүк текшерүүчү рентген сканери"}  # fmt: skip


@pytest.fixture
def acts(coordinator: Store) -> dict[str, str]:
    s = coordinator
    records.create(s, "agency", {"code": "CUS", "name": CUSTOMS["en"], "name_ru": CUSTOMS["ru"],
                                 "name_ky": CUSTOMS["ky"], "kind": "customs"})  # fmt: skip
    for code, name, ru in (("KRS", "Kara-Suu", "Кара-Суу"), ("DOS", "Dostuk", "Достук")):
        records.create(s, "post", {"code": code, "name": name, "name_ru": ru, "name_ky": ru,
                                   "agency": "CUS"})  # fmt: skip
    records.create(s, "equipment_model", {"code": "XR", "name": XRAY["en"], "name_ru": XRAY["ru"],
                                          "name_ky": XRAY["ky"], "category": "xray"})  # fmt: skip
    for code, donor, cur in (("CCP", "UNODC", "USD"), ("BOM", "European Union", "EUR")):
        records.create(s, "project", {"code": code, "name": f"Project {code}", "donor": donor,
                                      "currency": cur})  # fmt: skip
    items = {}
    for tag, project, value in (("U1", "CCP", 38000), ("U2", "CCP", 1450.5), ("E1", "BOM", 820),
                                ("E2", "BOM", None)):  # fmt: skip
        items[tag] = records.create(s, "equipment", {
            "asset_tag": tag, "serial": f"SN-{tag}", "category": "xray", "model": "XR",
            "project": project, "value": value, "post": "KRS", "status": "in_service"})  # fmt: skip
    officer = records.create(s, "person", {"full_name": "Aibek Toktogulov", "sex": "male",
                                           "rank": "Inspector", "post": "KRS"})  # fmt: skip
    base = {"act_date": "2025-03-05", "place": "Bishkek", "handed_by": "Aliya Dzhumabaeva",
            "handed_by_title": "National Programme Officer", "received_by": "Nurlan Asanov",
            "received_by_title": "Head of post"}  # fmt: skip
    ids = {
        "delivery": handover.create_handover(s, {**base, "number": "D-1", "project": "CCP",
            "from_org": "UNODC Programme Office", "to_agency": "CUS", "to_post": "KRS"},
            [items["U1"], items["U2"]], transfer=False),
        "transfer": handover.create_handover(s, {**base, "number": "T-1", "from_post": "KRS",
            "to_post": "DOS"}, list(items.values()), transfer=False,
            conditions={items["E1"]: "fair"}),
        "issue": handover.create_handover(s, {**base, "number": "I-1", "from_post": "KRS",
            "to_post": "KRS", "to_person": officer, "received_by": "Aibek Toktogulov",
            "received_by_title": "Inspector"}, [items["E1"]]),
    }  # fmt: skip
    assert records.get(s, "equipment", items["E1"])["holder"] == officer
    ids["return"] = handover.create_handover(s, {**base, "number": "R-1", "from_post": "KRS",
        "from_person": officer, "to_post": "KRS", "handed_by": "Aibek Toktogulov",
        "handed_by_title": "Inspector"}, [items["E1"]])  # fmt: skip
    assert records.get(s, "equipment", items["E1"])["holder"] is None
    return ids


def _text(path: Path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return text.replace("\u00a0", " ")


def _totals(s: Store, act: str) -> dict[str, tuple[int, float]]:
    rows = s.conn.execute(
        """SELECT pr.currency, COUNT(*), SUM(e.value) FROM handover_item h
           JOIN equipment e ON e.id = h.item JOIN project pr ON pr.code = e.project
           WHERE h.act = ? AND e.value IS NOT NULL GROUP BY 1""",
        (act,),
    )
    return {cur: (n, v) for cur, n, v in rows}


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
@pytest.mark.parametrize("kind", ["delivery", "transfer", "issue", "return"])
def test_each_kind_of_act_in_each_language(
    coordinator: Store, acts: dict[str, str], tmp_path: Path, kind: str, lang: str
) -> None:
    out = tmp_path / f"{kind}-{lang}.pdf"
    n = write_handover_pdf(coordinator, acts[kind], out, lang)
    text = _text(out)
    lines = text.splitlines()
    assert TITLES[kind][lang] in text
    assert "Bishkek" in text and DATES[lang] in text
    assert "2025-03-05" not in text, "no ISO dates on paper"
    assert "Aliya Dzhumabaeva" in text or kind == "return"
    assert "Nurlan Asanov" in text or kind in ("issue",)
    assert "Head of post" in text or kind == "issue"
    assert "Aibek Toktogulov" in text or kind in ("delivery", "transfer")
    words = set(text.split())
    for header in HEADERS[lang]:  # a header may wrap between words, never inside one
        assert set(header.split()) <= words, f"'{header}' is broken or missing"
    assert XRAY[lang] in " ".join(lines)
    if kind == "delivery":
        assert "UNODC Programme Office" in text and "UNODC" in text
        assert CUSTOMS[lang] in " ".join(lines)
    expected = _totals(coordinator, acts[kind])
    assert (
        n
        == coordinator.conn.execute(
            "SELECT COUNT(*) FROM handover_item WHERE act = ?", (acts[kind],)
        ).fetchone()[0]
    )
    for cur, (count, value) in expected.items():
        money = format_number(lang, value, 2).replace("\u00a0", " ")
        total = [ln for ln in lines if cur in ln and money in ln and f"({count} " in ln]
        assert total, f"no total of {money} {cur} for {count} items"
    if kind == "transfer":
        assert set(expected) == {"EUR", "USD"}, "a mixed act has a total per currency"
        assert "European Union" in text and "UNODC" in text
        assert {"en": "38,000.00", "ru": "38 000,00", "ky": "38 000,00"}[lang] in text
        for value in (38000, 1450.5, 820):  # every value whole on its line, never wrapped
            money = format_number(lang, value, 2).replace("\u00a0", " ")
            assert any(money in ln for ln in lines), money
        assert {"en": "Fair", "ru": "Удовлетворительное", "ky": "Канааттандырарлык"}[lang] in text
        assert {"en": "no recorded value: 1", "ru": "стоимости: 1", "ky": "бирдиктер: 1"}[
            lang
        ] in text
