"""The event types a crowd carries out: their crowd is their actor1.

Read when linking (a crowd that names itself is its event's agent) and merging (demonstrations
of one crowd in one province are one event).
"""

from __future__ import annotations

from ..ontology import EventTypeName

# Types whose crowd is their actor1 (output/sides/sides.py codes the crowd first).
CROWD_TYPES: frozenset[EventTypeName] = frozenset(
    {"protest", "protest_dispersed", "protest_repressed", "riot", "mob_violence"}
)
