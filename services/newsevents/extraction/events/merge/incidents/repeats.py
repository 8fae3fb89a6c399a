"""One event told in consecutive sentences: repeats and elaborations of one act.

- ``merge_repeats``: events of one type that continue one another ("They also shelled ...")
  or repeat each other (a caption and the body, the same actor in the same province) are one;
- ``fold_elaborations``: violence a paragraph goes on to describe ("The device exploded ...",
  "three people were killed in the explosion") is the act it opened with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ....document import LOCAL_PRECISIONS, Document, PlaceMention, Sentence
from ....ontology import is_violent
from ...crowds import CROWD_TYPES
from ...draft import (
    CONTINUATION,
    PAIRWISE_WINDOW,
    EventDraft,
    better_date,
    opens_on_another_day,
    opens_on_another_time,
    other_side,
    tells_a_toll,
    told_as_another,
)
from ...generic_violence import is_generic
from ...geography.names.other_localities import names_another_locality
from ...geography.nesting import nested, nested_either
from ...geography.precision import PRECISION_RANK, most_precise_first
from ...story_cues import act_told_as_another, told_places
from ..folding import toll_before_the_fight
from .aboutness import about, shares_what
from .identity.clause_lists import tells_new_places
from .identity.other_means import by_other_means
from .identity.replies import tells_a_reply
from .identity.two_acts import told_as_two


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
    target.actor1, target.actor2 = other_side(
        target.actor1, target.actor2, target.actor2 or draft.actor2, draft
    )


def _same_event(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    if earlier.event_type != later.event_type:
        return False
    sentence = doc.sentences[later.sentences[0]]
    if opens_on_another_time(doc.text, later.trigger, sentence.span.start):
        return False  # "Earlier in the day, two militants were killed in Israeli strikes"
    if opens_on_another_day(doc, earlier, later):
        return False  # "On Tuesday 40 people were killed by warplanes" after Wednesday's raids
    if tells_new_places(doc, earlier, later):
        return False  # "Warplanes struck A, B and C" after the sorties: acts at the listed places
    close = later.sentences[0] - earlier.sentences[-1] <= 2
    if close and CONTINUATION.match(sentence.text):
        same = _same_spot(doc, earlier, later)
    else:
        same_actor = (
            earlier.actor1 is not None
            and later.actor1 is not None
            and earlier.actor1.name == later.actor1.name
            and not earlier.actor1.generic
        )
        same = (
            (same_actor or _same_crowd(earlier, later))
            and _same_region(earlier.places, later.places)
            and _same_spot(doc, earlier, later)
            and not _at_two_towns(doc, earlier, later)
        )
    # "two soldiers were wounded in a separate clash in Iloilo province" (read last: it looks
    # at every trigger of the sentence); "Elsewhere, ...", "They also pounded the village of X",
    # another place or side (:mod:`.two_acts`, read last: it reads what each act is about)
    return (
        same
        and not (act_told_as_another(doc, later) and _told_elsewhere(doc, earlier, later))
        and not told_as_two(doc, earlier, later)
    )


def _told_elsewhere(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act's own sentences name a place, none of them one of the earlier's
    or a finer place inside one: a "separate air raid" told at no place of its own is as often
    one of the acts a summary before it counted ("strikes hit two homes ... another six were
    killed in a separate raid"), and "another strike on al-Salehia village" after strikes told
    in its province is one of them. (A province is not read as around the earlier town: the
    gazetteer places a province's towns in its whole region.)"""
    own = told_places(doc, later)
    return bool(own) and not any(_within(p, at) for p in own for at in earlier.places)


def _within(inner: PlaceMention, outer: PlaceMention) -> bool:
    """``inner`` is ``outer`` or a finer place inside it."""
    return inner.name == outer.name or (
        nested(inner, outer)
        and PRECISION_RANK.get(inner.precision, 9) < PRECISION_RANK.get(outer.precision, 9)
    )


