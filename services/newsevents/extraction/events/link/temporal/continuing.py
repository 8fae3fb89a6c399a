"""An act told as going on, its object a place told by name: the day's act there, not a state.

The standing wordings of :mod:`.standing`, :mod:`.recurring` and :mod:`.kinds` read an act
told as continuing as background: "Russian jets continue to target hospitals and markets",
"the two militias are still battling each other", "gunmen keep raiding farms". What
makes them the setting is that they name no place the act is done at; a sentence whose act
has towns or quarters by name as its object tells what the act does there now, as a report of
the day does: "The air force continues to hit areas in the quarters of Alpha, Beta and
Gamma", "rebels are still shelling the village of Delta with mortars" (a roundup of the day's
strikes at each place). So, after the lead and with no fresh day told: a violent act right
after a word of going on ("continue(s) to", "has/have continued to", "is/are continuing to",
"keep(s) (on)", "is/are still ...-ing", "still"), or its agent's trigger followed by them
("warplanes continue to target"), whose object is a town, a village or a quarter told by its
name, is news; told so by its agent's trigger with no place named, it is a state. A span or a
frequency told in the sentence ("for weeks", "since March", "every day", "daily raids")
keeps it background: :mod:`.status` reads those first, and :func:`without_going_on` leaves
them to :mod:`.recurring`.
"""

from __future__ import annotations

import re
from typing import Literal

from ....document import LOCAL_PRECISIONS, Document, Sentence
from ...draft import EventDraft

