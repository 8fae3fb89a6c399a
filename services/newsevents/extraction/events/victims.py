"""Whom a text says was hit, by the nouns news names victims with ("12 soldiers", "killed 20
civilians"): read by the merges (one act or two) and by the output's tolls (one count or two),
so it lives beside the stages, not in one of them."""

from __future__ import annotations

import re

from ..document import Document, QuantityMention

# Who is hit, as news names them (plural and singular folded to one key).
_VICTIM_NOUNS = {
    "civilian": "civilian",
    "soldier": "soldier",
    "troop": "soldier",
    "serviceman": "soldier",
    "servicemen": "soldier",
    "policeman": "police",
    "policemen": "police",
    "police": "police",
    "officer": "police",
    "cop": "police",
    "student": "student",
    "pupil": "student",
    "schoolchildren": "student",
    "worshipper": "worshipper",
    "worshiper": "worshipper",
    "child": "child",
    "children": "child",
    "woman": "woman",
    "women": "woman",
    "villager": "villager",
    "farmer": "farmer",
    "herder": "herder",
    "trader": "trader",
    "fisherman": "fisherman",
    "fishermen": "fisherman",
    "miner": "miner",
    "worker": "worker",
    "pilgrim": "pilgrim",
    "protester": "protester",
    "protestor": "protester",
    "demonstrator": "protester",
    "militant": "militant",
    "insurgent": "militant",
    "fighter": "fighter",
    "rebel": "rebel",
    "journalist": "journalist",
    "teacher": "teacher",
    "passenger": "passenger",
    "guard": "guard",
    "militiaman": "militiaman",
    "militiamen": "militiaman",
    "bandit": "bandit",
    "gunman": "gunman",
    "gunmen": "gunman",
    "jihadist": "militant",
    "terrorist": "militant",
    "patient": "patient",
    "doctor": "doctor",
    "aid worker": "aid worker",
    "peacekeeper": "peacekeeper",
    "refugee": "refugee",
    "tourist": "tourist",
    "driver": "driver",
    "chief": "chief",
    "commander": "commander",
    "leader": "leader",
}
# Not the teller: "police said", "a police statement", "military officials".
_VICTIM = re.compile(
    r"\b(" + "|".join(sorted(_VICTIM_NOUNS, key=len, reverse=True)) + r")s?\b"
    r"(?!\s+(?:said|says|say|told|confirmed|statement|spokes\w+|sources?|officials?|reports?|"
    r"chief|commissioner|headquarters))",
    re.IGNORECASE,
)


def victims_in(text: str) -> set[str]:
    """The victims' nouns ``text`` tells, folded to their keys (not the teller: "police said")."""
    return {_VICTIM_NOUNS.get(m.group(1).lower(), "") for m in _VICTIM.finditer(text)} - {""}


# Where the words a toll counts end: "killed 20 civilians in ...", "killed 12 soldiers and
# wounded ...", "killed at least 20 army troops when they ...".
_COUNTED_END = re.compile(
    r"[,.;:()\u2014\u2013]|\b(?:in|on|at|and|or|when|after|as|while|during|near|from|by|with|"
    r"including|among|who|which|that)\b",
    re.IGNORECASE,
)


def counted_words(doc: Document, quantity: QuantityMention) -> str:
    """A toll's text with the words after it that say whom it counts: the active voice puts
    them after the number ("killed 20 civilians"), which the toll's own text ("killed 20")
    stops before."""
    for sentence in doc.sentences:
        if sentence.span.start <= quantity.span.start < sentence.span.end:
            after = sentence.text[quantity.span.end - sentence.span.start :][:60]
            cut = _COUNTED_END.search(after)
            return quantity.text + " " + (after[: cut.start()] if cut else after)
    return quantity.text
