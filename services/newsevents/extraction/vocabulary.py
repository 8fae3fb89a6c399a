"""Shared word sets: one copy of each vocabulary that more than one stage reads.

A word list used by one module stays in that module; one read by two modules lives here, so the
copies cannot drift apart. Each set says who reads it.
"""

from __future__ import annotations

# --- text and actors ---------------------------------------------------------------------------

# --- places and actors -------------------------------------------------------------------------

# --- events and evaluation ---------------------------------------------------------------------

# Words that report a toll (someone died, was hurt, a body found) rather than the act itself, as
# the prefixes a bare casualty trigger starts with: "killed", "found dead", "bodies". Linking
# lets the act stand for its type and take the toll (events/draft.py, read by linking and
# merging); the main event of a report is an act before a toll (evaluation/primary.py).
CASUALTY_WORDS: tuple[str, ...] = (
    "killed",
    "dead",
    "died",
    "found dead",
    "injured",
    "wounded",
    "bod",
)
