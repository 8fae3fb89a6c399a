"""``python -m newsevents.cli``: the same entry point as the ``newsevents`` command."""

from . import main

raise SystemExit(main())