def _same_spot(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """The two acts are told at one spot unless the later sentence names a locality the
    earlier ones do not, told as beside the first ("then torched the houses of adjacent
    Tilal village"); two mentions at two spots are one all the same when they tell the same
    act (the same toll, or the same target and victims)."""
    if not _another_locality(doc, earlier, later):
        return True
    return shares_what(about(doc, earlier), about(doc, later))


def _another_locality(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later sentence names a locality the earlier ones do not, told as beside
    the one before ("then torched the houses of adjacent X village", "the neighbouring town
    of Y")."""
    index = later.sentences[0]
    return _ANOTHER_PLACE.search(doc.sentences[index].text) is not None and (
        names_another_locality(doc, earlier.sentences, index)
    )


# A place told as beside the one before: "in adjacent X village", "the neighbouring town of Y".
_ANOTHER_PLACE = re.compile(
    r"\b(?:adjacent|nearby|neighbou?ring|another|other|next)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:villages?|towns?|camps?|neighbou?rhoods?|districts?|settlements?|hamlets?)\b",
    re.IGNORECASE,
)


def _at_two_towns(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act's own sentence tells it at a town or finer place that is none of
    the earlier event's places nor inside or around one, while the earlier is told at a town
    or finer: the same actor at two towns in two sentences ("Russian troops shelled Kupiansk
    ..." then "Russian troops shelled the village of X ...") is two acts, unless they share a
    toll or their target and victims (:func:`.aboutness.shares_what`). An earlier event that
    also names the province is left to the other tests: a town of that province told later was
    as often a prediction or an earlier day's act told beside the lead (measured, twentieth
    round: two background events published for three occurrences found)."""
    if not (is_violent(earlier.event_type) or earlier.event_type in CROWD_TYPES):
        return False  # a unit's move is told at both ends: "arrived in X ... stationed in Y"
    if not earlier.places or earlier.places[0].precision not in LOCAL_PRECISIONS:
        return False
    sentence = doc.sentences[later.sentences[0]]
    own = [
        p
        for p in later.places
        if sentence.span.contains(p.span) and p.precision in LOCAL_PRECISIONS
    ]
    if not own or any(nested_either(p, at) for p in own for at in earlier.places):
        return False
    return not shares_what(about(doc, earlier), about(doc, later))


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
    # "Eight people were killed in Zara. Opposition fighters attacked army positions in the
    # village": a bare toll takes the fight its elaboration tells (thirty-seventh round)
    if (
        opener.event_type == "attack_on_civilians"
        and is_generic(opener)
        # (a fight told with its agent, not a toll: "police suspect she was killed")
        and draft.actor1 is not None
        and not tells_a_toll(draft.trigger)
        and toll_before_the_fight(opener, draft)
    ):
        opener.event_type = draft.event_type
    opener.add_sentences(draft)
    opener.add_quantities(draft)
    opener.places = most_precise_first(
        opener.places + [p for p in draft.places if p not in opener.places]
    )
    opener.actor1, opener.actor2 = other_side(
        opener.actor1, opener.actor2, opener.actor2 or draft.actor2, draft
    )


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
        or opens_on_another_day(doc, opener, later)
        or names_another_locality(doc, opener.sentences, then.index)
        or tells_new_places(doc, opener, later)
        or _another_kind_of_act(opener, later)
        or by_other_means(doc, opener, later)
    ):
        return False
    known = {a.name for a in (opener.actor1, opener.actor2) if a is not None}
    new_actor = later.actor1 is not None and not later.actor1.generic
    if (
        new_actor
        and later.actor1 is not None
        and later.actor1.name not in known
        and not _attack_foiled(doc, opener, then, later.actor1.name)
    ):
        return False
    opened_at = {p.name for p in opener.places}
    own = [p for p in doc.in_sentence(doc.places, then) if PRECISION_RANK.get(p.precision, 9) <= 2]
    if any(p.name not in opened_at for p in own):
        return False  # "In Bama, a suicide bomber ...": another town, another occurrence
    if _placed_in_another_province(doc, opener, later, then):
        return False  # "In Daraa province, ..." after an act in Latakia: a roundup's next item
    if tells_a_reply(doc, later) != tells_a_reply(doc, opener):
        return False  # "Coalition war planes carried out strikes to repel the assault"
    goes_on = tells_a_toll(later.trigger) or _REFERS_BACK.search(then.text) is not None or not own
    # asked last: it reads what each act is about (:mod:`.two_acts`, :mod:`.act_identity`)
    return goes_on and not told_as_two(doc, opener, later)


# How an attack the sentence before told ended: "The attack was foiled and 28 terrorists were
# killed", "The infiltration attempt was repelled".
_ATTACK_FOILED = re.compile(
    r"^The\s+(?:attack|assault|offensive|infiltration(?:\s+attempt)?|attempt)\s+(?:was|were)\s+"
    r"(?:foiled|repelled|repulsed|thwarted|aborted)\b"
)


def _attack_foiled(doc: Document, opener: EventDraft, then: Sentence, name: str) -> bool:
    """Whether the later sentence tells how the attack of the opener's last sentence ended, the
    attackers it names those that sentence named ("An army unit clashed with al-Nusra
    terrorists in A, B and C who tried to attack ... The attack was foiled and 28 terrorists
    were killed including one of al-Nusra leaders"; forty-ninth round, clash69): the clash,
    though a headline merged before it named another foe."""
    if _ATTACK_FOILED.match(then.text) is None:
        return False
    told = [i for i in opener.sentences if i < then.index]
    last = doc.sentences[max(told)] if told else None
    return last is not None and any(a.name == name for a in doc.in_sentence(doc.actors, last))


# Ground taken and a strike or blast told beside it are two acts, whichever is told first: "army
# units regained control of the town ... In the morning the air force carried out airstrikes on
# the hills around it", "the air force destroyed hideouts in the town ... Army units then
# regained control of the nearby hills" (twenty-seventh round). Neither tells how the other
# went, as the dead or the device of an attack do.
_TERRITORY: frozenset[str] = frozenset({"territory_regained", "territory_taken"})
_REMOTE: frozenset[str] = frozenset(
    {"airstrike", "shelling", "explosive_attack", "suicide_bombing", "chemical_attack"}
)


def _another_kind_of_act(opener: EventDraft, later: EventDraft) -> bool:
    """Whether one of the two is ground taken and the other a strike, a shelling or a blast."""
    kinds = {opener.event_type, later.event_type}
    return bool(kinds & _TERRITORY) and bool(kinds & _REMOTE)


def _placed_in_another_province(
    doc: Document, opener: EventDraft, later: EventDraft, then: Sentence
) -> bool:
    """Whether the later act is placed, in its own sentence, at a province or region that
    neither holds nor lies in one of the opener's places: a roundup telling its provinces one
    by one ("In Daraa, ...", "in Latakia Province") goes on to another act, not the opener's.
    After an act told at a town, only a province the sentence opens on counts ("In the nearby
    province of Idlib a drone struck a car" after clashes in two quarters of Aleppo): one told
    further on is as often the context of the town's act ("killed in fighting in Aleppo
    province", "an area close to yesterday's attack"). A town of the opener's whose province
    the gazetteer lacks leaves the test undecided."""
    if not opener.places:
        return False
    local = [p for p in opener.places if PRECISION_RANK.get(p.precision, 9) <= 2]
    if any(p.province is None for p in local):
        return False
    return any(
        then.span.start <= p.span.start < then.span.end
        and PRECISION_RANK.get(p.precision, 9) in (3, 4)
        and not any(nested_either(p, at) for at in opener.places)
        and (not local or _OPENS_ON.match(doc.text, then.span.start, p.span.start) is not None)
        for p in later.places
    )


# A sentence opening on its place: "In the nearby province of Idlib", "In Hama province".
_OPENS_ON = re.compile(r"\s*In\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:province|region)\s+of\s+)?$")


# A sentence that goes on about what was just told: "The device exploded ...", "They ...",
# "... were killed in the explosion".
_REFERS_BACK = re.compile(
    r"^(?:The|This|That|These|Those|They|He|She|It)\b|\b(?:in|during|after) the (?:attack|"
    r"explosion|blast|clash(?:es)?|shooting|fighting|raid|ambush|incident|firefight)\b",
    re.IGNORECASE,
)


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
