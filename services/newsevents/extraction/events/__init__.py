"""Events, in three stages and the draft they share (``draft``):

``detect``  triggers (``triggers``, their context ``gates``, ``refinement`` by who acts and who is
            hit);
``link``    arguments into event drafts (``linking``): ``roles``, ``where`` they happened, their
            temporal ``status``;
``merge``   the passes over an article's drafts (``merging``): one event per occurrence
            (``occurrences``), consequences, listed and unknown places, localities, civilian
            victims, named attackers.
"""

from ..component import Component
from .detect.triggers import find_triggers

TRIGGERS = Component.of(
    "triggers", find_triggers, reads=("text", "sentences"), assigns=("triggers",)
)

__all__ = ["TRIGGERS"]
