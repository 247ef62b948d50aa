"""Languages without Qt: codes, locales, and the translated text of the .ts catalogues for reports.

The GUI translates through Qt (`bordertrack.gui.translations`). Reports and the hand-over act
are written by the core, which must not import Qt, so they read the same `.ts` files here:
one catalogue for the whole product. Mark report text with `translate(lang, "report", "...")`
(literal context and text) so `installer/update_translations.py` collects it.
"""

from __future__ import annotations

from functools import lru_cache

from defusedxml import ElementTree

from bordertrack.resources import resource_path

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}
# The locale whose dates and numbers each language uses (QLocale names).
LOCALES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}


def normalise(lang: str | None) -> str:
    """A known language code; anything else (None, "", "tg", "ru_RU") maps to its base or English."""
    code = (lang or "en").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGE_NAMES else "en"


@lru_cache(maxsize=8)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> finished translation, read from resources/i18n/bordertrack_<lang>.ts."""
    lang = normalise(lang)
    path = resource_path("i18n", f"bordertrack_{lang}.ts")
    if lang == "en" or not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if (
                source is None
                or tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
            ):
                continue
            if tr.text:
                out[(name, source)] = tr.text
    return out


def translate(lang: str | None, context: str, text: str) -> str:
    """`text` in `lang` when the catalogue has it, else the English `text` itself."""
    return catalogue(normalise(lang)).get((context, text), text)


def vocab_label(lang: str | None, vocab: str, code: str | None) -> str:
    """A vocabulary code's label for people reading a report; the stored code never changes."""
    from bordertrack.domain.vocabularies import VOCABULARIES

    if not code:
        return ""
    english = VOCABULARIES.get(vocab, {}).get(code)
    return str(code) if english is None else translate(lang, "vocab", english)


def field_label(lang: str | None, entity: str, field: str) -> str:
    from bordertrack.domain.entities import ENTITIES

    return translate(lang, "field", ENTITIES[entity].field(field).label)


def entity_label(lang: str | None, entity: str, plural: bool = False) -> str:
    from bordertrack.domain.entities import ENTITIES

    e = ENTITIES[entity]
    return translate(lang, "entity", e.plural if plural else e.label)


def store_language(store) -> str:
    """The language chosen on this device (settings key `language`), English by default."""
    return normalise(store.setting("language"))
