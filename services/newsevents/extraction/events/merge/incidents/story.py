"""The story model: the violence an article goes on to tell is its lead's incident, unless it
is told as another.

A news story opens with its main incident (the headline and the lead paragraph: "A suicide
bomber killed 11 people in Iraq on Wednesday") and then elaborates it, often paragraphs later
and after context: "The bomber got through a checkpoint before setting off his charge",
"a Turkish army drone targeted their vehicle on Mount Sinjar", "killed in the airstrike". A
writer who moves on to another incident says so with a structural cue, whatever the outlet:

- a new-incident word before the act: "another", "a separate", "meanwhile", "elsewhere",
  "earlier", "later", "also" ("In the capital, meanwhile, two gunmen opened fire ...");
- a frame that opens the sentence on a place or a day: "In Aleppo, ...", "On Sunday, ...",
  the way roundups are told;
- an explicit day other than the lead's ("on Tuesday" / "on Sunday");
- a place outside the lead's: a town other than the lead's towns (Ariha after Saraqib, though
  both lie in the Idlib province the lead names); a quarter of the lead's town, or any place
  in the lead's region, province or country when the lead names no town, is where the lead's
  incident happened, told more precisely;
- a locality the lead's sentences do not name (:mod:`...localities`);
- an attacker on another side than the lead's.

Until the first violent event told with such a cue, every later violent event of a kind the
lead's can include (``_INCLUDES``: a bombing and the fire that met the bomber; generic words
unless one side is a demonstration) folds into the lead's event (:func:`fold_into_lead`);
from then on the article is a roundup and the pairwise passes before this one decide alone.
A lead that names two places outside each other ("in Aleppo and Quneitra"), or names no town
while the violence after it names several, is a roundup's lead: the model does not apply.
"""

from __future__ import annotations

import re

from ....document import (
    ARMED_KINDS,
    LOCAL_PRECISIONS,
    ActorMention,
    Document,
    PlaceMention,
    Sentence,
    sentence_at,
)
from ....ontology import EventTypeName, is_violent
from ...crowds import CROWD_TYPES
from ...draft import OCCURRED, EventDraft
from ...generic_violence import is_generic, is_violent_act, told_by_other_means
from ...localities import LEADS_TO, names_another_locality
from ...place_lists import lists_new_places
from ...place_nesting import inside_lead_place, nested
from ...precision import most_precise_first, yields_to_a_district
from ...story_cues import (
    FRAME,
    NEW_INCIDENT,
    first_sentence_on_another_time,
    same_day,
    told_as_new,
    told_places,
)
from .occurrences import absorb, attackers_agree, take_fields

# Kinds of violence an incident told in the lead can turn out to include, told later: a bombing
# and the fire that met the bomber, the blasts of shells or of a strike, the stones a repressed
# protest threw. A capture and the fighting for it, or a clash and shelling, are told apart as
# ACLED codes them apart.
_INCLUDES: dict[EventTypeName, frozenset[EventTypeName]] = {
    "explosive_attack": frozenset({"suicide_bombing", "attack_on_civilians"}),
    "suicide_bombing": frozenset({"explosive_attack", "attack_on_civilians"}),
    "airstrike": frozenset({"explosive_attack"}),
    "shelling": frozenset({"explosive_attack"}),
    "protest_repressed": frozenset({"riot", "protest_dispersed"}),
    "riot": frozenset({"mob_violence", "protest_dispersed"}),
}
# One incident told by two sides (or by its raid and its victims), each reading who was hit its
# own way: the army's "clashed with militants" and the residents' "gunmen shot at the
# villagers", "an army patrol came under attack"; "gunmen abducted students" and "started
# shooting sporadically" in the school. An attack told in one story with a clash or with an
# abduction is one incident (the lead's type names it) unless something tells another; a clash
# and an abduction stay two (the hostages of a pursuit are not taken in the firefight).
_READ_TWO_WAYS: tuple[frozenset[EventTypeName], ...] = (
    frozenset({"attack_on_civilians", "armed_clash"}),
    frozenset({"attack_on_civilians", "abduction"}),
)

