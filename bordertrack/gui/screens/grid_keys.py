"""Which attendance mark a key press means, on Latin, Russian and Kyrgyz keyboard layouts.

A trainer with the Russian or Kyrgyz layout switched on presses the key labelled P and the
keyboard sends "з". So the grid reads keys in this order:

1. A Latin letter typed means itself (P, L, E, A), whatever the layout.
2. Otherwise the physical key: the P/L/E/A key position, read from the platform's native
   code (Windows virtual-key codes stay Latin on every layout; X11 and Wayland key codes
   and macOS key codes name the position).
3. Otherwise a Cyrillic letter: the letter on the same key of the ЙЦУКЕН layout (З Д У Ф)
   or the Cyrillic letter that looks like the mark's letter (Р Л Е А).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

MARKS = {"P": "present", "L": "late", "E": "excused", "A": "absent"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

# The native code of the physical keys P, L, E, A on each windowing system.
WINDOWS_VIRTUAL_KEYS = {0x50: "P", 0x4C: "L", 0x45: "E", 0x41: "A"}  # VK_P... (layout-free)
XKB_KEYCODES = {33: "P", 46: "L", 26: "E", 38: "A"}  # evdev code + 8 (X11, Wayland)
MAC_VIRTUAL_KEYS = {0x23: "P", 0x25: "L", 0x0E: "E", 0x00: "A"}  # kVK_ANSI_*

# Cyrillic letters a trainer may type for each mark.
CYRILLIC = {
    "З": "P", "Д": "L", "У": "E", "Ф": "A",  # same key on the ЙЦУКЕН layout
    "Р": "P", "Л": "L", "Е": "E", "А": "A",  # looks like the Latin letter
}  # fmt: skip


def physical_letter(event: QKeyEvent, platform: str | None = None) -> str | None:
    """The Latin letter printed on the key pressed (P, L, E or A), from native codes."""
    platform = platform if platform is not None else QGuiApplication.platformName()
    if platform == "windows":
        return WINDOWS_VIRTUAL_KEYS.get(event.nativeVirtualKey())
    if platform == "cocoa":
        return MAC_VIRTUAL_KEYS.get(event.nativeVirtualKey())
    return XKB_KEYCODES.get(event.nativeScanCode())


def mark_for_key(event: QKeyEvent, platform: str | None = None) -> str | None:
    """The mark this key press sets, or None when it is no mark key."""
    text = event.text().upper()
    if text.isascii() and text.isalpha():
        return MARKS.get(text)
    if not text:  # a key event without text (tests, some input methods): Qt's key code
        key = event.key()
        if Qt.Key.Key_A <= key <= Qt.Key.Key_Z:
            return MARKS.get(chr(key))
    letter = physical_letter(event, platform)
    if letter:
        return MARKS[letter]
    return MARKS.get(CYRILLIC.get(text, ""))
