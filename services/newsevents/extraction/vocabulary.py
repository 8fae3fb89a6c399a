"""Shared word sets: one copy of each vocabulary that more than one stage reads.

A word list used by one module stays in that module; one read by two modules lives here, so the
copies cannot drift apart. Each set says who reads it.
"""

from __future__ import annotations

# --- text and actors ---------------------------------------------------------------------------

# --- places and actors -------------------------------------------------------------------------

# --- events and evaluation ---------------------------------------------------------------------
