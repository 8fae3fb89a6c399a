"""The story passes (:mod:`.`): every violent act told after the lead with no cue of another
incident folded into the lead's event (:func:`fold_into_lead`), and a lead told at a province
placed at the town a later retelling names (:func:`place_lead_from_retelling`); and the kinds
of violence a lead's incident can turn out to include.
"""

from __future__ import annotations

import re

from .....document import (
    ARMED_KINDS,
    LOCAL_PRECISIONS,
    ActorMention,
    Document,
    Sentence,
    sentence_at,
)
from .....ontology import EventTypeName
from ....crowds import CROWD_TYPES
from ....draft import EventDraft, deaths_told
from ....generic_violence import is_generic, told_by_other_means
from ....geography.city_province import in_the_province, province_by_its_city
from ....geography.names.other_localities import names_another_locality
from ....geography.nesting import inside_lead_place, nested
from ....geography.precision import most_precise_first, yields_to_a_district
from ....geography.struck_names.struck_heads import told_by_a_struck_list
from ....story_cues import (
    FRAME,
    NEW_INCIDENT,
    first_sentence_on_another_time,
    same_day,
    told_as_new,
    told_places,
)
from ...folding import absorb, take_fields
from ..identity.attackers import attackers_agree
from ..identity.clause_lists import tells_new_places
from ..identity.other_means import by_other_means
from ..identity.replies import tells_a_reply
from ..identity.two_acts import told_as_two
from .lead import around_the_lead_town, lead_event, summary_of_several, violence_told_after
from .sites import is_site, site_places

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
    lead = lead_event(doc, drafts)
    if lead is None or summary_of_several(doc, lead, drafts):
        return drafts
    kept: list[EventDraft] = []
    on_story = True
    for draft in drafts:
        kept.append(draft)
        if not on_story or not violence_told_after(lead, draft):
            continue
        if not _same_incident(doc, lead, draft):
            on_story = False  # another incident told: the story is a roundup from here on
        elif _kinds_fit(doc, lead, draft) and tells_a_reply(doc, draft) == tells_a_reply(
            doc, lead
        ):  # the other side's strikes "to repel the assault" are not the lead's act
            kept.pop()
            # the city the lead was told at, when it stood for its province
            city = lead.places[0].name if _in_the_lead_province(doc, lead, draft) else None
            both = draft.actor1 is not None and draft.actor2 is not None
            told_sides = (draft.actor1, draft.actor2) if both else None
            if lead.places:  # the places it carried over are not where the lead happened
                draft.places = told_places(doc, draft)
            kind = draft.event_type
            if frozenset({lead.event_type, kind}) in _READ_TWO_WAYS:
                take_fields(lead, draft, actors=_armed_over_generic)
            else:
                absorb(lead, draft)
            if around_the_lead_town(doc, lead, draft):
                sites = [p for p in draft.places if is_site(doc, p)]
                lead.places = [*sites, *(p for p in lead.places if p not in sites)]
            if city is not None:  # the town of the province the lead's bare city stood for
                towns = [p for p in draft.places if p.name != city]
                lead.places = [*towns, *(p for p in lead.places if p not in towns)]
                if told_sides is not None:  # the body's act tells who fought whom
                    lead.actor1, lead.actor2 = told_sides
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
    story, and a lead whose later violence names several towns is a roundup's. A lead told at
    a city named like its province and not told as the city ("a chemical attack in Idlib", not
    "the city of Idlib") names the province (:func:`.province_by_its_city`)."""
    lead = lead_event(doc, drafts)
    if lead is None or not lead.places:
        return drafts
    around = lead.places[0]
    as_province = province_by_its_city(doc, lead)
    if around.precision in LOCAL_PRECISIONS and not as_province:
        return drafts
    if summary_of_several(doc, lead, drafts, city_as_province=as_province):
        return drafts
    for draft in drafts:
        if not violence_told_after(lead, draft):
            continue
        if not _retells(doc, lead, draft, as_province):
            return drafts  # another incident told: the story is a roundup from here on
        if draft.event_type == lead.event_type and _own_toll(lead, draft):
            return drafts  # an act of the lead's type kept apart with its own dead (fold60)
        if told_by_a_struck_list(doc, draft):
            return drafts  # "Districts hit included A, B and C": each its own event, not the lead's
        if as_province and draft.event_type != lead.event_type:
            continue  # a city read as its province moves only to the same act retold
        town = next(iter(most_precise_first(told_places(doc, draft))), None)
        if as_province and town is not None and not in_the_province(town, around):
            return drafts  # told in another province: another incident
        inside = town is not None and (
            nested(town, around) or (as_province and in_the_province(town, around))
        )
        if town is None or town.precision not in LOCAL_PRECISIONS or not inside:
            continue
        if yields_to_a_district(town, [town, *lead.places]):
            continue  # the province's name read as its city, beside the district the lead names
        told = sentence_at(doc.sentences, town.span)
        if told is None or _tells_another(told):
            return drafts  # the town is told as another incident's ("in a separate attack")
        lead.places = [town, *lead.places]
        return drafts
    return drafts


def _own_toll(lead: EventDraft, draft: EventDraft) -> bool:
    """Whether an act of the lead's type the merging kept apart tells dead the lead does not:
    "Jets struck a fuel market in a town in Idlib province, killing 18. An airstrike hit a
    field hospital in the town of Saraqib, killing three" is a second strike, not the
    lead's town."""
    own = {q.value for q in deaths_told(draft)}
    return bool(own) and not own & {q.value for q in deaths_told(lead)}


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