# The words of going on, read before the trigger, inside it and after its agent (the air forces'
# trigger row in data/triggers.tsv writes them out once more).
_GOING_ON_WORDS = (
    r"continues?\s+to|(?:has|have)\s+continued\s+to|(?:is|are)\s+continuing\s+to|keeps?(?:\s+on)?"
)
# Right before the trigger (two words between at most): "continue to shell", "continues to
# carry out strikes on", "have continued to pound", "are continuing to hit", "keep pounding",
# "are still shelling", "still bomb".
_GOING_ON = re.compile(
    rf"\b(?:{_GOING_ON_WORDS}|(?:(?:is|are)\s+)?still)\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# ... or the act's own -ing in the present progressive: "are shelling", "is now pounding".
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?$", re.IGNORECASE)
# The words of going on inside a trigger that names the act's agent ("air force continues to
# hit"), or right after one ("warplanes continue to target", "jets are still bombing").
_IN_TRIGGER = re.compile(rf"\b(?:{_GOING_ON_WORDS}|(?:is|are)\s+still)\b", re.IGNORECASE)
_AFTER_AGENT = re.compile(
    rf"^\s+(?:[\w-]+\s+)?(?:{_GOING_ON_WORDS}|(?:is|are)\s+still)\s+[\w-]+", re.IGNORECASE
)
# A trigger that names the act's agent, the machines that do it.
_AGENT = re.compile(
    r"\b(?:(?:war)?planes?|jets?|aircraft|air ?forces?|aviation|helicopters?|gunships?|drones?|"
    r"bombers?|artillery|tanks?)$",
    re.IGNORECASE,
)
# A name right after the act, its object: at most an article and nouns of places between
# ("pound Alpha", "hit areas in the neighbourhoods of al-Beta", "shell the town of Gamma").
_PLACE_NOUN = (
    r"areas?|parts?|outskirts|vicinity|neighbou?rhoods?|quarters?|districts?|towns?|villages?|"
    r"city|cities|suburbs?|camps?|residential|eastern|western|northern|southern|several|both"
)
_NAME_AFTER = re.compile(
    rf"\s+(?:(?:the|in|of|{_PLACE_NOUN})\s+){{0,5}}"
    r"(?P<name>(?:(?:al|el|ad|ar|as|at|az|ash|an)-)?[A-Z][a-z]\w*)(?![\w-])"
)
# A faith's or a people's adjective is no place's name: "shell Christian villages near X",
# "Alawite areas" (review74); a town's name before the same nouns is ("Hama neighbourhoods").
_PEOPLES_ADJECTIVE = re.compile(
    r"(?:(?:al|el|ad|ar|as|at|az|ash|an)-)?\w+(?:ian|ite|ish|ese)|Sunni|Shia|Druze|Ismaili|"
    r"Yazidi|Turkmen|Arab"
)
# A stretch the acts fill that :mod:`.status` leaves to the words before the act ("for weeks",
# "day after day"): told with places named, still a state.
_STRETCH = re.compile(
    r"\bfor (?:days|weeks|months|years)\b|\b(?:day|night|week) after (?:day|night|week)\b"
    # ... or a habit: "whenever they can", "every time the army withdraws" (review74)
    r"|\bwhenever\b|\b(?:every|each) time\b"
    r"|\b(?:regularly|routinely|repeatedly|often|frequently|habitually)\b",
    re.IGNORECASE,
)
# The words of going on that :mod:`.recurring` reads as a habit ("has continued to").
_CONTINUED = re.compile(r"\b(?:has|have)\s+continued\s+to\b", re.IGNORECASE)


def going_on(
    doc: Document, sentence: Sentence, draft: EventDraft, told: str, trigger_at: int
) -> Literal["at_places", "at_no_place"] | None:
    """How the act of ``draft`` is told as going on (``told``: its sentence's text, the trigger
    at ``trigger_at``): "at_places" when its object is a place told by name (the day's act
    there); "at_no_place" when its agent's trigger tells it going on with no place named (a
    state); else None (not told going on, or told so before the trigger with no place: the
    standing rules of :mod:`.status` read it)."""
    trigger = draft.trigger.text
    by_agent = going_on_in_trigger(trigger, told[trigger_at + len(trigger) :])
    if by_agent is None and not told_going_on(told[:trigger_at], trigger):
        return None
    if names_places_after(doc, sentence, draft.trigger.span.end + (by_agent or 0)):
        return "at_places"
    return "at_no_place" if by_agent is not None else None


def told_going_on(before: str, trigger: str) -> bool:
    """Whether the act is told as going on by the words right before its trigger
    (``before``: its sentence up to it): "continue to shell", "are still shelling"."""
    return _GOING_ON.search(before) is not None or (
        trigger.lower().endswith("ing") and _PROGRESSIVE.search(before) is not None
    )


def going_on_in_trigger(trigger: str, after: str) -> int | None:
    """Where the act's verb ends after the trigger (0: inside it) when the act's agent is its
    trigger and the words of going on are inside it or right after it ("the air force
    continues to hit", "warplanes continue to target"), else None: the words before the
    trigger do not show them."""
    if _IN_TRIGGER.search(trigger) is not None:
        return 0
    if _AGENT.search(trigger) is None:
        return None
    told_on = _AFTER_AGENT.match(after)
    return told_on.end() if told_on is not None else None


def names_places_after(doc: Document, sentence: Sentence, end: int) -> bool:
    """Whether the act's object is a place told by its name right after ``end`` (where the act's
    verb ends), at most articles and nouns of places between ("continue to shell the towns of
    Alpha and Beta", "hit areas in the quarters of al-Gamma", "pound Delta"): a town, a
    village or a quarter, known to the geoparser or not; not a group's name ("continue to
    fight Daesh"), a wider place ("bomb Idlib province") nor a place that only locates a
    generic object ("shell rebel positions around Alpha", "target hospitals in Beta")."""
    name = _NAME_AFTER.match(doc.text, end, sentence.span.end)
    if name is None or _STRETCH.search(sentence.text) is not None:
        return False
    if _PEOPLES_ADJECTIVE.fullmatch(name.group("name")) is not None:
        return False
    at = name.start("name")
    spans = [actor.span for actor in doc.in_sentence(doc.actors, sentence)]
    spans += [place.span for place in doc.in_sentence(doc.place_references, sentence)]
    if any(span.start <= at < span.end for span in spans):
        return False  # a group ("fight Daesh") or a people ("target Kurdish positions")
    return all(
        place.precision in LOCAL_PRECISIONS
        for place in doc.in_sentence(doc.places, sentence)
        if place.span.start <= at < place.span.end
    )


def without_going_on(told: str) -> str:
    """``told`` with "has/have continued to" blanked (same length): what :mod:`.recurring`
    reads as a habit, left out for an act going on at named places."""
    return _CONTINUED.sub(lambda m: " " * len(m.group()), told)
