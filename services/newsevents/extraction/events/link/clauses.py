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
from functools import lru_cache
from itertools import pairwise

from ...document import (
    ARMED_KINDS,
    Document,
    PlaceMention,
    Sentence,
    Span,
    Trigger,
    per_document,
    sentence_at,
)
from ...ontology import is_violent
from ...places.shared.keys import name_key
from ..crowds import CROWD_TYPES
from ..draft import tells_a_killing, tells_a_toll
from ..geography.headings import heading_close

# Where a roundup's sentence opens a clause of another act: a semicolon; "while" or "whereas"
# after a comma, or before "in"/"at" a place ("..., while in Idlib warplanes hit"), not before
# a verb in -ing ("killed while trying to flee"); ", and in"/", and at" before a capitalised
# place ("..., and in Hama regime forces shelled").
_BREAK = re.compile(
    r";\s+"
    r"|,\s*while\s+(?![\w-]+ing\b)"
    r"|\s+while\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z])"
    r"|,\s*and\s+(?=(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])"
    # a raid told on to its next place: "attacked Djibo, killing 21, then attacked the town of
    # Arbinda, killing 16 more", "..., before moving on to nearby X, where ..." (forty-third
    # round)
    r"|,\s*(?:and\s+)?then\s+(?=[a-z]+ed\b)"
    r"|,\s*before\s+(?:moving|heading|going|pressing|driving|riding)\s+(?:on\s+)?to\b"
    # the act it answered, told after its delay: "warplanes struck sites in southern Lebanon,
    # hours after rockets fired from Lebanon hit an area near Kiryat Shmona" (forty-fourth round)
    r"|,\s*(?:just\s+|only\s+|shortly\s+|some\s+)?(?:hours|minutes|days|a\s+day)\s+after\b"
    # another means of fire told with its own subject and verb after ", and": "warplanes struck
    # the villages of A and B, and regime artillery shelled C and D" (forty-eighth round, list68)
    r"|,\s*and\s+(?=(?:[\w'’-]+\s+){0,3}?(?:warplanes|jets|aircraft|helicopters|drones"
    r"|artillery|gunboats|tanks|(?:rocket\s+)?launchers)\s+(?:also\s+)?"
    r"(?:[a-z]+ed|struck|hit|shot|fired)\s)"
    # ", and four died in a strike on a car in Rafah": a toll of its own in a strike of its
    # own, told by an indefinite article (air59)
    r"|,\s*and\s+(?=(?:[\w-]+\s+){1,3}?(?:died|(?:was|were)\s+killed)\s+in\s+"
    r"(?:an?|another|a\s+second|a\s+separate)\s+(?:[\w-]+\s+)?(?:air\s*)?(?:strike|raid)s?\b)"
)

_MAY_BREAK = re.compile(r";|while|and|then|before|after")

# One subject's second act of fire or fight, its verb after "and" with a place of its own, after
# a first act told by such a verb too: "army units clashed with terrorists in Harasta and shelled
# their positions in Douma", "targeted their dens in A and clashed with them in B" (fiftieth
# round, clash70). (Not after an act told by a noun: "continued operations in the east and
# targeted positions near X" is one campaign told with its act.)
_FIGHT_OR_FIRE = (
    r"(?:shelled|pounded|bombarded|targeted|struck|clashed|engaged|repelled|foiled|stormed"
    r"|attacked)"
)
_SECOND_ACT = re.compile(
    rf"\s+and\s+(?=(?:also\s+)?{_FIGHT_OR_FIRE}\s[^,;]*?\b(?:in|on|at|near)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of\s+)?){0,2}?[A-Z])"
)
# (the first act may be told by its toll: "killed scores of terrorists in Maarat al-Numan and
# targeted ISIS strongholds in Raqqa province")
_FIRST_ACT = re.compile(
    rf"\b(?:{_FIGHT_OR_FIRE}|killed)\s[^,;]*?\b(?:in|on|at|near)\s+(?:the\s+)?[A-Z]"
)

# A list of acts that lost its punctuation (FA-KES texts; transcribed agency copy): "the
# sorties resulted in killing 17 terrorists in Kanasba in Lattakia countryside destroying ammo
# depots in Aleppo countryside in addition to destroying 17 vehicles and killing more than 50
# terrorists in Daraa countryside". Each act is told by a verb in -ing with its own place
# phrase. The anchors: such a verb, after "in addition to" or "and" or alone.
_ANCHOR = re.compile(
    r"\s+(?:(?:in\s+addition\s+to|as\s+well\s+as|and)\s+)?"
    r"(?:killing|destroying|targeting|hitting|shelling|bombing)\s"
)
# A place phrase: a preposition of place and a capitalised name ("in Kanasba", "on al-Bab").
_PLACE_PHRASE = re.compile(r"\b(?:in|on|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z]")


