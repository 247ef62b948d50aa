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
# The locale whose dates and numbers each language uses (QLocale names). Qt's Kyrgyz locale
# writes short dates as d/M/yy, which reads as a US date; offices in Kyrgyzstan write
# 09.03.2026, as Qt's Russian-in-Kyrgyzstan locale does (see docs/decisions.md).
LOCALES = {"en": "en_GB", "ru": "ru_RU", "ky": "ru_KG"}


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


# Dates and numbers as the chosen locale writes them (the same as QLocale's short formats),
# for reports and the hand-over act written by the core.
_DATE_FORMATS = {"en": "%d/%m/%Y", "ru": "%d.%m.%Y", "ky": "%d.%m.%Y"}
_SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "ky": ("\u00a0", ",")}


def format_date(lang: str | None, value) -> str:
    """A date (or ISO text 'YYYY-MM-DD…') as people of `lang` write it; '' for nothing."""
    import datetime as dt

    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime(_DATE_FORMATS[normalise(lang)])


def format_number(lang: str | None, value, decimals: int = 0) -> str:
    """1234567.5 -> '1,234,567.50' (en) or '1 234 567,50' (ru, ky, with no-break spaces)."""
    if value is None or value == "":
        return ""
    group, point = _SEPARATORS[normalise(lang)]
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)