def _retells(doc: Document, lead: EventDraft, later: EventDraft, as_province: bool) -> bool:
    """Whether nothing in the later mention tells another incident than the lead's, a lead
    that names no town: a locality its sentences do not name is where it happened. A lead's
    city told for its province is no town the later one must be in (its caller checks the
    province)."""
    sentence = doc.sentences[later.sentences[0]]
    places = lead.places[1:] if as_province else lead.places
    return (
        not told_as_new(doc, sentence, later)
        and _within_lead_time(lead, later)
        and inside_lead_place(places, told_places(doc, later))
        and attackers_agree(doc, lead, later)
    )


def _within_lead_time(lead: EventDraft, later: EventDraft) -> bool:
    """The same day, or (a lead told by its week, "last week") a day of that week."""
    a, b = lead.date, later.date
    if a is not None and b is not None and a.precision == "week" and b.precision == "day":
        return abs((a.date - b.date).days) <= _HALF_WEEK
    return same_day(lead, later)


_HALF_WEEK = 3


def _same_incident(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """Whether nothing in the later mention tells another incident than the lead's."""
    sentence = doc.sentences[later.sentences[0]]
    return (
        not told_as_new(doc, sentence, later)
        and not first_sentence_on_another_time(doc, later)
        and same_day(lead, later)
        and (
            inside_lead_place(lead.places, site_places(doc, told_places(doc, later)))
            or around_the_lead_town(doc, lead, later)
            or _in_the_lead_province(doc, lead, later)
        )
        and not names_another_locality(doc, lead.sentences, sentence.index)
        and not tells_new_places(doc, lead, later)
        and attackers_agree(doc, lead, later)
        and not told_as_two(doc, lead, later)  # last: it reads what each telling is about
    )


def _in_the_lead_province(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """A headline or lead told at a city named like its province ("Army kills 30 terrorists
    in Hama") and an act of the same type told at a town of that province ("stormed their
    positions in Kafr Zita in northern Hama"): the bare name stood for the province
    (:func:`.province_by_its_city`), and the town is where the lead's act happened (fold72)."""
    if later.event_type != lead.event_type or not lead.places:
        return False
    own = told_places(doc, later)
    city = lead.places[0]
    # ("in northern Hama" names the province again, read as the city)
    towns = [p for p in own if p.name != city.name]
    return (
        bool(towns)
        and all(in_the_province(p, city) for p in towns)
        # a town's own dead are a part of the lead's ("killed 20 across Idlib ... nine died in
        # strikes on Saraqib"): another act of the lead's campaign (fold60's `_own_toll`)
        and not _own_toll(lead, later)
        and province_by_its_city(doc, lead)
    )


_GROUND_TAKEN: frozenset[EventTypeName] = frozenset({"territory_taken", "territory_regained"})


def _kinds_fit(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """The same type, a type the lead's includes, or generic words ("attack", "killed") about
    an act of war: a demonstration's story does not take in the killing told after it. An act
    whose sentence tells it done by other means than the lead's is another act (``.other_means``:
    a car bomb after a shelling)."""
    if later.sentences[0] not in lead.sentences and by_other_means(doc, lead, later):
        return False
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
