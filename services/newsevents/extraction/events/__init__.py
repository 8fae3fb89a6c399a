"""Events, in four stages run in order (:mod:`.stages`) and the shared modules they read.

``detect``      triggers (``triggers``, their context ``gates``, ``refinement`` by who acts and
                who is hit): the pipeline's ``triggers`` component;
``link``        arguments into event drafts (``linking``): ``roles``, ``where`` and ``when`` they
                happened, their temporal ``status``;
``merge``       the passes over an article's drafts, in order (``merging``), by what they decide:
                ``incidents``, ``crowds``, ``outcomes``, ``places``, ``parties``;
``background``  merged news that is context after all: ``closing``, ``recalled``, ``referred``.

Shared, importing no stage: ``draft`` (the event draft), ``crowds`` (the types a crowd carries
out), ``geography`` (the places told: ``precision``, most precise first; ``nesting``, which
place lies inside which; ``lists``, places listed together; ``localities``, named localities),
``story_cues`` (new-incident cues, days, places told), ``generic_violence`` (words any violence
fits).
"""

from ..component import Component
from .detect.words.triggers import find_triggers

TRIGGERS = Component.of(
    "triggers", find_triggers, reads=("text", "sentences", "places"), assigns=("triggers",)
)

__all__ = ["TRIGGERS"]
