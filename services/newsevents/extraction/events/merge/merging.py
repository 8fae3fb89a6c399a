"""Merging passes: drafts of one occurrence told in several sentences become one event.

Each pass is ``pass(doc, drafts) -> drafts`` and runs in the order of ``MERGING_PASSES``:
- ``combine_demonstrations`` (:mod:`.demonstrations`): a demonstration and what happened to
  it (dispersed, turned violent, fired on) are one event of the demonstration's final type;
- ``merge_repeats``: events of one type that continue one another ("They ...") or repeat each
  other (a caption and the body, the same actor in the same province) merge;
- ``fold_elaborations``: violence a paragraph goes on to describe is the act it opened with;
- ``merge_occurrences`` (:mod:`.occurrences`): every retelling of one incident in the article
  (headline, lead, "the raids", toll updates) is one event;
- ``fold_into_lead`` (:mod:`.story`): the violence an article goes on to tell, paragraphs
  later, is its lead's incident unless told as another (a new-incident word, a place or day
  frame, another day, town or attacker);
- ``fold_consequences`` (:mod:`.consequences`): what an attack did (burning, looting, seizing
  weapons, the flight it caused) is the attack;
- ``fold_incident_acts`` (:mod:`.incidents`): the acts an incident is told in (a bombing and
  the gunmen who stormed in after it, a protest and the forces deployed to it) are one event
  of the incident's type;
- ``place_from_elaborations`` (:mod:`.elaborated_places`): "The attack happened in Huyum"
  after an attack placed in its province places it in Huyum;
- ``split_listed_places`` (:mod:`.listed_places`): a violent act on listed towns ("on Dael,
  Ebtaa and Tal al-Samn") is one event per town;
- ``place_at_localities`` (:mod:`.unknown_places`): a violent act on neighbourhoods or villages
  the gazetteer lacks is one event at each, placed in the known place around them;
- ``place_from_followups`` (:mod:`.elaborated_places`): a sentence that tells no act of its own
  after a violent event places it at the finer place or unknown locality it names;
- ``place_from_sentence_mates`` (:mod:`.elaborated_places`): a violent act whose sentences
  name none of its places is where an act told in its sentence is ("after clashes, the group
  took Heet despite air strikes": the clashes and the strikes at Heet);
- ``place_unplaced`` (:mod:`.elaborated_places`): an event no place locates takes the places of
  such a sentence after it in its paragraph ("LOCATION: Kapelbok in Turkana District");
- ``place_lead_from_retelling`` (:mod:`.story`): a lead told at a country, region or province
  takes the town a later violent act of the same story is told at ("accused militias of
  attacking the Habouba village");
- ``place_at_the_capital`` (:mod:`.capital`): an event at its country told "in the capital" is
  at the country's capital;
- ``fold_summaries`` (:mod:`.incidents`): a roundup's summary at a country or province
  ("protests across Iraq") is the incident of its type told at a town inside it;
- ``fold_nested_places`` (:mod:`.nested_places`): a violent act told at a country, province
  or town is the one act of its type told inside it ("strike on Lebanon", "strike on Kafr Laha");
- ``fold_retold`` (:mod:`.retold`): an act told in a sentence an incident is already told in
  is that incident, when its kind fits ("The ambush occurred in Otu" after "an attack");
- ``attach_casualties``: a toll belongs to the violent act that caused it, once;
- ``presume_civilian_victims`` (:mod:`.civilian_victims`): the people a strike or bombing hit,
  when no fighter is named, are civilians;
- ``name_generic_attackers`` (:mod:`.named_attackers`): "the terrorists" are the one armed
  group the event's sentences name;
- ``fought_back`` (:mod:`.fought_back`): an attack whose targets or the forces fight back
  ("returned fire", "exchanged fire with the bandits", "repelled") is an armed clash.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...document import Document, PlaceMention, Sentence, sentence_at
from ...ontology import is_violent, severity
from ...text.periods import counts_a_period
from ..draft import (
    CONTINUATION,
    MAX_QUANTITIES,
    PAIRWISE_WINDOW,
    EventDraft,
    better_date,
    opens_on_another_time,
    tells_a_toll,
    told_as_another,
)
from ..link.roles import CROWD_TYPES
from ..link.where import PRECISION_RANK, most_precise_first
from .capital import place_at_the_capital
from .civilian_victims import presume_civilian_victims
from .consequences import fold_consequences
from .demonstrations import combine_demonstrations
from .elaborated_places import (
    place_from_elaborations,
    place_from_followups,
    place_from_sentence_mates,
    place_unplaced,
)
from .fought_back import fought_back
from .incidents import fold_incident_acts, fold_summaries
from .listed_places import split_listed_places
from .localities import names_another_locality
from .named_attackers import name_generic_attackers
from .nested_places import fold_nested_places
from .occurrences import merge_occurrences
from .retold import fold_retold
from .story import fold_into_lead, place_lead_from_retelling
from .unknown_places import place_at_localities


def merge_repeats(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Events of one type that continue one another ("They also shelled ...") or repeat each
    other (a caption and the body) are one, with all their sentences, tolls and places."""
    return _fold(
        drafts,
        lambda kept, draft: next((k for k in kept if _same_event(doc, k, draft)), None),
        _add_repeat,
    )


