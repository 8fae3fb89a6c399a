"""Actors: who acts in an article (the actor dictionary, named units, people, generic actors)."""

from .find import find_actors

__all__ = ["find_actors"]
