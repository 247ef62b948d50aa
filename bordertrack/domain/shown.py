"""Showing text that came from outside (file names, device names, card fields, cell text).

A newline inside a file name can print a fake "all good" line; an escape sequence in a
device name can rewrite the terminal; right-to-left overrides reorder what a person
reads; a file name that is not valid UTF-8 reaches Python as lone surrogates that cannot
be printed at all. `shown()` turns every such character into a visible escape, so what
is printed is exactly one line of what the thing really is called.
"""

from __future__ import annotations

import re

MAX_SHOWN = 200

# C0 and C1 controls, DEL, line/paragraph separators, bidirectional controls,
# zero-width characters, lone surrogates (undecodable bytes of a file name).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def shown(text: object, limit: int = MAX_SHOWN) -> str:
    """`text` safe to print on one line: controls escaped, cut to `limit` characters."""
    value = str(text)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return _UNSAFE.sub(_escape, value)


def one_line(text: str) -> str:
    """`text` with every character `shown` escapes escaped, and nothing cut; `text`
    itself (a label to translate, say) when there is none."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text
