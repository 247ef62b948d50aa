"""Registers as posts and accountants keep them: what lands, what is named as left out, and
that nothing else changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bordertrack.cli.main import main
from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import records
from bordertrack.services.register_import.apply import apply_plan, preview_register
from bordertrack.store.database import Store
from tests.register_builders import accountant_register, english_csv, kyrgyz_register, to_strict


def _cli(capsys, store: Store, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(store.path), "import-register", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _log_size(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _by_tag(store: Store) -> dict[str, dict]:
    return {r["asset_tag"]: r for r in records.list_records(store, "equipment")}


def test_accountant_register_dry_run_names_every_column(
    post_store: Store, tmp_path: Path, capsys
) -> None:
    path = accountant_register(tmp_path / "ведомость.xlsx")
    before = _log_size(post_store)
    code, out, _ = _cli(capsys, post_store, str(path), "--entity", "equipment", "--dry-run")
    assert code == 0
    for line in ("№ п/п: left out", "Наименование: -> model", "Инв. №: -> asset_tag",
                 "Заводской номер: -> serial", "Стоимость, USD: -> value (amounts in USD)",
                 "Ответственное лицо: -> holder", "Состояние: -> status",
                 "Шифр счёта: -> kept in the notes"):  # fmt: skip
        assert line in out
    assert "Дата поступления: -> received_date (dates read day/month" in out
    for row, reason in ((5, "column numbers"), (6, "subtitle"), (12, "only its number"),
                        (13, "totals"), (14, "signature"), (15, "signature")):  # fmt: skip
        assert f"row {row}: not an item (" in out and reason in out
    assert "row 11: needs review: no category found in 'Телепортер'" in out
    assert "Асанов Нурлан, Бекова Айгуль, Иванов И.И." in out  # holders kept, offered as people
    assert "5 new and 0 changed records would be imported (1 marked for review)" in out
    assert "0 rows not imported, 6 rows not items" in out
    assert _log_size(post_store) == before  # a dry run changes nothing


def test_accountant_register_json_lists_each_column_outcome(
    post_store: Store, tmp_path: Path, capsys
) -> None:
    path = accountant_register(tmp_path / "r.xlsx")
    code, out, _ = _cli(capsys, post_store, str(path), "--entity", "equipment", "--dry-run",
                        "--json")  # fmt: skip
    data = json.loads(out)
    outcomes = {c["header"]: c["outcome"] for c in data["columns"]}
    assert len(outcomes) == 9  # every column of the sheet is accounted for
    assert outcomes["№ п/п"] == "left out" and outcomes["Шифр счёта"] == "notes"
    assert data["left_out"] == ["№ п/п"] and data["kept_in_notes"] == ["Шифр счёта"]
    assert data["mapping"]["Ответственное лицо"] == "holder" and data["currency"] == "USD"
    assert data["new_people"] == ["Асанов Нурлан", "Бекова Айгуль", "Иванов И.И."]
    assert data["counts"] == {"create": 5, "update": 0, "unchanged": 0, "skip": 0,
                              "not_item": 6, "review": 1}  # fmt: skip
    reasons = {r["row"]: r["reason"] for r in data["rows"] if r["action"] == "not_item"}
    assert reasons[13] == "a totals row" and reasons[12] == "a row holding only its number"


def test_what_lands_from_the_accountant_register(post_store: Store, tmp_path: Path) -> None:
    path = accountant_register(tmp_path / "r.xlsx")
    outcome = apply_plan(post_store, preview_register(post_store, path, "equipment"))
    assert (outcome.created, outcome.updated, outcome.failed, outcome.review) == (5, 0, [], 1)
    items = _by_tag(post_store)
    assert sorted(items) == ["000130", "000131", "000132", "000133", "000134"]
    got = {
        t: (i["category"], i["status"], i["value"], i["received_date"]) for t, i in items.items()
    }
    assert got == {
        "000130": ("body_camera", "in_service", 1234.5, "2024-01-31"),
        "000131": ("radio", "in_service", 850, "2024-02-03"),  # an Excel serial date
        "000132": ("body_armor", "in_service", 2100, "2024-02-03"),
        "000133": ("other", "broken", 10.5, "2024-02-04"),
        "000134": ("other", "in_service", 99, "2024-02-05"),
    }
    first = items["000130"]
    assert first["post"] == "DOS" and first["serial"] == "BWC-0001" and first["holder"] is None
    assert first["notes"].split("\n") == [
        "Видеокамера нагрудная", "Ответственное лицо: Асанов Нурлан", "Шифр счёта: 0101",
    ]  # fmt: skip
    assert "Needs review: no category found in 'Телепортер'" in items["000134"]["notes"]
    entities = {r[0] for r in post_store.conn.execute("SELECT DISTINCT entity FROM changes")}
    assert entities == {"equipment"}  # nothing else changed
    again = preview_register(post_store, path, "equipment").counts()
    assert (again["create"], again["update"], again["unchanged"]) == (0, 0, 5)


def test_holders_who_match_nobody_can_become_people(post_store: Store, tmp_path: Path) -> None:
    asanov = records.create(post_store, "person", {"full_name": "Асанов Нурлан", "sex": "male"})
    plan = preview_register(post_store, accountant_register(tmp_path / "r.xlsx"), "equipment")
    assert plan.new_people == ["Бекова Айгуль", "Иванов И.И."]
    outcome = apply_plan(post_store, plan, create_holders=True)
    assert outcome.people_created == 2
    people = {p["full_name"]: p for p in records.list_records(post_store, "person")}
    assert set(people) == {"Асанов Нурлан", "Бекова Айгуль", "Иванов И.И."}
    assert people["Бекова Айгуль"]["post"] == "DOS"
    items = _by_tag(post_store)
    assert items["000130"]["holder"] == asanov
    assert items["000131"]["holder"] == people["Бекова Айгуль"]["id"]
    assert "Ответственное лицо" not in items["000131"]["notes"]


def test_a_value_in_another_currency_than_the_project_is_flagged(
    coordinator: Store, tmp_path: Path
) -> None:
    records.create(coordinator, "project", {"code": "EU-1", "name": "Border", "donor": "EU",
                                            "currency": "EUR"})  # fmt: skip
    records.create(coordinator, "post", {"code": "DOS", "name": "Dostuk"})
    path = accountant_register(tmp_path / "r.xlsx")
    plan = preview_register(coordinator, path, "equipment",
                            defaults={"project": "EU-1", "post": "DOS"})  # fmt: skip
    items = [r for r in plan.rows if r.action == "create"]
    assert len(items) == 5 and all(
        any("is in USD but project EU-1 counts in EUR" in x for x in r.review) for r in items
    )
    plain = preview_register(coordinator, path, "equipment", defaults={"post": "DOS"},
                             currency="EUR")  # fmt: skip
    assert plain.currency == "EUR"  # the person's word beats nothing, the header beats it


def test_a_coordinator_is_asked_for_the_post(coordinator: Store, tmp_path: Path, capsys) -> None:
    path = kyrgyz_register(tmp_path / "r.xlsx")
    code, out, _ = _cli(capsys, coordinator, str(path), "--entity", "equipment", "--dry-run")
    assert code == 0 and "3 rows name no post: say which post" in out
    assert "--default post=CODE" in out


def test_a_post_device_defaults_to_its_own_post(post_store: Store, tmp_path: Path) -> None:
    plan = preview_register(post_store, kyrgyz_register(tmp_path / "r.xlsx"), "equipment")
    assert {r.values["post"] for r in plan.rows if r.action == "create"} == {"DOS"}


def test_kyrgyz_register(post_store: Store, tmp_path: Path) -> None:
    plan = preview_register(post_store, kyrgyz_register(tmp_path / "r.xlsx"), "equipment")
    assert plan.currency == "KGS"
    assert [r.action for r in plan.rows] == ["create", "create", "create", "not_item"]
    apply_plan(post_store, plan)
    got = {t: (i["category"], i["status"], i["value"], i["received_date"])
           for t, i in _by_tag(post_store).items()}  # fmt: skip
    assert got == {
        "KG-001": ("radio", "in_service", 15000, "2024-03-12"),
        "KG-002": ("computer", "broken", 45000, "2024-03-13"),
        "KG-003": ("binoculars", "in_service", 5000, "2024-03-14"),
    }


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig"])
def test_english_csv_with_month_first_dates(post_store: Store, tmp_path: Path, encoding) -> None:
    plan = preview_register(post_store, english_csv(tmp_path / "r.csv", encoding), "equipment")
    dates = next(c for c in plan.columns if c.field == "received_date")
    assert "month/day" in dates.note and "12/31/2024" in dates.note
    assert any("Date received" in f and "month/day" in f for f in plan.findings)
    apply_plan(post_store, plan)
    got = {t: (i["category"], i["status"], i["value"], i["received_date"])
           for t, i in _by_tag(post_store).items()}  # fmt: skip
    assert got == {
        "EN-001": ("computer", "in_service", 1200, "2024-03-04"),
        "EN-002": ("body_armor", "broken", 650, "2024-12-31"),
        "EN-003": ("radio", "in_service", 300.5, "2024-01-15"),
    }
    assert _by_tag(post_store)["EN-003"]["notes"] == "Кабинет 2\nHandheld radio"


def test_strict_open_xml_register_lands_the_same(post_store: Store, tmp_path: Path) -> None:
    strict = to_strict(accountant_register(tmp_path / "r.xlsx"), tmp_path / "strict.xlsx")
    apply_plan(post_store, preview_register(post_store, strict, "equipment"))
    items = _by_tag(post_store)
    assert items["000130"]["category"] == "body_camera" and items["000131"]["value"] == 850


def test_a_refused_default_names_the_nearest_values_in_the_persons_language(
    post_store: Store, tmp_path: Path
) -> None:
    path = kyrgyz_register(tmp_path / "r.xlsx")
    post_store.set_setting("language", "ru")
    with pytest.raises(BorderTrackError, match=r"nearest: Неисправно \(broken\)"):
        preview_register(post_store, path, "equipment", defaults={"status": "brakon"})
    with pytest.raises(BorderTrackError, match="did you mean status"):
        preview_register(post_store, path, "equipment", overrides={"Абалы": "statu"})
    plan = preview_register(post_store, path, "equipment", defaults={"status": "неисправно"})
    assert plan.rows[0].values["status"] == "in_service"  # the sheet's own word wins


def test_a_kept_template_maps_next_months_register(
    post_store: Store, tmp_path: Path, capsys
) -> None:
    path = accountant_register(tmp_path / "march.xlsx")
    code, out, _ = _cli(capsys, post_store, str(path), "--entity", "equipment", "--dry-run",
                        "--map", "Шифр счёта=-", "--map", "Наименование=+", "--keep-template")  # fmt: skip
    assert code == 0 and "Шифр счёта: left out" in out
    april = preview_register(post_store, accountant_register(tmp_path / "april.xlsx"), "equipment")
    outcome = {c.header: c.outcome for c in april.columns}
    assert outcome["Шифр счёта"] == "left out" and outcome["Наименование"] == "notes"
    assert april.layout is not None and april.layout.template


def test_a_people_register_in_kyrgyz_with_words_that_match_nothing(
    coordinator: Store, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Аты-жөнү;Жынысы;Ролу;Табель номери\n"
                    "Асанов Нурлан;эркек;угуучу;T-1\n"
                    "Бекова Айгуль;???;космонавт;T-2\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(BorderTrackError, match="People have no notes"):
        preview_register(coordinator, path, "people", overrides={"Ролу": "+"})
    plan = preview_register(coordinator, path, "people")
    first, second = plan.rows
    assert first.values == {"full_name": "Асанов Нурлан", "sex": "male", "kind": "trainee",
                            "service_number": "T-1"}  # fmt: skip
    assert second.action == "create" and second.values["sex"] == "not_recorded"
    assert "kind" not in second.values and len(second.review) == 2
    assert plan.counts()["review"] == 1
    apply_plan(coordinator, plan)
    assert len(records.list_records(coordinator, "person")) == 2
