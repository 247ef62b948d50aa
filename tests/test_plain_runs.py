"""The scan's plain-run shortcut takes out exactly what the same pattern without possessive
quantifiers takes out: possessive only stops the engine giving bytes back, which must never
change a match (each quantified part is followed by a byte it cannot hold)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bordertrack.sync.bundle_xml import PLAIN_RUNS

GREEDY = re.compile(
    PLAIN_RUNS.pattern.replace(b"*+", b"*")
    .replace(b"++", b"+")
    .replace(b"?+", b"?")
    .replace(b"}+", b"}")
)

PIECES = [
    b'<row r="7">',
    b'<row r="12" spans="1:10">',
    b'<row r="3" hidden="1">',
    b'<row r="3" ht="2">',
    b'<row r="4" ht="15.0">',
    b"</row>",
    b'<c r="B7" t="s"><v>12</v></c>',
    b'<c r="C7"/>',
    b'<c r="AB12" s="2" t="inlineStr"><is><t>text</t></is></c>',
    b'<c r="D7"><v>1&amp;2</v></c>',
    b'<c r="E7" t="s"><f>1+1</f><v>2</v></c>',
    b'<x:c r="F7"><v>1</v></x:c>',
    b"<si><t>a b</t></si>",
    b'<si><t xml:space="preserve"> a </t></si>',
    b"<si><r><t>run</t></r></si>",
    b"<c",
    b'r="',
    b'"',
    b"<",
    b">",
    b" ",
    b"7",
    b"A",
    b"</c>",
    b"<v>",
    b"</v>",
    b"text",
    b'<c r="G7" t="s">',
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_possessive_runs_match_the_greedy_pattern(pieces: list[bytes]) -> None:
    chunk = b"".join(pieces)
    assert PLAIN_RUNS.sub(b"", chunk) == GREEDY.sub(b"", chunk)


def test_the_shortcut_still_takes_out_plain_rows_and_keeps_anything_else() -> None:
    plain = b'<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>'
    hidden = b'<row r="2" hidden="1"><c r="A2"><v>1</v></c></row>'
    assert PLAIN_RUNS.sub(b"", plain + hidden + plain) == hidden
    assert GREEDY.pattern != PLAIN_RUNS.pattern  # the comparison above is not with itself
