"""Use cases over the store: one obvious call per operation, shared by the CLI and the GUI."""
