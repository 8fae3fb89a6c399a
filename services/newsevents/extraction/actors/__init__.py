"""Actors: who acts in an article (the actor dictionary, named units, people, generic actors)."""

from ..component import Component
from .find import find_actors

# Places name the article's country (generic actors are named after it) and are never actors;
# nor are datelines and credits ("BEIRUT (AP) —", "(dpa/GNA)").
ACTORS = Component.of(
    "actors", find_actors, reads=("text", "places", "furniture"), assigns=("actors",)
)

__all__ = ["ACTORS", "find_actors"]
