"""The bundle format: sheets, canonical form, signing keys, limits, reading and writing.

Export, import and trust are use cases in `services/`; from `store/` this package uses only
the change's shape, the clock and the collector pause.
"""
