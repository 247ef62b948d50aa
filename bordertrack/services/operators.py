"""The post's operator list: who may sit at this keyboard, so every edit names a person.

Kept as a JSON list in the local setting `operators` (it does not travel in bundles: each
post keeps its own list). The chosen name goes into `operator=` of every edit.
"""

from __future__ import annotations

import json

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.store.database import Store

MAX_NAME = 60


class BadOperator(BorderTrackError):
    """A name that cannot be an operator; worded where it is raised (a marked template)."""


def list_operators(store: Store) -> list[str]:
    """The names in the order they were added."""
    try:
        names = json.loads(store.setting("operators") or "[]")
    except ValueError:
        return []
    return [str(n) for n in names if isinstance(n, str) and n.strip()]


def _save(store: Store, names: list[str]) -> None:
    store.set_setting("operators", json.dumps(names, ensure_ascii=False))


def clean_name(name: str) -> str:
    """One line, collapsed spaces, a sane length: what the change log records."""
    text = " ".join(str(name).split())
    if not text:
        raise BadOperator(error_template("An operator needs a name; type the person's name."))
    if len(text) > MAX_NAME:
        raise BadOperator(
            error_template("An operator's name has at most {limit} characters; shorten it."),
            limit=MAX_NAME,
        )
    return text


def add_operator(store: Store, name: str) -> str:
    text = clean_name(name)
    names = list_operators(store)
    if any(n.casefold() == text.casefold() for n in names):
        raise BadOperator(error_template("'{text}' is already in the operator list."), text=text)
    _save(store, [*names, text])
    return text


def remove_operator(store: Store, name: str) -> None:
    """Past edits keep the name; only the list for new sessions changes."""
    names = list_operators(store)
    kept = [n for n in names if n.casefold() != " ".join(name.split()).casefold()]
    if len(kept) == len(names):
        raise BadOperator(
            error_template("'{name}' is not in the operator list; see 'operators list'."), name=name
        )
    _save(store, kept)


def check_operator(store: Store, name: str) -> str:
    """The name to record: must be on the list when the list is not empty."""
    names = list_operators(store)
    text = " ".join(str(name or "").split())
    if not names:
        return text
    for n in names:
        if n.casefold() == text.casefold():
            return n
    raise BadOperator(
        error_template("'{name}' is not on this device's operator list; choose one of: {names}."),
        name=text or error_template("(nobody)"),
        names=", ".join(names),
    )
