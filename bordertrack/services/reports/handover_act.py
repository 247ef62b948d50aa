"""What a hand-over act says, read from the register in the act's language.

An act moves equipment between the parties of the field: a donor project or its implementing
organisation to an agency or a post, a post to a post, a post to an officer (issue) and an
officer back to a post (return). Reference names (agencies, posts, models) are given in the
act's language where the reference data has them (name_ru, name_ky), else as entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.errors import error_template
from bordertrack.i18n import translate
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.store.database import Store
from bordertrack.store.query import live

# A status says what the condition was when the act did not record one.
_CONDITION_FROM_STATUS = {
    "in_service": "good",
    "in_storage": "good",
    "under_repair": "needs_repair",
    "broken": "needs_repair",
    "written_off": "unserviceable",
}


@dataclass
class Party:
    """One side of the act: the organisation, and the person who signs with their job title."""

    organisation: str
    name: str
    job_title: str


@dataclass
class Act:
    """The act's header, its two parties and its item lines."""

    number: str
    date: str
    kind: str  # delivery | transfer | issue | return
    place: str
    donor: str
    project: str
    notes: str
    giver: Party
    receiver: Party
    items: list[dict[str, Any]] = field(default_factory=list)

    def totals(self) -> list[tuple[str, int, float]]:
        """(currency, items, value) per currency, valued items only; never one sum of two."""
        out: dict[str, list[float]] = {}
        for item in self.items:
            if item["value"] is not None:
                t = out.setdefault(item["currency"], [0, 0.0])
                t[0] += 1
                t[1] += item["value"]
        return [(cur, int(n), v) for cur, (n, v) in sorted(out.items())]

    @property
    def unvalued(self) -> int:
        return sum(1 for i in self.items if i["value"] is None)


def _name(alias: str, lang: str) -> str:
    """The SQL for a reference name in `lang`, falling back to the name as entered."""
    if lang in ("ru", "ky"):
        return f"COALESCE(NULLIF({alias}.name_{lang}, ''), {alias}.name)"
    return f"{alias}.name"


def load_act(store: Store, act_id: str, lang: str) -> Act:
    """The act by id or number, with names in `lang`; a one-line error for an unknown act."""
    n = {a: _name(a, lang) for a in ("fp", "tp", "fa", "ta", "fpa", "tpa", "fpe", "tpe")}
    row = store.conn.execute(
        f"""SELECT a.id, a.number, a.act_date, COALESCE(a.place, ''), a.notes, a.from_org,
                  {n["fa"]}, {n["fpa"]}, {n["fp"]}, a.from_post, fper.full_name, fper.rank,
                  {n["ta"]}, {n["tpa"]}, {n["tp"]}, a.to_post, tper.full_name, tper.rank,
                  a.handed_by, a.handed_by_title, a.received_by, a.received_by_title,
                  a.project, pr.name, pr.donor, pr.currency, a.from_person, a.to_person
           FROM handover_act a
           LEFT JOIN post fp ON fp.code = a.from_post LEFT JOIN post tp ON tp.code = a.to_post
           LEFT JOIN agency fa ON fa.code = a.from_agency LEFT JOIN agency ta ON ta.code = a.to_agency
           LEFT JOIN agency fpa ON fpa.code = fp.agency LEFT JOIN agency tpa ON tpa.code = tp.agency
           LEFT JOIN person fper ON fper.id = a.from_person
           LEFT JOIN person tper ON tper.id = a.to_person
           LEFT JOIN project pr ON pr.code = a.project
           WHERE (a.id = :act OR a.number = :act) AND {live("a")}""",
        {"act": act_id},
    ).fetchone()
    if row is None:
        raise ReportProblem(
            error_template(
                "No hand-over act '{act_id}'; give the act's id or number (see 'list "
                "handover_act')."
            ),
            act_id=act_id,
        )
    (aid, number, date, place, notes, from_org, fa, fpa, fp, fp_code, fper, frank,
     ta, tpa, tp, tp_code, tper, trank, handed, handed_t, received, received_t,
     project, project_name, donor, currency, from_person, to_person) = row  # fmt: skip
    if from_person:
        kind = "return"
    elif to_person:
        kind = "issue"
    elif from_org or not fp_code:
        kind = "delivery"
    else:
        kind = "transfer"
    giver_org = from_org or _join(fa or fpa, fp or fp_code)
    receiver_org = _join(ta or tpa, tp or tp_code)
    giver = Party(giver_org, handed or fper or "", handed_t or (frank if from_person else "") or "")
    receiver = Party(
        receiver_org, received or tper or "", received_t or (trank if to_person else "") or ""
    )
    act = Act(number, date, kind, place, donor or "", _join(project, project_name, sep=" - "),
              notes or "", giver, receiver)  # fmt: skip
    act.items = _items(store, aid, lang, currency or "", delivery=kind == "delivery")
    if not project:  # an act between posts names the projects and donors of its items
        funded = sorted({(i["donor"], i["project"]) for i in act.items if i["project"]})
        act.donor = "; ".join(dict.fromkeys(d for d, _ in funded if d))
        act.project = "; ".join(p for _, p in funded)
    return act


def _join(*parts: str | None, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _items(
    store: Store, act_id: str, lang: str, act_currency: str, delivery: bool
) -> list[dict[str, Any]]:
    """Lines ordered by asset tag; each value in its own project's currency."""
    rows = store.conn.execute(
        f"""SELECT e.asset_tag, e.serial, COALESCE({_name("m", lang)}, e.model), e.category,
                  e.value, COALESCE(NULLIF(pr.currency, ''), ?), h.condition, e.status,
                  pr.donor, e.project || COALESCE(' - ' || pr.name, '')
           FROM handover_item h JOIN equipment e ON e.id = h.item
           LEFT JOIN equipment_model m ON m.code = e.model
           LEFT JOIN project pr ON pr.code = e.project
           WHERE h.act = ? AND {live("h")} ORDER BY e.asset_tag""",
        (act_currency, act_id),
    ).fetchall()
    out = []
    for tag, serial, model, category, value, cur, condition, status, donor, project in rows:
        if not condition:
            condition = "new" if delivery else _CONDITION_FROM_STATUS.get(status or "", "")
        out.append({"asset_tag": tag or "", "serial": serial or "", "model": model or "",
                    "category": category, "value": value, "currency": cur or "",
                    "quantity": 1, "condition": condition, "donor": donor or "",
                    "project": project or ""})  # fmt: skip
    return out


def act_title(lang: str, kind: str) -> str:
    """The act's name for its kind, with {number} to fill."""
    return {
        "delivery": translate(lang, "report", "Act of delivery and acceptance of equipment No. {number}"),
        "transfer": translate(lang, "report", "Act of hand-over and acceptance of equipment No. {number}"),
        "issue": translate(lang, "report", "Act of issue of equipment for personal use No. {number}"),
        "return": translate(lang, "report", "Act of return of equipment No. {number}"),
    }[kind]  # fmt: skip
