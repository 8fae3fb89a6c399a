"""One incident, one event, by what its mentions are ABOUT (:func:`fold_same_victims`).

What an event is about: its victims (their noun), its target, its toll and whom the toll
counts, read from the event's own sentences. Two mentions of one incident share them ("12
soldiers were killed when militants stormed the base", then "the attack on the base killed 12
soldiers"); two incidents of one article differ in them. The pass runs after the structural
passes: it folds what they left apart when the two events share their victims or their target
and nothing in the text sets them apart (another place, another day, other attackers, a mention
told as new). ``tools/about_pairs.py`` measures each clue against our article gold (and the
clues the pass does not use: counts, target names, named sides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ....document import Document
from ....ontology import is_violent
from ....text.several_acts import COUNTED_ACTS, ONE_OF_COUNTED
from ...draft import OCCURRED, EventDraft, deaths_told
from ...generic_violence import is_generic
from ...geography.names.other_localities import names_another_locality
from ...geography.nesting import near_by, nested_either
from ...geography.precision import most_precise_first
from ...story_cues import same_day, told_as_new
from ...victims import counted_words, victims_in
from ..folding import fold_into_earlier, take_fields
from .identity.attackers import attackers_agree

# What is hit: a building, a convoy, a post, a gathering.
TARGET_NOUNS = {
    "mosque": "mosque",
    "church": "church",
    "temple": "temple",
    "market": "market",
    "marketplace": "market",
    "school": "school",
    "university": "school",
    "college": "school",
    "checkpoint": "checkpoint",
    "checkpost": "checkpoint",
    "convoy": "convoy",
    "patrol": "patrol",
    "base": "base",
    "camp": "camp",
    "barracks": "base",
    "outpost": "post",
    "post": "post",
    "hospital": "hospital",
    "clinic": "hospital",
    "bus": "bus",
    "minibus": "bus",
    "vehicle": "vehicle",
    "car": "vehicle",
    "truck": "vehicle",
    "police station": "police station",
    "station": "station",
    "prison": "prison",
    "jail": "prison",
    "wedding": "wedding",
    "funeral": "funeral",
    "bank": "bank",
    "hotel": "hotel",
    "restaurant": "restaurant",
    "bridge": "bridge",
    "airport": "airport",
    "compound": "compound",
    "office": "office",
    "headquarters": "headquarters",
    "house": "house",
    "home": "house",
    "residence": "house",
    "village": "village",
    "mine": "mine",
    "farm": "farm",
    "boat": "boat",
    "train": "train",
    "tanker": "tanker",
    "rally": "rally",
    "bar": "bar",
    "nightclub": "bar",
    "shop": "shop",
    "stadium": "stadium",
}
_TARGET = re.compile(
    r"\b(" + "|".join(sorted(TARGET_NOUNS, key=len, reverse=True)) + r")(?:s|es)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class About:
    """What one event's own sentences say it is about (what :func:`shares_what` reads)."""

    tolls: frozenset[float]
    victims: frozenset[str]
    targets: frozenset[str]
    # Whom the tolls' own words count ("12 soldiers"), to tell two equal tolls apart.
    toll_victims: frozenset[str] = frozenset()
    # Each toll with where it is told: one toll attached to two events is no agreement.
    told_tolls: frozenset[tuple[float, int]] = frozenset()


@dataclass(frozen=True, slots=True)
class Shared:
    """What two events' :class:`About` share, and where they differ."""

    toll: bool
    victims: bool
    target: bool
    tolls_differ: bool
    victims_differ: bool


def about(doc: Document, draft: EventDraft) -> About:
    """What ``draft``'s own sentences say it is about."""
    victims: set[str] = set()
    targets: set[str] = set()
    for index in draft.sentences:
        if index >= len(doc.sentences):
            continue
        text = doc.sentences[index].text
        victims |= victims_in(text)
        targets |= {TARGET_NOUNS.get(m.group(1).lower(), "") for m in _TARGET.finditer(text)} - {""}
    toll_mentions = deaths_told(draft)
    toll_victims = frozenset(v for q in toll_mentions for v in victims_in(counted_words(doc, q)))
    return About(
        frozenset(q.value for q in toll_mentions),
        frozenset(victims),
        frozenset(targets),
        toll_victims,
        frozenset((q.value, q.span.start) for q in toll_mentions),
    )


def shared_about(a: About, b: About) -> Shared:
    """What ``a`` and ``b`` share and where they differ."""
    return Shared(
        toll=any(v == w and i != j for v, i in a.told_tolls for w, j in b.told_tolls),
        victims=bool(a.victims & b.victims),
        target=bool(a.targets & b.targets),
        tolls_differ=bool(a.tolls and b.tolls and not a.tolls & b.tolls),
        victims_differ=bool(a.victims and b.victims and not a.victims & b.victims),
    )


# The lead's sentences: a headline and a first sentence tell the incident, never "another".
_LEAD_SENTENCES = 2


