"""One check per field: a local edit, a bundle's row and an import's values are refused by
the same rule, `domain.validation.check`."""

from __future__ import annotations

import pytest

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import ValidationError
from bordertrack.domain.validation import NUMBER_RULES, check
from bordertrack.services import records
from bordertrack.services.import_checks import ImpossibleValue, check_values
from bordertrack.store.changes import Change
from bordertrack.sync.bundle_parse import _Bad as RowProblem
from bordertrack.sync.bundle_parse import check_field

BAD = [
    ("equipment", "status", "borrowed", "vocabulary"),
    ("equipment", "asset_tag", "T" * 41, "max_length"),
    ("equipment", "received_date", "2026-02-30", "type"),
    ("equipment", "value", -1, "minimum"),
    ("facility", "percent_complete", 101, "maximum"),
    ("facility", "contract_value", float("inf"), "finite"),
    ("equipment", "model", "M" * 101, "max_length"),
]


@pytest.mark.parametrize(("entity", "field", "value", "rule"), BAD)
def test_each_way_in_refuses_by_the_same_rule(coordinator, entity, field, value, rule) -> None:
    f = ENTITIES[entity].field(field)
    assert [p.rule for p in check(f, value)] == [rule]
    with pytest.raises(ValidationError) as local:
        records.update(coordinator, entity, _record(coordinator, entity), {field: value})
    assert [p.rule for p in local.value.problems] == [rule]
    if rule in NUMBER_RULES:  # a bundle carries any number; the import refuses it
        check_field(f, field, value)
        with pytest.raises(ImpossibleValue):
            check_values([Change("d", 1, 1, entity, "r", field, value, "", "")])
    else:
        with pytest.raises(RowProblem) as parsed:
            check_field(f, field, value)
        assert field in str(parsed.value)


def test_good_values_pass_every_way(coordinator) -> None:
    f = ENTITIES["equipment"].field("received_date")
    assert check(f, "2026-03-31") == [] and check(f, None) == []
    check_field(f, "received_date", "2026-03-31")
    check_values([Change("d", 1, 1, "facility", "r", "percent_complete", 100, "", "")])


def test_a_bundle_row_names_the_field() -> None:
    f = ENTITIES["equipment"].field("status")
    with pytest.raises(RowProblem) as err:
        check_field(f, "status", "borrowed")
    assert "'borrowed' is not a code of status" in str(err.value)


def _record(store, entity: str) -> str:
    if entity == "equipment":
        values = {"asset_tag": "A-1", "category": "radio", "post": "DOS"}
    else:
        values = {"name": "Gate", "post": "DOS", "type": "fence", "status": "planned"}
    found = records.list_records(store, entity)
    return found[0]["id"] if found else records.create(store, entity, values)
