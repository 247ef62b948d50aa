"""Reading what people write as a vocabulary code: "Видеокамера нагрудная" is a body camera,
"исправно" is in service, "Прочее" is other.

The words come from the one declaration (domain/vocabularies.WORDS) plus every code, its
English label and the label's translations. An exact match wins; otherwise the declared
phrase with most words whose words each begin a word of the text ("радиостанция" in
"Радиостанция портативная"), with Russian and Kyrgyz endings ignored; abbreviations only as
whole words. What matches nothing is None: the caller decides (other, and a review flag).
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from bordertrack.domain.vocabularies import VOCABULARIES, WORD_LANGUAGES, words
from bordertrack.i18n import LANGUAGE_NAMES, vocab_label
from bordertrack.services.register_import.headers import normalise


def _stem(word: str) -> str:
    """'нагрудная' and 'нагрудный' share 'нагрудн': endings are cut from long words."""
    return word[:-2] if len(word) >= 6 else word


@lru_cache(maxsize=64)
def _tables(vocab: str) -> tuple[dict[str, str], list[tuple[tuple[str, ...], str]], dict[str, str]]:
    """(exact text -> code, [(phrase stems, code)] longest first, abbreviation -> code)."""
    exact: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    abbr: dict[str, str] = {}
    for code, english in VOCABULARIES[vocab].items():
        texts = [code.replace("_", " "), english]
        texts += [vocab_label(lang, vocab, code) for lang in LANGUAGE_NAMES]
        declared = words(vocab, code)
        for lang in WORD_LANGUAGES:
            if lang != "abbr":
                texts += declared.get(lang, ())
        for text in texts:
            key = normalise(text)
            if key:
                exact.setdefault(key, code)
                phrases.append((tuple(_stem(w) for w in key.split()), code))
        for text in declared.get("abbr", ()):
            abbr.setdefault(normalise(text), code)
            exact.setdefault(normalise(text), code)
    phrases.sort(key=lambda p: -len(p[0]))
    return exact, phrases, abbr


def _contains(stems: tuple[str, ...], words_: list[str]) -> bool:
    """Each stem begins a word of the text; stems of three letters or fewer ("car", "м")
    must be a whole word."""
    return all(any(w == s if len(s) <= 3 else w.startswith(s) for w in words_) for s in stems)


@lru_cache(maxsize=20_000)
def match(vocab: str, text: str) -> str | None:
    """The code `text` names in `vocab`, or None when no declared word fits."""
    key = normalise(text)
    if not key:
        return None
    exact, phrases, abbr = _tables(vocab)
    if key in exact:
        return exact[key]
    tokens = key.split()
    words_ = [_stem(w) for w in tokens]
    for stems, code in phrases:
        if len(stems) <= len(words_) and _contains(stems, words_):
            return code
    for i in range(len(tokens)):
        for j in (i + 2, i + 1):  # two-word abbreviations ("ip камера") before one-word
            if " ".join(tokens[i:j]) in abbr:
                return abbr[" ".join(tokens[i:j])]
    return None


def suggest(vocab: str, text: str, lang: str, n: int = 3) -> list[str]:
    """The nearest codes to a value that matched nothing, as 'Label (code)' in `lang`."""
    labels = {code: vocab_label(lang, vocab, code) for code in VOCABULARIES[vocab]}
    by_text = {normalise(label): code for code, label in labels.items()}
    by_text.update({normalise(code): code for code in labels})
    near = difflib.get_close_matches(normalise(text), list(by_text), n=n * 2, cutoff=0.3)
    codes = list(dict.fromkeys(by_text[t] for t in near))[:n] or list(labels)[:n]
    return [f"{labels[c]} ({c})" for c in codes]
