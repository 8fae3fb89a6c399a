"""Actors: who acts in an article (the actor dictionary, named units, people, generic actors)."""

from ..component import Component
from .find import find_actors

# Places, else demonyms ("Kenyan police"), name the article's country (generic actors are named
# after it); places are never actors, nor are datelines and credits ("BEIRUT (AP) —").
ACTORS = Component.of(
    "actors",
    find_actors,
    reads=("text", "places", "place_references", "furniture"),
    assigns=("actors",),
)

__all__ = ["ACTORS", "find_actors"]
