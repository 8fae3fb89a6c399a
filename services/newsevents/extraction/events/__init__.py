"""Events: triggers (``triggers``, their context ``gates``, ``refinement`` by who acts and who is
hit), then ``linking`` of arguments into events and ``where`` they happened."""

from ..component import Component
from .triggers import find_triggers

TRIGGERS = Component.of(
    "triggers", find_triggers, reads=("text", "sentences"), assigns=("triggers",)
)

__all__ = ["TRIGGERS"]
