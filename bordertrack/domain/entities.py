"""The one declaration of every synced entity.

DDL, validation, editor forms, table columns, bundle sheets and report columns are all
derived from ENTITIES; nothing else lists an entity's fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from bordertrack.domain.fields import Field, Kind, date, longtext, number, ref, text, vocab


class Scope(StrEnum):
    """Which devices may change records of an entity (docs/architecture.md, the sync model)."""

    REFERENCE = "reference"  # coordinator only
    PEOPLE = "people"  # trainer, coordinator, and a post for its own people
    TRAINING = "training"  # trainer and coordinator
    POST = "post"  # the post the record belongs to, and coordinator


@dataclass(frozen=True)
class Entity:
    """An entity: its table, fields and the rules sync and the GUI apply to it.

    `key` is the field other records use to point at this one: the human code for
    reference data (so a post can name a crossing point it has not received yet),
    the random id for everything else. `post_field` names the field that says which
    post a record belongs to; scope and need-to-know filtering read it.
    `natural_keys` are fields that identify the same real thing when created twice.
    `event` entities are appended records (checks, marks, inspections) that never
    conflict with each other.
    """

    name: str
    label: str
    plural: str
    fields: tuple[Field, ...]
    scope: Scope
    title: tuple[str, ...]
    key: str = "id"
    post_field: str | None = None
    natural_keys: tuple[str, ...] = ()
    event: bool = False
    # Columns a person reads first, kept at the left of the table (a narrow window still
    # shows them); the rest follow in declaration order.
    lead: tuple[str, ...] = ()
    # Columns the store computes from other records (name, SQL type), kept next to the
    # declared ones: an item's last verification by a stock-take check.
    derived: tuple[tuple[str, str], ...] = ()
    # A large table searched by text: the store keeps an index of its searchable text, so a
    # search reads that index rather than every row (`store.schema.search_index_ddl`).
    search_index: bool = False

    @property
    def table(self) -> str:
        return self.name

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def has_field(self, name: str) -> bool:
        return name in self._names

    @cached_property
    def _names(self) -> frozenset[str]:
        """Asked once per record of every merge: a set, not a walk of the fields (a changed
        declaration is a new Entity, `dataclasses.replace`, with its own set)."""
        return frozenset(f.name for f in self.fields)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def filter_fields(self) -> tuple[str, ...]:
        """The fields the entity's table offers a drop-down filter on, in declaration order."""
        return tuple(f.name for f in self.fields if f.filter)

    @property
    def date_pairs(self) -> tuple[tuple[str, str], ...]:
        """(earlier, later) date fields whose order a record must keep."""
        return tuple((f.not_before, f.name) for f in self.fields if f.not_before)

    @property
    def defaults(self) -> dict[str, object]:
        """Values a new record gets for fields left empty."""
        return {f.name: f.default for f in self.fields if f.default is not None}


AGENCY = Entity(
    "agency",
    "Agency",
    "Agencies",
    (
        text("code", "Code", required=True, max_len=20, searchable=True),
        text("name", "Name", required=True, searchable=True),
        text("name_ru", "Name (Russian)", in_list=False),
        text("name_ky", "Name (Kyrgyz)", in_list=False),
        vocab("kind", "Kind", "agency_kind", required=True),
        text("country", "Country", max_len=60),
    ),
    Scope.REFERENCE,
    title=("name",),
    key="code",
    natural_keys=("code",),
)

POST = Entity(
    "post",
    "Crossing point",
    "Crossing points",
    (
        text("code", "Code", required=True, max_len=20, searchable=True),
        text("name", "Name", required=True, searchable=True),
        text("name_ru", "Name (Russian)", in_list=False),
        text("name_ky", "Name (Kyrgyz)", in_list=False),
        text("region", "Region", max_len=60, searchable=True),
        ref("agency", "Agency", "agency"),
        vocab("kind", "Kind", "post_kind"),
        text("border_with", "Border with", max_len=60),
    ),
    Scope.REFERENCE,
    title=("name",),
    key="code",
    natural_keys=("code",),
)

