"""`--default field=value` for a register import: checked once, before any row, in the words
the person uses, with the nearest choices named when a value is not known."""

from __future__ import annotations

import difflib
from typing import Any

from bordertrack.domain.entities import ENTITIES, entity
from bordertrack.domain.errors import BorderTrackError, Label, error_template
from bordertrack.domain.fields import Kind
from bordertrack.i18n import store_language
from bordertrack.services.register_import import words
from bordertrack.services.register_import.headers import _unknown_field
from bordertrack.services.register_import.values import NotRead, Resolver, convert
from bordertrack.store.database import Store


def check_defaults(store: Store, entity_name: str, defaults: dict[str, Any]) -> dict[str, Any]:
    """The defaults as field values; raises one line naming the field and the nearest values."""
    e = entity(entity_name)
    lang = store_language(store)
    resolver = Resolver(store)
    out: dict[str, Any] = {}
    for name, raw in defaults.items():
        if not e.has_field(name):
            raise BorderTrackError(_unknown_field(e, name))
        f = e.field(name)
        try:
            value = convert(f, raw)
        except NotRead as exc:
            raise BorderTrackError(
                error_template("--default {name}: {exc}"), name=name, exc=exc
            ) from None
        if value is None:
            continue
        if f.kind == Kind.VOCAB and f.vocab:
            code = words.match(f.vocab, str(value))
            if code is None:
                near = ", ".join(words.suggest(f.vocab, str(value), lang))
                raise BorderTrackError(
                    error_template(
                        "--default {name}={raw}: '{raw}' is not a {label}; nearest: {near}."
                    ),
                    name=name,
                    raw=raw,
                    label=Label(f.label, "field", lower=True),
                    near=near,
                )
            value = code
        elif f.kind == Kind.REF and f.ref and ENTITIES[f.ref].key != "id":
            code = resolver.known(f.ref, str(value))
            if code is None:
                known = list(resolver.codes(f.ref).values())
                near = difflib.get_close_matches(str(value).upper(), known, n=3, cutoff=0.3)
                choices = ", ".join(dict.fromkeys(near or known[:5])) or "none yet"
                raise BorderTrackError(
                    error_template(
                        "--default {name}={raw}: no {label} '{raw}' on this device; nearest: "
                        "{choices}."
                    ),
                    name=name,
                    raw=raw,
                    label=Label(f.label, "field", lower=True),
                    choices=choices,
                )
            value = code
        out[name] = value
    return out
