"""Allows `python -m bordertrack`."""

from bordertrack.cli.main import main

raise SystemExit(main())