PROJECT = Entity(
    "project",
    "Project",
    "Projects",
    (
        text("code", "Code", required=True, max_len=20, searchable=True),
        text("name", "Name", required=True, searchable=True),
        text("donor", "Donor", required=True, searchable=True),
        number("budget", "Budget", Kind.MONEY, minimum=0),
        text("currency", "Currency", max_len=3),
        date("start_date", "Start"),
        date("end_date", "End", not_before="start_date"),
    ),
    Scope.REFERENCE,
    title=("code", "name"),
    key="code",
    natural_keys=("code",),
)

EQUIPMENT_MODEL = Entity(
    "equipment_model",
    "Equipment model",
    "Equipment models",
    (
        text("code", "Code", required=True, max_len=40, searchable=True),
        text("name", "Name", required=True, searchable=True),
        text("name_ru", "Name (Russian)", in_list=False),
        text("name_ky", "Name (Kyrgyz)", in_list=False),
        vocab("category", "Category", "equipment_category", required=True, filter=True),
        text("manufacturer", "Manufacturer", searchable=True),
        number("unit_value", "Unit value", Kind.MONEY, minimum=0),
    ),
    Scope.REFERENCE,
    title=("name",),
    key="code",
    natural_keys=("code",),
)

COURSE = Entity(
    "course",
    "Course",
    "Courses",
    (
        text("code", "Code", required=True, max_len=20, searchable=True),
        text("title", "Title", required=True, searchable=True),
        number("duration_days", "Days", minimum=1, maximum=365),
        number("hours", "Hours", minimum=1, maximum=3000),
        number("pass_attendance", "Attendance to pass (%)", Kind.PERCENT, minimum=0, maximum=100),
        longtext("description", "Description"),
    ),
    Scope.TRAINING,
    title=("code", "title"),
    key="code",
    natural_keys=("code",),
)

PERSON = Entity(
    "person",
    "Person",
    "People",
    (
        text("full_name", "Full name", required=True, searchable=True, headers=(
            "full name", "name", "trainee", "participant", "фио", "ф и о", "имя",
            "фамилия имя отчество", "фамилия имя", "слушатель", "участник", "аты жөнү",
            "аты жону", "фамилиясы аты", "толук аты",
        )),
        vocab("sex", "Sex", "sex", required=True, headers=(
            "sex", "gender", "m f", "пол", "жынысы",
        )),
        ref("agency", "Agency", "agency", headers=(
            "agency", "service", "organisation", "organization", "ведомство", "служба",
            "организация", "орган", "мекеме", "кызмат",
        )),
        text("rank", "Rank", max_len=60, headers=(
            "rank", "звание", "должность звание", "спец звание", "наамы",
        )),
        ref("post", "Post", "post", filter=True, headers=(
            "post", "crossing point", "duty station", "пост", "пункт пропуска", "кпп",
            "место службы", "бекет", "өткөрүү пункту", "кызмат орду",
        )),
        text("service_number", "Service number", max_len=40, searchable=True, headers=(
            "service number", "service no", "personnel number", "personnel no", "id number",
            "badge", "табельный номер", "табельный no", "личный номер", "личный no", "табельный",
            "табель номери", "жеке номери",
        )),
        vocab("kind", "Kind", "person_kind", headers=(
            "kind", "person kind", "role", "роль", "ролу",
        )),
        text("phone", "Phone", max_len=40, in_list=False, headers=(
            "phone", "telephone", "mobile", "телефон", "тел", "моб", "телефону",
        )),
    ),
    Scope.PEOPLE,
    title=("full_name", "service_number"),
    post_field="post",
    natural_keys=("service_number",),
)  # fmt: skip