@lru_cache(maxsize=1024)
def _anchor_cuts(text: str) -> tuple[int, ...]:
    """Where a sentence that lost its commas opens the next act of a list of acts: before the
    second and later verbs in -ing when the act before it (since the last cut) names a place
    phrase and one follows it ("destroying 17 vehicles and killing 50 in Daraa countryside":
    the place may come with a later verb of the same act). The first such verb tells the head
    act's outcome ("shelled Saraqeb killing five in the town": one act), so no cut is made
    before it; nor where a comma stands (punctuated text is cut by :data:`_BREAK` only)."""
    anchors = [m for m in _ANCHOR.finditer(text) if text[max(0, m.start() - 1)] != ","]
    cuts: list[int] = []
    for anchor in anchors[1:]:
        since = cuts[-1] if cuts else 0
        if _PLACE_PHRASE.search(text, since, anchor.start()) and _PLACE_PHRASE.search(
            text, anchor.end()
        ):
            cuts.append(anchor.start())
    return tuple(cuts)


def clause_of(doc: Document, sentence: Sentence, span: Span) -> Span | None:
    """The clause of ``sentence`` that holds ``span`` (a trigger's, a count's), when the
    sentence joins clauses that each tell an act of their own; None when it tells one (or its
    acts share a clause)."""
    clauses = _act_clauses(doc, sentence)
    own = [c for c in clauses if c.contains(span)] if clauses is not None else []
    return own[0] if own else None


@per_document
def _act_clauses(doc: Document, sentence: Sentence) -> list[Span] | None:
    """The clauses of ``sentence`` when two or more of them tell an act of their own, else None
    (read once per sentence: its events, tolls and places each ask for their clause)."""
    text = sentence.text
    cuts = [m.start() for m in _BREAK.finditer(text)] if _MAY_BREAK.search(text) else []
    if " and " in text:
        cuts += [
            m.start()
            for m in _SECOND_ACT.finditer(text)
            if _FIRST_ACT.search(text, max([0, *(c for c in cuts if c < m.start())]), m.start())
        ]
    anchored = _anchor_cuts(text)
    cuts = sorted({*cuts, *anchored})
    if not cuts:
        return None
    start = sentence.span.start
    bounds = [start, *(start + c for c in cuts), sentence.span.end]
    clauses = [Span(a, b) for a, b in pairwise(bounds)]
    # (a clause that only counts dead, "One attacker was killed, while a police officer was
    # found dead", tells the toll of the act both share, no act of its own)
    # (a list of acts that lost its commas tells each act by its verb in -ing, "killing" too)
    # (a killing told with its killers before it in its clause, "bandits killed two
    # farmers", is an act: forty-second round)
    triggers = [t for t in doc.in_sentence(doc.triggers, sentence) if _armed(t)]
    told = [
        c
        for c in clauses
        if any(
            c.contains(t.span) and (anchored or not tells_a_toll(t) or _killers_before(doc, c, t))
            for t in triggers
        )
    ]
    return clauses if len(told) >= 2 else None


def _killers_before(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """Whether a toll's word is a killing done by armed men its clause names before it
    ("bandits killed two farmers"), not a count of the dead ("two were killed")."""
    return tells_a_killing(trigger) and any(
        clause.start <= actor.span.start < trigger.span.start and actor.kind in ARMED_KINDS
        for actor in doc.actors
    )


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


def in_other_listed_act(doc: Document, trigger: Trigger, span: Span) -> bool:
    """Whether ``span`` is told in another act's clause of a sentence that lists its acts
    without commas (:func:`_anchor_cuts`): that clause's act is another act. (Clauses cut at
    a semicolon or "while" are not read so: an ACLED note's "Police respond to raiders
    attack; kill 16 of them" is one act told in two clauses.)"""
    sentence = sentence_at(doc.sentences, trigger.span)
    return (
        sentence is not None
        and bool(_anchor_cuts(sentence.text))
        and in_other_clause(doc, trigger, span)
    )


# A roundup's sentence headed by its province: "In Hama, ...", "Meanwhile in Daraa, ...".
_HEADING = re.compile(r"\W*(?:(?:Meanwhile|Elsewhere|Also)\s*,?\s*)?in\s+(?:the\s+)?", re.I)


def heads_the_sentence(
    text: str, sentence: Sentence, place: PlaceMention, places: list[PlaceMention]
) -> bool:
    """Whether the place opens the sentence as its heading by its province's name ("In Hama,
    ...", "Meanwhile in Daraa, ...", "In Hama army units ..." without its comma) while another
    place of its province is told after it: the town the act hit is the act's place, the
    heading its province's. A heading town with a name of its own ("In Nawabshah, Sindh, ...",
    an ACLED note's) is the act's."""
    if heading_close(text, place.span.end) is None:
        return False
    # (the province's name under another spelling too: "In Hasaka," for Al-Hasakah, "In Deir
    # Ezzor," for Deir ez-Zor; forty-eighth round, place68)
    units = {name_key(place.admin1 or ""), name_key(place.province or "")} - {""}
    if name_key(place.text) not in units:
        return False  # "In Ludhiana, Punjab, shopkeepers blocked ...": the town told first
    if not _HEADING.fullmatch(text, sentence.span.start, place.span.start):
        return False
    return any(
        p.span.start > place.span.end and p.name != place.name and p.province == place.province
        for p in places
    )