def fold_same_victims(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event folded into the earlier one it shares its victims or target with
    (:func:`_may_be_one`, :func:`shares_what`), else kept; the kept event takes the best
    fields of both."""
    order = sorted(drafts, key=lambda d: (min(d.sentences, default=0), d.trigger.span.start))
    abouts: dict[int, About] = {}  # read only for the pairs the cheap guards leave

    def about_of(draft: EventDraft) -> About:
        if id(draft) not in abouts:
            abouts[id(draft)] = about(doc, draft)
        return abouts[id(draft)]

    def one(k: EventDraft, draft: EventDraft) -> bool:
        if _may_be_one(doc, k, draft) and shares_what(about_of(k), about_of(draft)):
            return True
        # The same dead counted twice is one incident told at two grains of place (the
        # province, then the village) or with a day only its report gives.
        return (
            _may_be_one(doc, k, draft, near=True)
            and _one_kind(k, draft)
            and counted_twice(about_of(k), about_of(draft))
            and not _counts_acts(doc, k)
            and not _counts_acts(doc, draft)
        )

    def fold(target: EventDraft, draft: EventDraft) -> None:
        date = target.date
        take_fields(target, draft)
        target.date = date  # read by what it is about, not by when: the earlier telling's day
        abouts.pop(id(target), None)

    kept = {id(k) for k in fold_into_earlier(order, one, fold)}
    return [d for d in drafts if id(d) in kept]


def _day(draft: EventDraft) -> object:
    return None if draft.date is None else (draft.date.date, draft.date.precision)


def _one_kind(earlier: EventDraft, later: EventDraft) -> bool:
    """Whether two mentions told at two places are of one kind of act: the same type, or one
    told in generic words ("killed", "attack"); "clashes" in a city and rockets on its quarter
    with the same dead are two acts the gold codes apart."""
    return earlier.event_type == later.event_type or is_generic(earlier) or is_generic(later)


def _counts_acts(doc: Document, draft: EventDraft) -> bool:
    """Whether the event's sentences count acts or tell one of those counted ("two soldiers
    were killed in two separate attacks", "in the second incident"): a toll told at a province
    and again at a town is then one of the counted acts' or their sum, not one incident's."""
    return any(
        COUNTED_ACTS.search(doc.sentences[i].text) or ONE_OF_COUNTED.search(doc.sentences[i].text)
        for i in draft.sentences
        if i < len(doc.sentences)
    )


def _two_days(earlier: EventDraft, later: EventDraft) -> bool:
    return earlier.date is not None and later.date is not None and _day(earlier) != _day(later)


def _report_day(earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the two days differ only as a report's day may (:func:`same_day` both ways: a
    vague day one day off the other)."""
    return same_day(earlier, later) and same_day(later, earlier)


def _may_be_one(
    doc: Document, earlier: EventDraft, later: EventDraft, *, near: bool = False
) -> bool:
    """Nothing in the text sets the two apart: two violent mentions told in different
    sentences, at one place (or one of them unplaced), on no two days, by agreeing attackers,
    the later not told as new and naming no other locality. ``near``: a place inside the
    other's or a few km from it (:func:`near_by`), and a day only a report gives one day off
    the other's, set nothing apart."""
    if not (is_violent(earlier.event_type) and is_violent(later.event_type)):
        return False
    if earlier.temporal_status != "current" or later.temporal_status != "current":
        return False  # history shares victims' nouns with the news more than it retells it
    if earlier.modality not in OCCURRED or later.modality not in OCCURRED:
        return False
    if set(earlier.sentences) & set(later.sentences):
        return False  # the acts of one sentence: the structural passes decide
    if earlier.places and later.places:
        first = most_precise_first(earlier.places)[0]
        second = most_precise_first(later.places)[0]
        inside = nested_either(first, second) or near_by(first, second)
        if first.name != second.name and not (near and inside):
            return False  # a town and its province are as often two incidents (roundups)
    if _two_days(earlier, later) and not (near and _report_day(earlier, later)):
        return False  # what the mentions share never outweighs two days (nor a day and a vague)
    if not attackers_agree(doc, earlier, later):
        return False
    if any(
        names_another_locality(doc, earlier.sentences, index)
        for index in later.sentences
        if index < len(doc.sentences)
    ):
        return False  # "the Bahadur Khel area", then "Kohat's Lachi area"
    opening = min(later.sentences, default=0)
    in_body = _LEAD_SENTENCES <= opening < len(doc.sentences)
    return not (in_body and told_as_new(doc, doc.sentences[opening], later))


# The smallest toll that, told twice, tells one incident wherever each telling places it: one
# dead is counted in too many separate incidents of one article.
_COUNTED = 2


def counted_twice(a: About, b: About) -> bool:
    """The same toll of two dead or more told twice, no other toll, and no two kinds of
    victims in the tolls' own words ("13 policemen", "13 militants")."""
    shared = shared_about(a, b)
    same = any(
        v == w and v >= _COUNTED and i != j for v, i in a.told_tolls for w, j in b.told_tolls
    )
    return (
        same
        and not shared.tolls_differ
        and not (a.toll_victims and b.toll_victims and not a.toll_victims & b.toll_victims)
    )


def shares_what(a: About, b: About) -> bool:
    """The same toll told twice, unless the victims the two tolls name differ ("12 soldiers",
    "12 militants"); else both the target and a victims' noun, with no two disjoint kinds of
    victims in their sentences; never two different tolls."""
    shared = shared_about(a, b)
    if shared.tolls_differ:
        return False
    if shared.toll:
        # The toll's own words name whom it counts; a sentence's other nouns are often the
        # attackers or the teller ("gunmen opened fire", "a police spokesman said").
        return not (a.toll_victims and b.toll_victims and not a.toll_victims & b.toll_victims)
    return shared.target and shared.victims and not shared.victims_differ
