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

from ....document import Document, Sentence, Span, Trigger
from ....ontology import EventTypeName
from ...geography.struck_heads import MEANS, OPENS_LIST, PARTICIPLE, QUALIFIERS, WHERE

# The acts a list of places struck retells: fire that falls on places.
FIRE_ACTS: frozenset[EventTypeName] = frozenset(
    {"airstrike", "shelling", "chemical_attack", "explosive_attack"}
)

# The nouns of places a reduced relative heads ("districts struck", "the towns hit").
_PLACES_NOUN = (
    r"(?:areas?|districts?|neighbou?rhoods?|towns?|villages?|cities|places|sites|locations|"
    r"localities|regions|quarters|suburbs|hamlets|settlements|"
    r"parts of (?:the )?(?:city|province|countryside))"
)
# A name's first word: a capital, or an Arabic article before one ("al-Shaar", "el-Bab").
_NAME = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?(?-i:[A-Z])[\w'’-]*"

# The reduced relative heading the list: "Districts struck included A, B and C", "Among the
# areas hit were A and B", "the worst-hit towns were ...", "Places hit overnight: A, B and C".
_HEADED = re.compile(
    rf"\b(?:{_PLACES_NOUN}\s+(?P<p1>{PARTICIPLE})|(?:worst|hardest)[- ](?P<p2>{PARTICIPLE})"
    rf"\s+{_PLACES_NOUN}){QUALIFIERS}\s*{OPENS_LIST}(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:of\s+)?)?(?={_NAME})",
    re.IGNORECASE,
)
# Names of places before a passive closing them: "Douma, Harasta and Arbin were also hit".
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,8}}"
_CLOSED = re.compile(
    rf"^(?:(?:elsewhere|meanwhile|in\s+addition|{WHERE})\s*,?\s+)?"
    rf"(?:the\s+(?:towns?|villages?|cities|districts?|neighbou?rhoods?|areas?)\s+of\s+)?"
    rf"(?P<names>{_NAMES}(?:\s*,\s*{_NAMES})*(?:\s*,?\s+and\s+{_NAMES})?)\s+"
    rf"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?P<p3>{PARTICIPLE})\b"
    rf"(?P<tail>.*)",
    re.IGNORECASE | re.DOTALL,
)
# A passive closing the list, then what hit it when that is no fire: "was hit hard by the
# economic crisis", "were struck by lightning", "hit by the floods".
_NOT_FIRE_AFTER = re.compile(
    rf"^\s+(?:(?:hard|badly|severely|worst|the\s+hardest|the\s+worst)\s+)?(?:by|from|with)\b"
    rf"(?!\s+(?:[\w'’-]+\s+){{0,4}}?{MEANS}\b)",
    re.IGNORECASE,
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
    doc: Document, sentence: Sentence, own: list[Trigger], earlier: list[Trigger]
) -> Trigger | None:
    """The trigger of a list of places ``sentence`` tells struck by a participle, typed as the
    nearest fire act of ``earlier`` (the article's triggers before it); None when the sentence
    has a fire trigger of its own (``own``), no such list, or no fire act was told before."""
    if any(t.event_type in FIRE_ACTS for t in own):
        return None
    text = sentence.text
    if not re.search(PARTICIPLE, text, re.IGNORECASE) or _NOT_FIRE.search(text):
        return None
    span = _participle_span(doc, sentence)
    if span is None or any(t.span.overlaps(span) for t in own):
        return None
    act = next((t for t in reversed(earlier) if t.event_type in FIRE_ACTS), None)
    if act is None or act.modality not in ("asserted", "claimed"):
        return None
    return Trigger(span, doc.text[span.start : span.end], act.event_type, "asserted")


def _participle_span(doc: Document, sentence: Sentence) -> Span | None:
    """The participle's span in ``sentence`` when it heads a list of names or closes a list of
    places the places stage read (a country alone is no such list)."""
    text = sentence.text
    headed = _HEADED.search(text)
    if headed:
        group = "p1" if headed.group("p1") else "p2"
        return _span(sentence, headed.start(group), headed.end(group))
    closed = _CLOSED.match(text)
    if closed is None or _NOT_FIRE_AFTER.match(closed.group("tail")):
        return None
    names = _span(sentence, closed.start("names"), closed.end("names"))
    if not any(names.contains(p.span) and p.precision != "country" for p in doc.places):
        return None
    return _span(sentence, closed.start("p3"), closed.end("p3"))


def _span(sentence: Sentence, start: int, end: int) -> Span:
    return Span(sentence.span.start + start, sentence.span.start + end)
