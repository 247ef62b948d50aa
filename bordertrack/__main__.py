"""Allows `python -m bordertrack` (and is the frozen build's entry).

Guarded, and freeze_support first: a merge reads bundles in worker processes started with
"spawn", which import this module again (as __mp_main__) or, frozen, run the executable
again; neither may start the program a second time.
"""

import multiprocessing

from bordertrack.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
