"""Who may change what: the scope rule, applied identically to local edits and to imports.

The decision depends only on the origin's role and post and on the record's own post
before and after the edit, so every device that holds the same changes decides alike.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from bordertrack.domain.entities import Entity, Scope
from bordertrack.domain.errors import Label, error_template


class Role(NamedTuple):
    role: str
    post: str | None


def allowed(e: Entity, who: Role | None, exists: bool, post_before: Any, post_after: Any) -> bool:
    """May `who` make this edit? `None` means an origin whose role nobody told us.

    An origin we know nothing about can only reach us relayed by a coordinator we trust,
    so its changes are taken on that coordinator's word.
    """
    if who is None or who.role == "coordinator":
        return True
    if e.scope == Scope.REFERENCE:
        return False
    if who.role == "trainer":
        return e.scope in (Scope.TRAINING, Scope.PEOPLE)
    if who.role != "post" or e.scope == Scope.TRAINING:
        return False
    # A post speaks for its own records: it may edit one while it is at the post
    # (including handing it to another post), and create one for itself.
    if exists:
        return post_before is not None and post_before == who.post
    return post_after is not None and post_after == who.post


def refusal(e: Entity, who: Role, post_before: Any) -> str:
    """The one-line reason a local edit is out of this device's scope."""
    template, params = refusal_template(e, who, post_before)
    return template.format(**params)


def refusal_template(e: Entity, who: Role, post_before: Any) -> tuple[str, dict[str, Any]]:
    """`refusal` as a template and its params, for an error the window translates."""
    if e.scope == Scope.REFERENCE:
        return error_template(
            "{entities} are reference data kept by the coordinator; ask the coordinator to "
            "change them."
        ), {"entities": Label(e.plural, "entity")}
    if who.role == "trainer":
        return error_template("A trainer's device records training and people, not {entities}."), {
            "entities": Label(e.plural, "entity", lower=True)
        }
    if e.scope == Scope.TRAINING:
        return error_template(
            "{entities} are kept by trainers; record them on a trainer's device."
        ), {"entities": Label(e.plural, "entity")}
    return error_template(
        "This {entity} belongs to post '{post}', not to this post '{my_post}'; only that post "
        "or a coordinator can change it."
    ), {
        "entity": Label(e.label, "entity", lower=True),
        "post": post_before or error_template("none"),
        "my_post": who.post,
    }
