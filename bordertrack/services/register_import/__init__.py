"""Bringing a post's or an accountant's own register (equipment or people) into BorderTrack.

reader (any workbook or CSV, as the sheet shows it) -> headers (find the header row, map each
column: a field, the notes, or left out; templates) -> preview (every row: create, update,
unchanged, not imported, or not an item; words, dates, amounts, holders, currency) -> apply
(one set-based batch of ordinary, logged changes that sync like any edit).
"""
