"""The report commands end to end through the command line's main()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from bordertrack.cli.main import main
from bordertrack.services.demo import build_demo
from bordertrack.services.handover import create_handover
from bordertrack.store.database import Store


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "coord.db"
    store = Store(path)
    build_demo(store)  # a new database: the demo sets up its own coordinator
    ids = [r[0] for r in store.conn.execute("SELECT id FROM equipment WHERE post = 'DOS' LIMIT 3")]
    act = {"number": "A-1", "act_date": "2026-01-05", "from_post": "DOS", "to_post": "KRS",
           "handed_by": "A", "received_by": "B"}  # fmt: skip
    create_handover(store, act, ids)
    store.close()
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_donor_handover_labels_attendance(demo_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "d.xlsx"
    assert (
        run(demo_db, "report", "donor", "--from", "01.01.2025", "--to", "2025-12-31", str(out)) == 0
    )
    assert load_workbook(out).sheetnames == [
        "Summary",
        "Projects",
        "Equipment",
        "Stock-take",
        "Training",
        "Works",
        "Method",
    ]
    assert run(demo_db, "handover", "A-1", str(tmp_path / "a.pdf"), "--lang", "ru") == 0
    assert "Акт приёма-передачи" in PdfReader(str(tmp_path / "a.pdf")).pages[0].extract_text()
    assert run(demo_db, "labels", str(tmp_path / "l.pdf"), "--where", "post=KRS") == 0
    assert "labels written" in capsys.readouterr().out
    store = Store(demo_db)
    session = store.conn.execute("SELECT id FROM training_session LIMIT 1").fetchone()[0]
    store.close()
    assert run(demo_db, "attendance-sheet", session, str(tmp_path / "s.pdf")) == 0
    assert (tmp_path / "s.pdf").stat().st_size > 0


def test_certificate_and_verification(demo_db: Path, tmp_path: Path, capsys) -> None:
    store = Store(demo_db)
    enrolment = store.conn.execute(
        "SELECT id FROM enrolment WHERE result = 'passed' AND certificate_number != '' LIMIT 1"
    ).fetchone()[0]
    store.close()
    assert run(demo_db, "certificate", enrolment, str(tmp_path / "c.pdf")) == 0
    line = capsys.readouterr().out
    number = line.split()[1]
    code = line.split("check code ")[1].split(")")[0]
    assert run(demo_db, "verify-certificate", number, code, "--json") == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    assert run(demo_db, "verify-certificate", number, code[:-1] + "0") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may have been altered" in err


def test_import_register_dry_run_then_apply(demo_db: Path, tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "reg.xlsx"
    wb = Workbook()
    wb.active.append(["Asset tag", "Serial", "Category", "Post", "Received"])
    wb.active.append(["NEW-1", "S-1", "Radio", "Dostuk", "05.03.2024"])
    wb.active.append(["NEW-2", "S-1", "Radio", "DOS", "bad date"])
    wb.save(sheet)
    args = ["import-register", str(sheet), "--entity", "equipment"]
    assert run(demo_db, *args, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "row 3: not imported" in out and "1 new and 0 changed records would be imported" in out
    assert run(demo_db, *args, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["created"] == 1 and data["counts"]["skip"] == 1
    assert run(demo_db, "list", "equipment", "--where", "asset_tag=NEW-1", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["post"] == "DOS"


def test_errors_are_one_line(demo_db: Path, tmp_path: Path, capsys) -> None:
    assert run(demo_db, "handover", "nope", str(tmp_path / "x.pdf")) == 1
    assert (
        run(demo_db, "report", "donor", "--from", "x", "--to", "y", str(tmp_path / "x.xlsx")) == 1
    )
    assert run(demo_db, "import-register", str(tmp_path / "none.xlsx"), "--entity", "people") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("bordertrack: ") for line in err)
    assert "Traceback" not in "".join(err)
