"""The force a crowd faced: actor2 of a dispersed or repressed demonstration and of a riot.

ACLED codes a demonstration the forces put down, and a riot, with the crowd as actor1 and the
state force it faced as actor2 ("Protesters (Kenya)" and "Police Forces of Kenya (2022-)"; the
force first when it killed, ``sides.force_first``). The force is often told beside a toll or a
crowd in the words of the dead or the hurt: "At least four people were killed after police fired
rubber bullets at protesters", "police shot, beat and tear gassed demonstrators", "where the
security forces opened fire on the demonstrations", "before riot police deployed to disperse
protesters". The sentence then reads the dead as one side and the crowd as the other
(``events/link``), and the force, a generic noun ("police", "security forces"), is neither a side
nor an associate, so the event kept no actor2.

Here, for those types only, when actor2 is empty and neither side is a state force, the first
state force the trigger's sentence names becomes actor2: not one told as speaking ("a police
official said"), and only in the trigger's own sentence. A peaceful protest (no intervention),
mob violence (a mob on people) and rioters told on protesters (``sides._rioters_on_protesters``:
replacing the protesters by the force, then the force first, cost two repressions on the tuning
parts) keep their sides.
"""

from __future__ import annotations

import datetime as dt
import re

from ....document import Document, Span, sentence_at
from ....events.draft import EventDraft
from ...names.actor_names import acled_name
from ..sides import Sides

# Demonstrations the forces put down, and riots (a crowd facing the force, or attacking).
_FACED = frozenset({"protest_dispersed", "protest_repressed", "riot"})
# Who tells it: "police said", "a police spokesman said", "the police's statement said",
# "according to the police" (output/ imports no linking stage, so the check is told here).
_TELLS = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|added|stated|announced|reported)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)


def tells_it(doc: Document, start: int, end: int) -> bool:
    """Whether the mention at start..end is told as speaking ("police said", "according to
    the army")."""
    before = doc.text[max(0, start - 30) : start]
    return _TELLS.match(doc.text, end) is not None or _ACCORDING.search(before) is not None


def crowd_faced_force(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, actor2: str | None
) -> str | None:
    """Actor2 of the event (its ACLED name): the state force the trigger's sentence names, for
    a crowd's event that names none as a side (by the rules above); else ``actor2`` as it is."""
    if draft.event_type not in _FACED:
        return actor2
    # (a crowd on a crowd stays: "Rioters" on "Protesters" is a riot on a demonstration)
    if actor2 is not None and not actor2.startswith("Civilians ("):
        return actor2
    if any(a is not None and a.kind == "state_force" for a in (draft.actor1, draft.actor2)):
        return actor2
    return _sentence_force(doc, draft, country_code, on) or actor2


def repressing_force(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Lethal force on a demonstration read as rioters on protesters ("Guinea security forces
    killed three people during a protest", its organisers named beside the crowd) is the
    state force's that the trigger's sentence names: the protesters stay actor2, the force
    becomes actor1 (the organisers stay associates). Rioters on protesters in a repression
    whose sentence names no force keep their sides."""
    if draft.event_type != "protest_repressed" or sides.actor1 is None or sides.actor2 is None:
        return
    if not (sides.actor1.startswith("Rioters (") and sides.actor2.startswith("Protesters (")):
        return
    force = _sentence_force(doc, draft, country_code, on)
    if force is not None:
        sides.actor1 = force


def force_told_before(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """A repression told only by its dead ("Two people were killed in Mandalay", "five
    protesters being shot dead in Dael") after the article told the force that fired on the
    demonstrations ("Security forces in Myanmar opened fire on protests"): ACLED codes excessive
    force against protesters as the force's act on the crowd, so the crowd held alone is actor2
    and the last state force told before, not as speaking, actor1 (targets42). The force is
    one told with a crowd, in a sentence that names demonstrators or their demonstration: "US
    troops withdrew from a base in Anbar" told before "Five protesters were shot dead in
    Nasiriyah" did not fire on them (review43). With no such force told before, the sides
    stay."""
    if draft.event_type != "protest_repressed" or sides.actor2 is not None:
        return
    if sides.actor1 is None or not sides.actor1.startswith("Protesters ("):
        return
    start = draft.trigger.span.start
    told = [
        a
        for a in doc.actors
        if a.span.end <= start
        and a.kind == "state_force"
        and not a.pronoun
        and not tells_it(doc, a.span.start, a.span.end)
        and _with_a_crowd(doc, a.span)
    ]
    if told:
        sides.actor1, sides.actor2 = acled_name(told[-1], on, country_code), sides.actor1


# A crowd or its demonstration told in a sentence: "opened fire on protests", "dispersed the
# demonstrators", "fired on marchers".
_CROWD_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march(?:es|ers)|crowds?|sit-?ins?|mourners)\b",
    re.IGNORECASE,
)


def _with_a_crowd(doc: Document, span: Span) -> bool:
    """Whether the sentence telling the force at ``span`` names a crowd or a demonstration."""
    sentence = sentence_at(doc.sentences, span)
    if sentence is None:
        return False
    crowd = ("protesters", "rioters")
    return any(a.kind in crowd for a in doc.in_sentence(doc.actors, sentence)) or bool(
        _CROWD_WORDS.search(sentence.text)
    )


def _sentence_force(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date
) -> str | None:
    """The ACLED name of the first state force the trigger's sentence names, not one told as
    speaking."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    force = next(
        (
            a
            for a in doc.in_sentence(doc.actors, sentence)
            if a.kind == "state_force" and not tells_it(doc, a.span.start, a.span.end)
        ),
        None,
    )
    return acled_name(force, on, country_code) if force is not None else None
