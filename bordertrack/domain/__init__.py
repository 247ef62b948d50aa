"""Pure-Python declarations of what BorderTrack records: entities, fields, vocabularies, rules."""
