"""The site of an act, told first by its kind and later by its name: "Militants overran a
military base in Lower Shabelle region ... A car bomb went off at the Kambara base before
gunmen stormed in" happened at Kambara.

A violent event told at a country, province or region whose first sentence names its site
only by an indefinite noun ("a village", "a military base", "an army camp") is placed at the
site a later sentence names with that noun made definite ("the village of X", "the X base",
"the X military detachment"): the noun retold ties the sentence to the act. The name is a
known place inside the event's place, or a locality the gazetteer lacks, placed in the event's
place. A sentence with a cue of another incident ("earlier", "another", "elsewhere") is not
the act's; the search goes at most ``_FURTHER`` sentences on.

The act itself retold by its own noun made definite names its site too (twenty-sixth round):
"Jets killed 12 people in Idlib province on Friday ... The monitor later raised its count for
the strike on Kafr Nabl" happened at Kafr Nabl ("the strike on X", "the attack on the village
of X", "the shelling of X"), a known place inside the event's place or a locality the
gazetteer lacks there.
"""

from __future__ import annotations

import re

from ....document import Document, PlaceMention, Span
from ....ontology import is_violent
from ...draft import EventDraft
from ...geography.name_shapes import NAME
from ...geography.names.place_names import names_a_place
from ...geography.nesting import finer_within
from ...geography.precision import most_precise_first
from ...story_cues import NEW_INCIDENT
from .localities.locality import Locality, at_locality

_COARSE = frozenset({"country", "admin1", "region"})
# A checkpoint is named after its village as a base is: "a checkpoint of security forces in
# a district" then "the Durbani checkpoint".
_SITE_NOUNS = r"village|town|hamlet|settlement|camp|base|outpost|detachment|checkpoint|check-?post"
_INDEFINITE_SITE = re.compile(
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_SITE_NOUNS})\b", re.IGNORECASE
)
_FURTHER = 6
_ANOTHER = re.compile(r"\banother\b", re.IGNORECASE)
# An earlier figure of the same act is no cue of another incident: "raised its earlier toll
# for the strike on X".
_EARLIER_FIGURE = re.compile(
    r"\bearlier\s+(?:death\s+)?(?:toll|tally|figure|count|report)s?\b", re.IGNORECASE
)


def place_at_retold_site(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event at a country, province or region placed at the site its first
    sentence tells by an indefinite noun, named by that noun made definite later."""
    for draft in drafts:
        if not is_violent(draft.event_type) or not draft.places or not draft.sentences:
            continue
        around = draft.places[0]
        if around.precision not in _COARSE:
            continue
        # a sentence telling an act of the type apart is another incident's (fold60)
        apart = frozenset(
            index
            for other in drafts
            if other is not draft and other.event_type == draft.event_type
            for index in other.sentences
        ) - set(draft.sentences)
        told = _indefinite_site(doc, draft)
        if told is None:
            found = _retold_act(doc, draft, around, apart)
        else:
            first, site = told
            found = _named_site(doc, first, site.group("noun").lower(), around, apart)
        if found is not None:
            draft.places = most_precise_first([found, *draft.places])
    return drafts


def _indefinite_site(doc: Document, draft: EventDraft) -> tuple[int, re.Match[str]] | None:
    """The first of the event's opening sentences (its headline lines and its first sentence
    of the body) that tells its site by an indefinite noun: a headline merged in ("Militants
    kill 12 soldiers in attack on base") does not hide the lead's "a military base"."""
    for index in sorted(set(draft.sentences)):
        sentence = doc.sentences[index]
        site = _INDEFINITE_SITE.search(sentence.text)
        if site is not None:
            return index, site
        if not sentence.heading:
            return None
    return None


# The act retold by its noun made definite, and where it struck: "the strike on Urum al-Joz",
# "the raids on the town of X", "the shelling of Kafr Nabl".
_RETOLD_ACT = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:strikes?|airstrikes?|raids?|attacks?|bombings?|"
    r"shelling|bombardments?|massacre|assault|explosions?|blasts?|ambush)\s+(?:on|in|at|of|"
    r"against)\s+(?:the\s+)?(?:(?:town|village|city|neighbou?rhood|district|camp|area)\s+of\s+)?"
    rf"(?P<a>{NAME})"
)


def _retold_act(
    doc: Document, draft: EventDraft, around: PlaceMention, apart: frozenset[int]
) -> PlaceMention | None:
    """The place a sentence after the event's first names as where the act, retold by its
    noun made definite, struck."""
    return _named_after(doc, min(draft.sentences), _RETOLD_ACT, around, apart)


def _named_site(
    doc: Document, first: int, noun: str, around: PlaceMention, apart: frozenset[int]
) -> PlaceMention | None:
    """The place a sentence after ``first`` names with the site's noun made definite."""
    definite = re.compile(
        rf"\b[Tt]he\s+(?:(?:[a-z][\w-]*)\s+){{0,2}}?{noun}\s+of\s+(?P<a>{NAME})"
        rf"|\b[Tt]he\s+(?P<b>{NAME})\s+(?:(?:military|army|police|security)\s+)?{noun}\b"
    )
    return _named_after(doc, first, definite, around, apart)


def _named_after(
    doc: Document,
    first: int,
    definite: re.Pattern[str],
    around: PlaceMention,
    apart: frozenset[int],
) -> PlaceMention | None:
    """The place inside ``around`` a sentence after ``first`` names in group ``a`` or ``b`` of
    ``definite``; none past a sentence of another incident, or one that tells an act of the
    event's type kept apart (``apart``: "Jets struck a market in a town in Idlib province,
    killing 18. An airstrike hit a hospital in the town of Saraqib, killing three")."""
    for index in range(first + 1, min(len(doc.sentences), first + 1 + _FURTHER)):
        sentence = doc.sentences[index]
        if index in apart:
            return None
        if sentence.heading:
            continue
        told = _EARLIER_FIGURE.sub("", sentence.text)
        if NEW_INCIDENT.search(told) or _ANOTHER.search(told):
            return None
        for match in definite.finditer(sentence.text):
            group = "a" if match.group("a") else "b"
            name = match.group(group)
            if not names_a_place(name):
                continue
            start = sentence.span.start + match.start(group)
            span = Span(start, start + len(name))
            place = next((p for p in doc.places if p.span.overlaps(span)), None)
            if place is not None:
                if finer_within(place, around):
                    return place
                continue
            taken = doc.place_references + doc.actors
            if any(t.span.overlaps(span) for t in taken):
                continue  # "the Islamic State base": whose base, not where
            return at_locality(Locality(span, name, "town"), around)
    return None
