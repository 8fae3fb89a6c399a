"""The extraction engine: one article in, its events out; pure functions, no I/O.

Stages, each a subpackage, run in the order of :data:`.pipeline.COMPONENTS`:

``text``     sentences, dates, quantities, attribution (who says so);
``places``   the geoparser: gazetteer, name keys, matching, choosing which place a name is;
``actors``   who acts: the actor dictionary, named units, people, generic actors;
``events``   triggers and their gates, refinement by who acts and who is hit, linking
             arguments to events, where an event happened;
``output``   the published message and its one ACLED mapping.

Shared by all stages: :mod:`.document` (the ``Document`` and its mention types) and
:mod:`.ontology` (event types and their PLOVER, CAMEO and ACLED codes).
"""

from .document import Document
from .pipeline import Pipeline, extract_events, warm_up

__all__ = ["Document", "Pipeline", "extract_events", "warm_up"]
