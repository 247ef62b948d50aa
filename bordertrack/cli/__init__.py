"""The command line: every operation of the core, headless, for scripts, tests and coordinators."""