EQUIPMENT = Entity(
    "equipment",
    "Equipment item",
    "Equipment",
    (
        text("asset_tag", "Asset tag", required=True, max_len=40, searchable=True, headers=(
            "asset tag", "asset no", "asset number", "inventory number", "inventory no", "inv no",
            "tag", "инв номер", "инвентарный номер", "инв no", "инвентарный no", "инвентарный",
            "инвентардык номери", "инвентардык no",
        )),
        text("serial", "Serial", max_len=80, searchable=True, headers=(
            "serial", "serial number", "serial no", "s n", "sn", "серийный номер", "серийный no",
            "заводской номер", "зав номер", "зав no", "серийный", "заводской no",
            "сериялык номери", "сериялык no", "завод номери",
        )),
        vocab("category", "Category", "equipment_category", required=True, filter=True, headers=(
            "category", "type", "equipment type", "категория", "тип", "вид", "категориясы",
            "түрү",
        )),
        ref("model", "Model", "equipment_model", searchable=True, headers=(
            "model", "name", "item", "description", "equipment", "модель", "наименование",
            "наименование оборудования", "оборудование", "наименование имущества", "аталышы",
            "жабдуу", "модели",
        )),
        ref("project", "Project", "project", filter=True, headers=(
            "project", "проект", "программа", "долбоор",
        )),
        number("value", "Value", Kind.MONEY, minimum=0, headers=(
            "value", "price", "cost", "unit value", "unit cost", "unit price", "amount",
            "стоимость", "цена", "сумма", "балансовая стоимость", "цена за единицу", "баасы",
            "наркы",
        )),
        date("received_date", "Received", headers=(
            "received", "received date", "date received", "delivery date", "date of receipt",
            "дата получения", "дата поступления", "получено", "дата", "дата ввода в эксплуатацию",
            "алынган күнү", "келген күнү", "күнү",
        )),
        ref("handover_act", "Hand-over act", "handover_act", in_list=False),
        ref("post", "Post", "post", required=True, filter=True, headers=(
            "post", "crossing point", "location", "пост", "пункт пропуска", "кпп",
            "местонахождение", "бекет", "өткөрүү пункту", "жайгашкан жери",
        )),
        ref("holder", "Holder", "person", headers=(
            "holder", "responsible", "responsible person", "assigned to", "ответственный",
            "ответственное лицо", "мол", "материально ответственное лицо", "закреплено за",
            "за кем закреплено", "пользователь", "жооптуу адам", "жооптуу",
        )),
        vocab("status", "Status", "equipment_status", required=True, filter=True, default="in_service", headers=(
            "status", "condition", "state", "состояние", "статус", "техническое состояние",
            "абалы",
        )),
        date("status_date", "Status since", in_list=False),
        text("status_reason", "Reason", in_list=False),
        longtext("notes", "Notes", searchable=True, headers=(
            "notes", "note", "comment", "comments", "remarks", "примечание", "примечания",
            "комментарий", "эскертүү", "эскертүүлөр",
        )),
    ),
    Scope.POST,
    title=("asset_tag", "serial"),
    post_field="post",
    natural_keys=("asset_tag", "serial"),
    lead=("asset_tag", "status", "holder", "post"),
    derived=(("_last_verified", "TEXT"),),
    search_index=True,
)  # fmt: skip

STOCK_CHECK = Entity(
    "stock_check",
    "Stock-take check",
    "Stock-take checks",
    (
        ref("item", "Item", "equipment", required=True),
        ref("post", "Post", "post", required=True, filter=True),
        date("checked_on", "Checked on", required=True),
        vocab("result", "Result", "check_result", required=True),
        text("checked_by", "Checked by"),
        text("notes", "Notes"),
    ),
    Scope.POST,
    title=("checked_on", "result"),
    post_field="post",
    event=True,
)

HANDOVER_ACT = Entity(
    "handover_act",
    "Hand-over act",
    "Hand-over acts",
    (
        text("number", "Number", required=True, max_len=40, searchable=True),
        date("act_date", "Date", required=True),
        ref("project", "Project", "project", filter=True),
        text("from_org", "From organisation"),
        ref("from_agency", "From agency", "agency"),
        ref("from_post", "From post", "post"),
        ref("from_person", "From person", "person"),
        ref("to_agency", "To agency", "agency"),
        ref("to_post", "To post", "post", required=True),
        ref("to_person", "To person", "person"),
        text("place", "Place of signing"),
        text("handed_by", "Handed over by", required=True),
        text("handed_by_title", "Job title (handing over)"),
        text("received_by", "Received by", required=True),
        text("received_by_title", "Job title (receiving)"),
        longtext("notes", "Notes"),
    ),
    Scope.POST,
    title=("number", "act_date"),
    post_field="from_post",
)

