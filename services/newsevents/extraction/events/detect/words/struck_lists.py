"""Places told as struck by a participle that is no verb of its sentence: a list of places
headed or closed by "hit", "struck", "targeted" ... after the act was told (thirty-fourth round).

Wires and monitors tell a raid, then list where it fell in a sentence whose only fire word is a
participle: a reduced relative heading the list ("Districts struck included al-Shaar, al-Sukkari
and Karam al-Beik", "Among the areas hit were Douma and Arbin", "The towns targeted on Sunday
were ...", "Places hit overnight: ...") or a passive closing it ("Douma, Harasta and Arbin were
also hit"). No lexicon wording reads those words alone: "hit" and "struck" tell storms, songs and
deals as often. So the list is an act only when the participle heads or closes names of places
and the article told a fire act before it (an air strike, shelling, a bombing): the list takes
that act's type, the act of its passage. Each listed place then becomes its own event through
the list readers of the link and merge stages, as for a list after a finite verb.

Not an act: what a storm, a flood or a crisis hit ("areas hit by the floods included ...",
"Aleppo was hit hard by the economic crisis"), a list with no fire act told before it, a
participle with no list of places ("the targets hit included two depots").
"""

from __future__ import annotations

import re

from ....document import Document, Modality, PlaceMention, Sentence, Span, Trigger
from ....ontology import EventTypeName
from ...geography.names.glued import list_names
from ...geography.names.localities import listed_items
from ...geography.struck_names.struck_heads import ANY_PARTICIPLE, HEAD, NAME_START, closes_a_list
from .modality import modality

# The acts a list of places struck retells: fire that falls on places.
FIRE_ACTS: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "chemical_attack", "explosive_attack"}
)

# The head before the list's first name ("... included the towns of Nawa, ...").
_HEADED = re.compile(
    rf"\b{HEAD}(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:of\s+)?)?(?={NAME_START})", re.IGNORECASE
)
# What no fire act hits: then the participle tells a disaster or a market, not a raid.
_NOT_FIRE = re.compile(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|"
    r"tornado(?:e?s)?|droughts?|landslides?|wildfires?|blizzards?|heat ?waves?|lightning|"
    r"epidemics?|outbreaks?|pandemic|virus|cholera|crisis|recession|inflation|sanctions|"
    r"blackouts?|power cuts|outages?|shortages?|prices|unemployment|strike action|"
    r"demonstrations?|protests?|rall(?:y|ies))\b",
    re.IGNORECASE,
)


def struck_list(
    doc: Document,
    sentence: Sentence,
    own: list[Trigger],
    earlier: list[Trigger],
    places: list[PlaceMention],
) -> list[Trigger]:
    """The triggers of ``sentence`` (``own``, found by the lexicon) with the participle of a
    list of places struck read as the nearest fire act of ``earlier`` (the article's triggers
    before it; ``places`` the document's): added, or in place of a trigger the lexicon read on
    the participle with another type ("Kafr Zita and Latamneh were also targeted" after a
    shelling is no attack on civilians). ``own`` as it is when the sentence tells a fire act of
    its own, no such list, or no fire act was told before it."""
    if any(t.event_type in FIRE_ACTS for t in own):
        return own
    text = sentence.text
    # the cheap test first: most sentences name none of the participles
    if not ANY_PARTICIPLE.search(text) or _NOT_FIRE.search(text):
        return own
    span = _participle_span(doc, sentence, places)
    if span is None:
        return own
    act = next((t for t in reversed(earlier) if t.event_type in FIRE_ACTS), None)
    if act is None or act.modality not in ("asserted", "claimed"):
        return own
    kept = [t for t in own if not t.span.overlaps(span)]
    listed = Trigger(
        span, doc.text[span.start : span.end], act.event_type, _told(doc, sentence, span, act)
    )
    return sorted([*kept, listed], key=lambda t: t.span.start)


def _participle_span(doc: Document, sentence: Sentence, places: list[PlaceMention]) -> Span | None:
    """The participle's span in ``sentence`` when it heads a list of names or closes a list of
    places: one the places stage read (a country alone is no such list), or a list that lost
    its commas and that the gazetteer or the names' shapes cut into two or more names
    ("Douma Harasta and Zamalka were also hit"; "Ahmed and Khaled were also hit" is none)."""
    text = sentence.text
    headed = _HEADED.search(text)
    if headed:
        group = "p1" if headed.group("p1") else "p2"
        return _span(sentence, headed.start(group), headed.end(group))
    closed = closes_a_list(text)
    if closed is None:
        return None
    names = _span(sentence, closed.start("names"), closed.end("names"))
    placed = any(names.contains(p.span) and p.precision != "country" for p in places)
    if not placed and not _glued_places(closed.group("names")):
        return None
    return _span(sentence, closed.start("participle"), closed.end("participle"))


def _glued_places(names: str) -> bool:
    """Whether a list of names with no comma holds a run that its names' shapes or the
    gazetteer cut in two or more ("Douma Harasta" and "Zamalka", "Kafr Nabl Hass and ...")."""
    if "," in names:
        return False
    return len(listed_items(names)) > names.count(" and ") + 1 and any(
        len(list_names(run)) > 1 for run in re.split(r"\s+and\s+", names)
    )


def _told(doc: Document, sentence: Sentence, span: Span, act: Trigger) -> Modality:
    """How the list is told: as its own sentence tells it ("the ministry denied reports that
    the towns hit included ..."), else as the act it retells was ("rebels claimed that jets
    struck Idlib. Towns hit were ..."): a list is asserted no more than its act (review55)."""
    told = modality(
        doc.text[sentence.span.start : span.start],
        doc.text[span.end : sentence.span.end],
        violent=True,
    )
    return act.modality if told == "asserted" else told


def _span(sentence: Sentence, start: int, end: int) -> Span:
    return Span(sentence.span.start + start, sentence.span.start + end)
