"""The clause of a roundup's sentence an act is told in: "In Daraa, four civilians were killed by
regime shelling on Busra al-Harir, while in Idlib province warplanes hit Saraqeb, killing six"
tells two acts, each with its own place and toll.

A monitor's or a wire's roundup joins the acts of a day in one sentence: by "while" opening
a clause, by a semicolon, or by ", and in X" opening a clause at another place ("whereas"
joins two sides' claims about one act, not two acts). Each act takes the places and counts of
its own clause, not those of the other: the shelling is at Busra al-Harir in Daraa with four
dead, the air strike at Saraqeb with six. The sentence is cut only where the clauses on both
sides tell an act of armed violence of their own (a trigger; demonstrations are left to their
own passes): "killed five in Douma, and in Harasta" is one list, "killed while fleeing to
Azaz" one act (a "while" before a verb in -ing tells when, not another act).

A roundup's sentence may also be headed by its province ("In Hama, regime forces shelled Kafr
Zita and al-Latamneh"): the towns after the heading are where the act was
(:func:`heads_the_sentence`, read by :func:`.where.event_places`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...document import Document, PlaceMention, Sentence, Span, Trigger, sentence_at
from ...ontology import is_violent
from ..crowds import CROWD_TYPES
from ..draft import tells_a_toll

# Where a roundup's sentence opens a clause of another act: a semicolon; "while" or "whereas"
# after a comma, or before "in"/"at" a place ("..., while in Idlib warplanes hit"), not before
# a verb in -ing ("killed while trying to flee"); ", and in"/", and at" before a capitalised
# place ("..., and in Hama regime forces shelled").
_BREAK = re.compile(
    r";\s+"
    r"|,\s*while\s+(?![\w-]+ing\b)"
    r"|\s+while\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z])"
    r"|,\s*and\s+(?=(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])"
)


def clause_of(doc: Document, sentence: Sentence, span: Span) -> Span | None:
    """The clause of ``sentence`` that holds ``span`` (a trigger's, a count's), when the
    sentence joins clauses that each tell an act of their own; None when it tells one (or its
    acts share a clause)."""
    text = sentence.text
    if ";" not in text and "while" not in text and "and" not in text:
        return None
    cuts = list(_BREAK.finditer(text))
    if not cuts:
        return None
    start = sentence.span.start
    bounds = [start, *(start + m.start() for m in cuts), sentence.span.end]
    clauses = [Span(a, b) for a, b in pairwise(bounds)]
    # (a clause that only counts dead, "One attacker was killed, while a police officer was
    # found dead", tells the toll of the act both share, no act of its own)
    triggers = [
        t for t in doc.in_sentence(doc.triggers, sentence) if _armed(t) and not tells_a_toll(t)
    ]
    told = [c for c in clauses if any(c.contains(t.span) for t in triggers)]
    if len(told) < 2:
        return None
    own = [c for c in clauses if c.contains(span)]
    return own[0] if own else None


def _armed(trigger: Trigger) -> bool:
    """Whether the trigger tells an act of armed violence (not a demonstration: "BNP staged a
    rally in A, while Gono Odhikar held one, in Dhaka city" is told over the city both share)."""
    return is_violent(trigger.event_type) and trigger.event_type not in CROWD_TYPES


def in_other_clause(doc: Document, trigger: Trigger, span: Span) -> bool:
    """Whether ``span`` is told in another act's clause of the trigger's sentence: a place or a
    count of the roundup's other act."""
    sentence = sentence_at(doc.sentences, trigger.span)
    if sentence is None or not sentence.span.contains(span):
        return False
    clause = clause_of(doc, sentence, trigger.span)
    return clause is not None and not clause.contains(span)


# A roundup's sentence headed by its province: "In Hama, ...", "Meanwhile in Daraa, ...".
_HEADING = re.compile(r"\W*(?:(?:Meanwhile|Elsewhere|Also)\s*,?\s*)?in\s+(?:the\s+)?", re.I)


def heads_the_sentence(
    text: str, sentence: Sentence, place: PlaceMention, places: list[PlaceMention]
) -> bool:
    """Whether the place opens the sentence as its heading by its province's name ("In Hama,
    ...", "Meanwhile in Daraa, ...") while another place of its province is told after it: the
    town the act hit is the act's place, the heading its province's. A heading town with a name
    of its own ("In Nawabshah, Sindh, ...", an ACLED note's) is the act's."""
    if text[place.span.end : place.span.end + 1] != ",":
        return False
    if place.text.lower() not in {(place.admin1 or "").lower(), (place.province or "").lower()}:
        return False  # "In Ludhiana, Punjab, shopkeepers blocked ...": the town told first
    if not _HEADING.fullmatch(text, sentence.span.start, place.span.start):
        return False
    return any(
        p.span.start > place.span.end and p.name != place.name and p.province == place.province
        for p in places
    )