HANDOVER_ITEM = Entity(
    "handover_item",
    "Hand-over act line",
    "Hand-over act lines",
    (
        ref("act", "Act", "handover_act", required=True),
        ref("item", "Item", "equipment", required=True),
        ref("post", "Post", "post", required=True, filter=True),
        vocab("condition", "Condition", "item_condition"),
    ),
    Scope.POST,
    title=("act", "item"),
    post_field="post",
    event=True,
)

TRAINING_SESSION = Entity(
    "training_session",
    "Course session",
    "Course sessions",
    (
        ref("course", "Course", "course", required=True, searchable=True),
        date("start_date", "Start", required=True),
        date("end_date", "End", required=True, not_before="start_date"),
        text("place", "Place", searchable=True),
        ref("post", "Host post", "post", filter=True),
        text("trainers", "Trainers", searchable=True),
        ref("project", "Project", "project", filter=True),
        vocab("status", "Status", "session_status", filter=True),
    ),
    Scope.TRAINING,
    title=("course", "start_date"),
)

ENROLMENT = Entity(
    "enrolment",
    "Enrolment",
    "Enrolments",
    (
        ref("session", "Session", "training_session", required=True),
        ref("person", "Person", "person", required=True),
        vocab("result", "Result", "enrolment_result"),
        number("score", "Score", Kind.REAL, minimum=0, maximum=100),
        text("certificate_number", "Certificate", max_len=40, searchable=True),
        date("certificate_issued", "Certificate issued", in_list=False),
        text("certificate_holder", "Name on certificate", in_list=False),
        text("certificate_code", "Certificate check code", max_len=20, in_list=False),
    ),
    Scope.TRAINING,
    title=("person", "session"),
)

ATTENDANCE = Entity(
    "attendance",
    "Attendance mark",
    "Attendance",
    (
        ref("enrolment", "Enrolment", "enrolment", required=True),
        date("day", "Day", required=True),
        vocab("mark", "Mark", "attendance_mark", required=True),
        text("note", "Note"),
    ),
    Scope.TRAINING,
    title=("day", "mark"),
    event=True,
)

FACILITY = Entity(
    "facility",
    "Facility",
    "Facilities",
    (
        text("name", "Name", required=True, searchable=True),
        ref("post", "Post", "post", required=True, filter=True),
        vocab("type", "Type", "facility_type", required=True),
        ref("project", "Project", "project", filter=True),
        text("contractor", "Contractor", searchable=True),
        vocab("status", "Status", "facility_status", required=True, filter=True),
        number("percent_complete", "Complete (%)", Kind.PERCENT, minimum=0, maximum=100),
        date("planned_start", "Planned start"),
        date("planned_end", "Planned end", not_before="planned_start"),
        date("actual_start", "Actual start"),
        date("actual_end", "Actual end", not_before="actual_start"),
        number("contract_value", "Contract value", Kind.MONEY, minimum=0, in_list=False),
        longtext("notes", "Notes"),
    ),
    Scope.POST,
    title=("name",),
    post_field="post",
)

INSPECTION = Entity(
    "inspection",
    "Inspection",
    "Inspections",
    (
        ref("facility", "Facility", "facility", required=True),
        ref("post", "Post", "post", required=True, filter=True),
        date("inspected_on", "Inspected on", required=True),
        text("inspector", "Inspector", required=True),
        vocab("status_found", "Status found", "facility_status"),
        number("percent_complete", "Complete (%)", Kind.PERCENT, minimum=0, maximum=100),
        longtext("notes", "Notes"),
    ),
    Scope.POST,
    title=("inspected_on", "inspector"),
    post_field="post",
    event=True,
)

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        AGENCY,
        POST,
        PROJECT,
        EQUIPMENT_MODEL,
        COURSE,
        PERSON,
        EQUIPMENT,
        STOCK_CHECK,
        HANDOVER_ACT,
        HANDOVER_ITEM,
        TRAINING_SESSION,
        ENROLMENT,
        ATTENDANCE,
        FACILITY,
        INSPECTION,
    )
}


def entity(name: str) -> Entity:
    """The entity called `name`; raises UnknownEntity with the list of valid names."""
    try:
        return ENTITIES[name]
    except KeyError:
        from bordertrack.domain.errors import UnknownEntity

        raise UnknownEntity(name, sorted(ENTITIES)) from None