def _add_repeat(target: EventDraft, draft: EventDraft) -> None:
    target.sentences.extend(draft.sentences)
    target.add_quantities(draft)
    if target.source is None or target.source.kind == "group":
        target.source = draft.source or target.source
    target.places = most_precise_first(target.places + draft.places)
    target.date = better_date(target.date, draft.date)
    target.actor2 = target.actor2 or draft.actor2


def _same_event(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    if earlier.event_type != later.event_type:
        return False
    sentence = doc.sentences[later.sentences[0]]
    if opens_on_another_time(doc.text, later.trigger, sentence.span.start):
        return False  # "Earlier in the day, two militants were killed in Israeli strikes"
    close = later.sentences[0] - earlier.sentences[-1] <= 2
    if close and CONTINUATION.match(sentence.text):
        return True
    same_actor = (
        earlier.actor1 is not None
        and later.actor1 is not None
        and earlier.actor1.name == later.actor1.name
        and not earlier.actor1.generic
    )
    return (same_actor or _same_crowd(earlier, later)) and _same_region(
        earlier.places, later.places
    )


def _same_crowd(earlier: EventDraft, later: EventDraft) -> bool:
    """Demonstrations of one type in one province, on no two different days, are one crowd's
    event, whoever else the sentences name: "security forces shot dead two protesters", "16
    protesters were wounded when security forces ...", "crowds gathered outside a hospital"
    (the crowd is the actor of these types; the other side varies from sentence to sentence)."""
    return earlier.event_type in CROWD_TYPES and (
        earlier.date is None or later.date is None or earlier.date.date == later.date.date
    )


def _same_region(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """Either unplaced, or the main places share a province (al-Sikka is in Deir ez-Zor)."""
    if not first or not second:
        return True
    a, b = first[0], second[0]
    return a.country_code == b.country_code and (a.admin1 or a.name) == (b.admin1 or b.name)


def fold_elaborations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Violence a paragraph goes on to describe is the occurrence it opened with: "an IED
    detonated ... The device exploded ... three people were killed in the explosion" or "they
    clashed ... 1 police officer was shot and killed" are one event, with the first sentence's
    type and everyone's tolls and places."""
    return _fold(
        drafts,
        lambda kept, draft: next((k for k in reversed(kept) if _elaborates(doc, k, draft)), None),
        _add_elaboration,
    )


def _add_elaboration(opener: EventDraft, draft: EventDraft) -> None:
    opener.add_sentences(draft)
    opener.add_quantities(draft)
    opener.places = most_precise_first(
        opener.places + [p for p in draft.places if p not in opener.places]
    )
    opener.actor2 = opener.actor2 or draft.actor2


def _elaborates(doc: Document, opener: EventDraft, later: EventDraft) -> bool:
    first, then = doc.sentences[opener.sentences[0]], doc.sentences[later.sentences[0]]
    if (  # the cheap tests first: most pairs are far apart
        then.index <= first.index
        or then.paragraph != first.paragraph
        or then.index - opener.sentences[-1] > 2
        or not is_violent(opener.event_type)
        or not is_violent(later.event_type)
        or (later.date is not None and later.date != opener.date)
        or told_as_another(doc.text, later.trigger, then.span.start)
        or opens_on_another_time(doc.text, later.trigger, then.span.start)
        or names_another_locality(doc, opener.sentences, then.index)
    ):
        return False
    known = {a.name for a in (opener.actor1, opener.actor2) if a is not None}
    new_actor = later.actor1 is not None and not later.actor1.generic
    if new_actor and later.actor1 is not None and later.actor1.name not in known:
        return False
    opened_at = {p.name for p in opener.places}
    own = [p for p in doc.in_sentence(doc.places, then) if PRECISION_RANK[p.precision] <= 2]
    if any(p.name not in opened_at for p in own):
        return False  # "In Bama, a suicide bomber ...": another town, another occurrence
    return _is_casualty(later) or _REFERS_BACK.search(then.text) is not None or not own


# A sentence that goes on about what was just told: "The device exploded ...", "They ...",
# "... were killed in the explosion".
_REFERS_BACK = re.compile(
    r"^(?:The|This|That|These|Those|They|He|She|It)\b|\b(?:in|during|after) the (?:attack|"
    r"explosion|blast|clash(?:es)?|shooting|fighting|raid|ambush|incident|firefight)\b",
    re.IGNORECASE,
)


def _is_casualty(draft: EventDraft) -> bool:
    """An event reported only by its toll ("two people were killed"), not by an act."""
    return tells_a_toll(draft.trigger)


def _toll_target(
    doc: Document, acts: list[EventDraft], own: list[EventDraft], sentence: Sentence
) -> EventDraft | None:
    """The one event a toll in ``sentence`` belongs to (see ``attach_casualties``)."""
    violent_here = [d for d in own if is_violent(d.event_type)]
    if violent_here:
        return min(violent_here, key=lambda d: severity(d.event_type))
    earlier = [
        d
        for d in acts
        if d.sentences[0] < sentence.index
        and doc.sentences[d.sentences[0]].paragraph == sentence.paragraph
    ]
    if not earlier and not own:
        # A toll that is a paragraph of its own ("Fighting since Wednesday has left 28 dead, he
        # said."): the paragraph before told the act it counts, the one the toll's sentence
        # names by its noun ("Fighting": the clashes, not the air strikes told beside them).
        before = [
            d
            for d in acts
            if d.sentences[0] < sentence.index
            and doc.sentences[d.sentences[0]].paragraph == sentence.paragraph - 1
        ]
        named = {t.event_type for t in doc.in_sentence(doc.triggers, sentence)}
        earlier = [d for d in before if d.event_type in named] or before
    pool = [d for d in earlier if is_violent(d.event_type)] or ([] if own else earlier)
    if not pool:
        return None
    latest = max(d.sentences[0] for d in pool)
    return min((d for d in pool if d.sentences[0] == latest), key=lambda d: severity(d.event_type))


def attach_casualties(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Deaths belong to the violent act that caused them: to a violent event of their own
    sentence, else to the most severe event of the last sentence before them in the paragraph
    that tells violence ("Two men died." after a clash, "3 fatalities."), else to the event
    just before them; once only. A non-violent event of the same sentence ("... and two men
    were arrested") does not keep them."""
    acts = [d for d in drafts if not _is_casualty(d)] or drafts
    told_in: dict[int, list[EventDraft]] = {}  # the acts of each sentence, in their order
    for act in acts:
        for index in dict.fromkeys(act.sentences):
            told_in.setdefault(index, []).append(act)
    for quantity in doc.quantities:
        if quantity.unit != "fatalities":
            continue
        sentence = sentence_at(doc.sentences, quantity.span)
        if sentence is None:
            continue
        own = told_in.get(sentence.index, [])
        if counts_a_period(sentence.text) and not any(is_violent(d.event_type) for d in own):
            continue  # "23 journalists were killed in the 30-month war": no act's toll
        target = _toll_target(doc, acts, own, sentence)
        if target is None:
            continue
        if len(target.quantities) < MAX_QUANTITIES and quantity not in target.quantities:
            target.quantities = [*target.quantities, quantity]
        for draft in own:  # the toll is the violent act's: the arrest beside it does not keep it
            if draft is not target and not is_violent(draft.event_type):
                draft.quantities = [q for q in draft.quantities if q != quantity]
    return drafts


def _fold(
    drafts: list[EventDraft],
    belongs_to: Callable[[list[EventDraft], EventDraft], EventDraft | None],
    add: Callable[[EventDraft, EventDraft], None],
) -> list[EventDraft]:
    """Each draft added to the event ``belongs_to`` finds among the last PAIRWISE_WINDOW kept
    so far, else kept."""
    kept: list[EventDraft] = []
    for draft in drafts:
        event = belongs_to(kept[-PAIRWISE_WINDOW:], draft)
        if event is None:
            kept.append(draft)
        else:
            add(event, draft)
    return kept


MergingPass = Callable[[Document, list[EventDraft]], list[EventDraft]]
MERGING_PASSES: tuple[MergingPass, ...] = (
    combine_demonstrations,
    merge_repeats,
    fold_elaborations,
    merge_occurrences,
    fold_into_lead,
    fold_consequences,
    fold_incident_acts,
    place_from_elaborations,
    split_listed_places,
    place_at_localities,
    place_from_followups,
    place_from_sentence_mates,
    place_unplaced,
    place_lead_from_retelling,
    place_at_the_capital,
    fold_summaries,
    fold_retold,
    attach_casualties,
    presume_civilian_victims,
    name_generic_attackers,
    fought_back,
    fold_nested_places,
)