_CLASH_AND_ABDUCTION: frozenset[EventTypeName] = frozenset({"armed_clash", "abduction"})


def fold_into_lead(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Every violent event the article tells after its lead's, with no cue of another incident,
    folded into the lead's event, until the first one told as another."""
    lead = _lead_event(doc, drafts)
    if lead is None or _summary_of_several(doc, lead, drafts):
        return drafts
    kept: list[EventDraft] = []
    on_story = True
    for draft in drafts:
        kept.append(draft)
        if not on_story or not _violence_told_after(lead, draft):
            continue
        if not _same_incident(doc, lead, draft):
            on_story = False  # another incident told: the story is a roundup from here on
        elif _kinds_fit(doc, lead, draft):
            kept.pop()
            if lead.places:  # the places it carried over are not where the lead happened
                draft.places = told_places(doc, draft)
            kind = draft.event_type
            if frozenset({lead.event_type, kind}) in _READ_TWO_WAYS:
                take_fields(lead, draft, actors=_armed_over_generic)
            else:
                absorb(lead, draft)
            if _around_the_lead_town(doc, lead, draft):
                sites = [p for p in draft.places if _is_site(doc, p)]
                lead.places = [*sites, *(p for p in lead.places if p not in sites)]
            if _fought(lead, kind):
                lead.named_as(draft)
    return kept


def place_lead_from_retelling(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """The lead's event, told at a country, region or province, placed at the town a later
    violent act of the same story is told at: "gunmen raided a hamlet in South Darfur"
    then "... accused the militias of attacking the Habouba village", or "an airstrike in
    Sagaing region" then "they decided to attack Pa Zi Gyi". The retelling may be told under
    another verb or noun (a type the lead's need not include, so it stays its own event); it
    is the lead's incident when nothing tells another (no new-incident word or frame, no other
    day, the town inside the lead's place). The first violent act told as another ends the
    story, and a lead whose later violence names several towns is a roundup's."""
    lead = _lead_event(doc, drafts)
    if lead is None or not lead.places or lead.places[0].precision in LOCAL_PRECISIONS:
        return drafts
    if _summary_of_several(doc, lead, drafts):
        return drafts
    around = lead.places[0]
    for draft in drafts:
        if not _violence_told_after(lead, draft):
            continue
        if not _retells(doc, lead, draft):
            return drafts  # another incident told: the story is a roundup from here on
        town = next(iter(most_precise_first(told_places(doc, draft))), None)
        if town is None or town.precision not in LOCAL_PRECISIONS or not nested(town, around):
            continue
        if yields_to_a_district(town, [town, *lead.places]):
            continue  # the province's name read as its city, beside the district the lead names
        told = sentence_at(doc.sentences, town.span)
        if told is None or _tells_another(told):
            return drafts  # the town is told as another incident's ("in a separate attack")
        lead.places = [town, *lead.places]
        return drafts
    return drafts


def _tells_another(sentence: Sentence) -> bool:
    """Whether a sentence has a cue of another incident anywhere in it, or opens on a frame:
    an event merged from several sentences is told as new only by its act's sentence, but the
    town it carries is the incident's of the sentence that names it."""
    return (
        NEW_INCIDENT.search(sentence.text) is not None
        or _ANOTHER.search(sentence.text) is not None
        or FRAME.match(sentence.text) is not None
    )


_ANOTHER = re.compile(r"\banother\b", re.IGNORECASE)


def _retells(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """Whether nothing in the later mention tells another incident than the lead's, a lead
    that names no town: a locality its sentences do not name is where it happened."""
    sentence = doc.sentences[later.sentences[0]]
    return (
        not told_as_new(doc, sentence, later)
        and _within_lead_time(lead, later)
        and inside_lead_place(lead.places, told_places(doc, later))
        and attackers_agree(doc, lead, later)
    )


def _within_lead_time(lead: EventDraft, later: EventDraft) -> bool:
    """The same day, or (a lead told by its week, "last week") a day of that week."""
    a, b = lead.date, later.date
    if a is not None and b is not None and a.precision == "week" and b.precision == "day":
        return abs((a.date - b.date).days) <= _HALF_WEEK
    return same_day(lead, later)


_HALF_WEEK = 3


def _lead_sentences(doc: Document) -> set[int]:
    """The headline lines and the lead: the first paragraph of the body, at most its first
    ``_LEAD_SENTENCES`` sentences (a text that lost its paragraph breaks is one paragraph)."""
    first = next((s for s in doc.sentences if not s.heading), None)
    if first is None:
        return set()
    lead = [s.index for s in doc.sentences if s.paragraph <= first.paragraph]
    return set(lead[: first.index + _LEAD_SENTENCES])


# The sentences a lead paragraph tells its incident in: a headline fused with the text, and the
# lead sentence.
_LEAD_SENTENCES = 2


def _lead_event(doc: Document, drafts: list[EventDraft]) -> EventDraft | None:
    lead = _lead_sentences(doc)
    first = min(
        (
            d
            for d in drafts
            if d.sentences[0] in lead
            and is_violent(d.event_type)
            and d.temporal_status == "current"
            and d.modality in OCCURRED
        ),
        key=lambda d: d.sentences[0],
        default=None,
    )
    if first is None or _names_several_places(_opening_places(doc, first)):
        return None  # no violence in the lead, or a roundup's lead: "in Aleppo and Quneitra"
    return first


def _opening_places(doc: Document, lead: EventDraft) -> list[PlaceMention]:
    """The places the lead's event is told at in the sentence that opens it."""
    opening = doc.sentences[lead.sentences[0]].span
    return [p for p in lead.places if opening.contains(p.span)]


def _summary_of_several(doc: Document, lead: EventDraft, drafts: list[EventDraft]) -> bool:
    """Whether the lead names no town and the violence told after it names several: "Air
    strikes killed 30 people across Idlib province" then Saraqeb, then Ariha is a roundup."""
    if any(p.precision in LOCAL_PRECISIONS for p in _opening_places(doc, lead)):
        return False
    towns = [
        p
        for d in drafts
        if d.sentences[0] > lead.sentences[0] and is_violent_act(d)
        for p in told_places(doc, d)[:1]
        if p.precision in LOCAL_PRECISIONS
    ]
    return _names_several_places(towns)


def _names_several_places(places: list[PlaceMention]) -> bool:
    """Whether two of the places lie outside each other (not a town and its province)."""
    return any(
        not (nested(a, b) or nested(b, a)) for i, a in enumerate(places) for b in places[i + 1 :]
    )


def _same_incident(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """Whether nothing in the later mention tells another incident than the lead's."""
    sentence = doc.sentences[later.sentences[0]]
    return (
        not told_as_new(doc, sentence, later)
        and not first_sentence_on_another_time(doc, later)
        and same_day(lead, later)
        and (
            inside_lead_place(lead.places, _sites(doc, told_places(doc, later)))
            or _around_the_lead_town(doc, lead, later)
        )
        and not names_another_locality(doc, lead.sentences, sentence.index)
        and not lists_new_places(doc, lead, later)
        and attackers_agree(doc, lead, later)
    )


# The words that tell a town as the point a place lies near, not as where the act was: "near the
# holy city of Kerbala", "west of Kerbala", "13 kilometres north of Maiduguri", "outside Jos".
_REFERENCE = re.compile(
    r"\b(?:near|outside|close to|(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+of|(?:kilometres|kilometers|km|miles)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def reference_point(doc: Document, place: PlaceMention) -> bool:
    """Whether the place is told as the point another lies near ("west of Kerbala")."""
    sentence = sentence_at(doc.sentences, place.span)
    start = max(place.span.start - 60, sentence.span.start if sentence else 0)
    return _REFERENCE.search(doc.text[start : place.span.start]) is not None


# The words that tell a place as where something else leads, not where the act was: "near the
# border with Mali", "on a road leading to the village of Tepoxtepec", "two farmers, from
# the village of Nacotuco" (where the victims come from).
_LEADS_TO = re.compile(
    rf"(?:\bborder (?:with|of)|{LEADS_TO}|,\s*from)"
    r"\s+(?:the\s+)?(?:(?:town|village|city|district|province|region|state)\s+of\s+)?$",
    re.IGNORECASE,
)


def _sites(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a retelling tells as where its act happened, not as where a border, a road
    or its victims lead: what is left is compared with the lead's places."""
    return [
        p
        for p in places
        if _LEADS_TO.search(doc.text[max(0, p.span.start - 40) : p.span.start]) is None
    ]


def _is_site(doc: Document, place: PlaceMention) -> bool:
    return place.precision in LOCAL_PRECISIONS and not reference_point(doc, place)


def _around_the_lead_town(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """Whether the lead tells its town only as the point its incident happened near ("a
    wedding party near the holy city of Kerbala") and the later mention places its site by
    that same town ("the feast at Ain Tamr, to the west of Kerbala"): one incident, its site
    told more precisely later, not a second town."""
    opening = [p for p in _opening_places(doc, lead) if p.precision in LOCAL_PRECISIONS]
    if not opening or any(_is_site(doc, p) for p in opening):
        return False
    near = {p.name for p in opening}
    own = told_places(doc, later)
    return any(p.name in near and reference_point(doc, p) for p in own) and any(
        _is_site(doc, p) for p in own
    )


_GROUND_TAKEN: frozenset[EventTypeName] = frozenset({"territory_taken", "territory_regained"})


def _kinds_fit(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """The same type, a type the lead's includes, or generic words ("attack", "killed") about
    an act of war: a demonstration's story does not take in the killing told after it."""
    if lead.event_type == later.event_type or later.event_type in _INCLUDES.get(
        lead.event_type, frozenset()
    ):
        return True
    pair = frozenset({lead.event_type, later.event_type})
    if pair in _READ_TWO_WAYS:
        return True
    if pair == _CLASH_AND_ABDUCTION:
        return False  # a clash and an abduction stay two, even told in generic words
    crowd = lead.event_type in CROWD_TYPES or later.event_type in CROWD_TYPES
    # Ground taken is told apart from the attack the lead tells in generic words: "the base
    # was attacked", then "the militants took over the town" (the gold codes both).
    ground = _GROUND_TAKEN & {lead.event_type, later.event_type}
    if crowd or ground:
        return False
    # a killing told done at hand is not the lead's shelling, air strike or bombing again
    if is_generic(later):
        return not told_by_other_means(doc, later, lead)
    return is_generic(lead) and not told_by_other_means(doc, lead, later)


def _armed_over_generic(kept: ActorMention | None, new: ActorMention | None) -> ActorMention | None:
    """The side another reading of the incident names, when it is armed and the lead's is
    generic or unnamed ("the New People's Army" over "guerrillas"); a teller read as its agent
    ("the United Nations mission condemned the ambush") is no side of it."""
    if new is None or new.kind not in ARMED_KINDS:
        return kept
    if kept is None or (kept.generic and not new.generic):
        return new
    return kept


def _fought(lead: EventDraft, later: EventTypeName) -> bool:
    """Whether the later telling reads as a fight the attack the lead told on a state's forces
    ("guerrillas killed 10 soldiers in an ambush", then "the NPA ambushed an army convoy"): a
    monitor codes an attack on soldiers or police as a battle."""
    victims = lead.actor2
    return (
        lead.event_type == "attack_on_civilians"
        and later == "armed_clash"
        and victims is not None
        and victims.kind == "state_force"
    )


def _violence_told_after(lead: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft`` is a violent act told as having happened, first told after the lead's
    sentence: what the story passes compare with the lead."""
    return (
        draft is not lead
        and draft.sentences[0] > lead.sentences[0]
        and is_violent_act(draft)
        and draft.modality in OCCURRED
    )
