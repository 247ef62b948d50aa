"""Report and paperwork commands: donor report, hand-over act, certificates, labels,
attendance sheets, and bringing in an existing Excel register."""

from __future__ import annotations

import argparse
from pathlib import Path

from bordertrack.cli.common import open_store, parse_assignments, print_json
from bordertrack.domain.shown import shown


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="make a report workbook")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    d = kinds.add_parser("donor", help="equipment, stock-take, training and works for donors")
    d.add_argument("--from", dest="start", required=True, metavar="DATE")
    d.add_argument("--to", dest="end", required=True, metavar="DATE")
    d.add_argument("--project", metavar="CODE", help="only this project's records")
    d.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    d.add_argument("--convert-to", metavar="CUR", help="add totals converted to this currency")
    d.add_argument("--rate", action="append", default=[], metavar="CUR=RATE",
                   help="value of 1 CUR in --convert-to, e.g. USD=0.92 (one per currency)")  # fmt: skip
    d.add_argument("out", type=Path, metavar="OUT.xlsx")
    d.set_defaults(handler=cmd_donor)

    p = sub.add_parser("handover", help="print a hand-over act as PDF")
    p.add_argument("act", metavar="ACT_ID", help="the act's id or number")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    p.set_defaults(handler=cmd_handover)

    p = sub.add_parser("certificate", help="print a course completion certificate as PDF")
    p.add_argument("enrolment", metavar="ENROLMENT_ID")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    p.add_argument("--signer", action="append", default=[], metavar="'NAME|JOB TITLE'",
                   help="who signs (give two; remembered on this device for later certificates)")  # fmt: skip
    p.set_defaults(handler=cmd_certificate)

    p = sub.add_parser("certificate-list", help="the page of issued certificates to publish")
    p.add_argument("out", type=Path, metavar="OUT.html")
    p.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    p.set_defaults(handler=cmd_certificate_list)

    p = sub.add_parser("verify-certificate", help="check a certificate's number and check code")
    p.add_argument("number")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("labels", help="print asset labels with QR codes as PDF")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--where", action="append", default=[], metavar="field=value")
    p.add_argument("--all", action="store_true",
                   help="also lost, stolen and written-off items (left out by default)")  # fmt: skip
    p.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    p.set_defaults(handler=cmd_labels)

    p = sub.add_parser("attendance-sheet", help="print a session's attendance roster as PDF")
    p.add_argument("session", metavar="SESSION_ID")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--lang", choices=("en", "ru", "ky"), help="default: the device's language")
    p.set_defaults(handler=cmd_attendance)

    p = sub.add_parser("import-register", help="bring in an existing Excel register")
    p.add_argument("file", type=Path)
    p.add_argument("--entity", required=True, choices=("equipment", "people"))
    p.add_argument("--sheet", help="sheet name (default: the first with data)")
    p.add_argument("--map", action="append", default=[], metavar="column=field",
                   help="column by header, letter or number; field '-' drops a column")  # fmt: skip
    p.add_argument("--default", action="append", default=[], metavar="field=value",
                   help="value for rows that leave the field empty")  # fmt: skip
    p.add_argument("--currency", metavar="CODE",
                   help="currency of the value column when its header names none (e.g. USD)")  # fmt: skip
    p.add_argument("--create-holders", action="store_true",
                   help="add holders who match nobody as new people")  # fmt: skip
    p.add_argument("--keep-template", action="store_true",
                   help="remember this column mapping for registers with the same headers")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="preview only; change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_register)


def cmd_donor(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.donor import parse_rates, write_donor_report

    with open_store(args) as store:
        p = write_donor_report(
            store, args.out, args.start, args.end, args.project, lang=args.lang,
            convert_to=args.convert_to, rates=parse_rates(args.rate),
        )  # fmt: skip
    print(f"Donor report for {p.start} to {p.end} written to {args.out}")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.handover_pdf import write_handover_pdf

    with open_store(args) as store:
        n = write_handover_pdf(store, args.act, args.out, args.lang)
    print(f"Hand-over act with {n} items written to {args.out}")
    return 0


def cmd_certificate(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.certificate import set_signers, write_certificate_pdf
    from bordertrack.services.reports.errors import ReportProblem

    with open_store(args) as store:
        if args.signer:
            people = [tuple(part.strip() for part in s.partition("|")[::2]) for s in args.signer]
            if len(people) != 2 or not all(name for name, _ in people):
                raise ReportProblem("Give two signers, each as --signer 'Name|Job title'.")
            set_signers(store, people)  # type: ignore[arg-type]
        cert = write_certificate_pdf(
            store, args.enrolment, args.out, args.lang, operator=args.operator
        )
    kind = "Duplicate of certificate" if cert["duplicate"] else "Certificate"
    print(f"{kind} {cert['number']} (check code {cert['code']}) written to {args.out}")
    return 0


def cmd_certificate_list(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.certificate_list import write_certificate_list

    with open_store(args) as store:
        n = write_certificate_list(store, args.out, args.lang)
    print(f"{n} issued certificates listed in {args.out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.certificate import verify_certificate

    with open_store(args) as store:
        cert = verify_certificate(store, args.number, args.code)
    keys = ("number", "holder", "current_holder", "course", "course_title", "end_date")
    facts = {k: cert[k] for k in keys}
    if args.json:
        print_json({"valid": True, **facts})
    else:
        print(
            f"Valid: certificate {facts['number']} of {facts['holder']} for "
            f"{facts['course_title'] or facts['course']}, completed {facts['end_date']}."
            + (f" The register now spells the name '{cert['current_holder']}'."
               if cert["current_holder"] != cert["holder"] else "")
        )  # fmt: skip
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.labels_pdf import select_items, write_labels_pdf

    with open_store(args) as store:
        from bordertrack.i18n import normalise, store_language

        lang = normalise(args.lang) if args.lang else store_language(store)
        where = parse_assignments(args.where)
        items = select_items(store, where, include_gone=args.all, lang=lang)
        n = write_labels_pdf(store, args.out, items, lang=lang)
    print(f"{n} labels written to {args.out}")
    return 0


def cmd_attendance(args: argparse.Namespace) -> int:
    from bordertrack.services.reports.attendance_sheet import write_attendance_sheet

    with open_store(args) as store:
        n = write_attendance_sheet(store, args.session, args.out, args.lang)
    print(f"Attendance sheet for {n} people written to {args.out}")
    return 0


def cmd_import_register(args: argparse.Namespace) -> int:
    from bordertrack.services.register_import.cli import run_import

    with open_store(args) as store:
        text = run_import(store, args, parse_assignments(args.map), parse_assignments(args.default))
    # Cell text and sheet names come from outside: each printed line has its controls escaped.
    print("\n".join(shown(line, 4000) for line in text.splitlines()))
    return 0
