"""One incident, one event, by the ACT each mention names (:func:`fold_same_acts`).

Every draft already carries what its act names, as the earlier stages read it: the kind of act
(its type, or generic words any violence fits), its agent (actor1), its toll and whom the toll
counts (the fatalities the linking attached), its place and day. This pass adds the act's
object: the target its trigger names in the words around it ("stormed the army base", "the
convoy ambush"), by its noun and, when told, its name ("the Al-Noor mosque").

Two mentions are one incident when their acts are COMPATIBLE on every slot both fill and share
at least one DISTINCTIVE slot:
- compatible: kinds that can name one act (the same type, or one told in generic words);
  places equal or one inside the other (a lead told at a province, the body's town in it,
  through the gazetteer's admin1), never two towns; no two explicit days; agreeing attackers;
  tolls that share a figure, told for victims of one kind;
- distinctive: the same toll told twice (two figures in the text, not one the linking gave
  both), or the same target named by the act (its noun and name when both tell a name).

A movement of forces or people told right after a violent act it is compatible with, with no
toll of its own (reinforcements sent, rebels fleeing), is that act's course and folds into it
with no shared slot (:func:`_movement_in`).

A roundup's items each name their own place and toll, so they conflict on a slot and stay
apart, however many nouns their sentences share; the items of one sentence ("shelling on X
and Y") are copies of one trigger (:mod:`..places.per_place.listed_places`) and are never folded
back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ....document import Document, PlaceMention
from ....ontology import EventTypeName, is_violent, severity
from ...draft import OCCURRED, PAIRWISE_WINDOW, EventDraft, deaths_told, told_as_another
from ...generic_violence import is_generic, is_violent_act
from ...geography.nesting import nested_either
from ...geography.precision import most_precise_first
from ...geography.spellings import same_spot
from ...story_cues import told_as_new
from ...victims import counted_words, victims_in
from ..folding import keep_own, take_fields
from .aboutness import TARGET_NOUNS
from .identity.attackers import attackers_agree
from .occurrences import days_agree
from .wider_place import finer_first, named_by_the_other, told_wider

# What the act names as its object: the target nouns an attack is aimed at. Not the places
# every item of a roundup names ("village", "house", "home", "vehicle", "car"): those say where
# as often as what.
_DISTINCT_TARGETS = frozenset(TARGET_NOUNS.values()) - {
    "village",
    "house",
    "vehicle",
    "farm",
    "office",
    "station",
}
# A target noun in the words around the trigger (its name, capitalised words, read before it).
_TARGET = re.compile(
    r"\b(" + "|".join(sorted(TARGET_NOUNS, key=len, reverse=True)) + r")(?:s|es)?\b",
    re.IGNORECASE,
)
# How many words of a target's name are read.
_NAME_WORDS = 3
# How many words after the trigger its object may be told, and before it (a compound, "the
# base attack", "a convoy ambush").
_AFTER_WORDS = 8
_BEFORE_WORDS = 3
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


@dataclass(frozen=True, slots=True)
class Act:
    """What one mention's act names, slot by slot (an empty slot is not told)."""

    # Each toll with where it is told: one figure the linking gave two events is no agreement.
    tolls: frozenset[tuple[float, int]]
    # Whom the tolls' own words count ("12 soldiers"), to tell two equal figures apart.
    toll_victims: frozenset[str]
    # The act's object: target nouns, and "name noun" where a name is told.
    targets: frozenset[str]
    named_targets: frozenset[str]


def _window(doc: Document, draft: EventDraft) -> str:
    """The words around the trigger in its sentence: a few before it, several after."""
    sentence = doc.sentences[draft.sentences[0]].span if draft.sentences else draft.trigger.span
    start = max(sentence.start, 0)
    if not sentence.contains(draft.trigger.span):
        start, end = draft.trigger.span.start, draft.trigger.span.end
    else:
        end = sentence.end
    before = doc.text[start : draft.trigger.span.start].split()[-_BEFORE_WORDS:]
    after = doc.text[draft.trigger.span.end : end].split()[:_AFTER_WORDS]
    return " ".join([*before, draft.trigger.text, *after])


def _name_before(words: list[str]) -> str:
    """The capitalised words right before a target noun, its name ("Al-Noor" in "stormed the
    Al-Noor mosque"), lowered; "" when none."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.lower() in _NOT_A_NAME:
            break
        name.insert(0, word)
    return " ".join(name).lower()


def read_act(doc: Document, draft: EventDraft) -> Act:
    """What ``draft``'s act names: its tolls and their victims, its object."""
    tolls = deaths_told(draft)
    targets: set[str] = set()
    named: set[str] = set()
    window = _window(doc, draft)
    for match in _TARGET.finditer(window):
        noun = TARGET_NOUNS.get(match.group(1).lower())
        if noun is None or noun not in _DISTINCT_TARGETS:
            continue
        targets.add(noun)
        name = _name_before(window[: match.start()].split()[-_NAME_WORDS:])
        if name:
            named.add(f"{name} {noun}")
    return Act(
        frozenset((q.value, q.span.start) for q in tolls),
        frozenset(v for q in tolls for v in victims_in(counted_words(doc, q))),
        frozenset(targets),
        frozenset(named),
    )


def shared_slot(a: Act, b: Act) -> str | None:
    """The distinctive slot two acts share, if any: a toll told twice, or a named target. (A
    target's bare noun was measured and is not one: "the base" is shared by a base's capture
    and the clash around it, told apart by the gold.)"""
    if any(v == w and i != j for v, i in a.tolls for w, j in b.tolls):
        return "toll"
    if a.named_targets & b.named_targets:
        return "named target"
    return None


def slots_conflict(a: Act, b: Act) -> bool:
    """Two tolls with no figure in common, or two tolls counting victims of disjoint kinds,
    or two named targets that differ."""
    values_a, values_b = {v for v, _ in a.tolls}, {v for v, _ in b.tolls}
    if values_a and values_b and not values_a & values_b:
        return True
    if a.toll_victims and b.toll_victims and not a.toll_victims & b.toll_victims:
        return True
    return bool(a.named_targets and b.named_targets and not a.named_targets & b.named_targets)


def places_compatible(first: list[PlaceMention], second: list[PlaceMention]) -> bool:
    """No place on one side, one place, or one inside the other (a province and a town in it,
    a town and its quarter); never two towns, nor two provinces."""
    if not first or not second:
        return True
    a, b = most_precise_first(first)[0], most_precise_first(second)[0]
    return a.name == b.name or nested_either(a, b) or same_spot(a, b)


# Types that say HOW the act was done (the weapon, the means): two of them name two acts (an
# air strike is no shelling). The other violent types say who did it to whom (an attack, a
# clash, a riot, a capture) and can name the same act told by its means in another sentence.
_MEANS: frozenset[EventTypeName] = frozenset(
    {
        "airstrike",
        "shelling",
        "explosive_attack",
        "grenade",
        "chemical_attack",
        "suicide_bombing",
        "abduction",
        "sexual_violence",
    }
)
# A capture and the fight that won it are coded apart (:mod:`.acts`): the place taken is told
# by both, and the kept event would take the capture's type.
_OWN_KIND: frozenset[EventTypeName] = frozenset({"territory_taken", "territory_regained"})
# A means and the more specific means it can turn out to be: a blast a bomber set off.
_REFINED = frozenset({frozenset({"explosive_attack", "suicide_bombing"})})
# Forces moving around a fight: troops sent or reinforcements arriving, a side or the people
# fleeing. Told right after a violent act, at its place and day, with no toll of their own,
# they are that act's course, not an act of their own (:func:`_movement_in`).
_MOVEMENTS: frozenset[EventTypeName] = frozenset({"deployment", "relocation"})
# How many sentences after the violent act's own a movement may be told and still be its course
# (people fleeing told five sentences after a massacre are coded apart; docs/rounds/10.md, "Tenth
# round, kinds").
_COURSE_SENTENCES = 3


def _kinds_compatible(a: EventDraft, b: EventDraft) -> bool:
    """``a`` told first. A movement told later fits the violent act it follows."""
    if b.event_type in _MOVEMENTS and is_violent_act(a) and a.event_type not in _MOVEMENTS:
        return True
    if not (is_violent_act(a) and is_violent_act(b)):
        return False
    if a.event_type == b.event_type or is_generic(a) or is_generic(b):
        return True
    if a.event_type in _OWN_KIND or b.event_type in _OWN_KIND:
        return False
    pair = frozenset({a.event_type, b.event_type})
    return pair in _REFINED or not (a.event_type in _MEANS and b.event_type in _MEANS)


def conflict(
    doc: Document,
    earlier: EventDraft,
    later: EventDraft,
    *,
    later_places: list[PlaceMention] | None = None,
) -> str | None:
    """The first slot on which the two acts conflict, or None when they are compatible (the
    slots of :class:`Act` are compared by :func:`slots_conflict`); ``later_places``, when
    given, stand for the later act's places (a movement's, its destinations left out)."""
    if earlier.trigger.span == later.trigger.span:
        return "one trigger"  # copies of one act for listed places
    if earlier.temporal_status != later.temporal_status:
        return "status"
    if earlier.modality not in OCCURRED or later.modality not in OCCURRED:
        return "modality"
    if not _kinds_compatible(earlier, later):
        return "kind"
    if not days_agree(earlier, later):
        return "day"
    if not places_compatible(
        earlier.places, later.places if later_places is None else later_places
    ) and not (later_places is None and named_by_the_other(doc, earlier, later)):
        return "place"
    if not attackers_agree(doc, earlier, later):
        return "agent"
    sentence = doc.sentences[later.sentences[0]]
    if told_as_another(doc.text, later.trigger, sentence.span.start):
        return "another"
    if later.sentences[0] not in earlier.sentences and told_as_new(doc, sentence, later):
        return "told as new"
    return None


def compatible(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Nothing either act names sets the two apart (:func:`conflict`)."""
    return conflict(doc, earlier, later) is None


# Where people or fighters went, told after the trigger of their flight: "fled to the
# commercial hub of X in neighbouring Y", "fled towards the border with X", "were evacuated to
# X and to Y". The act the flight is the course of happened where they left, not there. (A
# clause opening after the destination may tell where the act was: "fled to the bush after
# gunmen raided X".) Forces sent somewhere are not read so: where troops are sent is where a
# deployment is coded, and troops sent to another town stay apart from the fight.
_DESTINATION = re.compile(
    r"^\s+(?:[\"“]?[\w'’-]+\s+){0,3}?(?:to|towards?|into)\s+"
    r"(?:(?!(?:after|when|as|while|where|before|because|but|which|who)\b)[\w'’-]+,?\s+){0,8}?$",
    re.IGNORECASE,
)


def _origin_places(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """A flight's places but those named as where it went (:data:`_DESTINATION`: the words
    from its trigger to the place, in the trigger's sentence); other movements' places all."""
    if draft.event_type != "relocation":
        return draft.places
    trigger = draft.trigger.span
    sentence = doc.sentences[draft.sentences[0]].span
    return [
        p
        for p in draft.places
        if not (
            sentence.contains(p.span)
            and p.span.start >= trigger.end
            and _DESTINATION.match(doc.text[trigger.end : p.span.start]) is not None
        )
    ]


def _movement_in(doc: Document, kept: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """The violent act ``draft`` (a movement of forces or people) is the course of: one told in
    the sentences right before it, compatible on every slot (same place by containment, no two
    days, agreeing attackers, not told as another or new), while the movement tells no toll."""
    if draft.event_type not in _MOVEMENTS or not draft.sentences:
        return None
    if deaths_told(draft):
        return None
    first = min(draft.sentences)
    origins = _origin_places(doc, draft)
    for act in reversed(kept[-PAIRWISE_WINDOW:]):
        if not act.sentences or not is_violent(act.event_type):
            continue
        if not any(0 <= first - s <= _COURSE_SENTENCES for s in act.sentences):
            continue
        if conflict(doc, act, draft, later_places=told_wider(act, draft, origins)) is None:
            return act
    return None


def fold_same_acts(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event folded into the earlier one whose act it names again (compatible on
    every slot, one distinctive slot shared), else kept; the kept event takes the best fields of
    both. A movement of forces told right after a violent act it fits is folded into that act,
    which keeps its own type, sides and places (:func:`_movement_in`)."""
    order = sorted(drafts, key=lambda d: (min(d.sentences, default=0), d.trigger.span.start))
    acts: dict[int, Act] = {}

    def act_of(draft: EventDraft) -> Act:
        if id(draft) not in acts:
            acts[id(draft)] = read_act(doc, draft)
        return acts[id(draft)]

    kept: list[EventDraft] = []
    folded: set[int] = set()
    for draft in order:
        fight = _movement_in(doc, kept, draft)
        if fight is not None:
            take_fields(fight, draft, places=[], actors=keep_own)
            folded.add(id(draft))
            continue
        if not draft.sentences or not is_violent(draft.event_type):
            kept.append(draft)
            continue
        target = next(
            (
                k
                for k in reversed(kept[-PAIRWISE_WINDOW:])
                if k.sentences
                and compatible(doc, k, draft)
                and not slots_conflict(act_of(k), act_of(draft))
                and shared_slot(act_of(k), act_of(draft)) is not None
            ),
            None,
        )
        if target is None:
            kept.append(draft)
            continue
        finer = finer_first(doc, target, draft)
        take_fields(target, draft)
        target.places = finer(target.places)
        if severity(draft.event_type) < severity(target.event_type):
            # How the act was done (shelling) names it over who did it to whom (a clash).
            target.named_as(draft)
        acts.pop(id(target), None)
        folded.add(id(draft))
    return [d for d in drafts if id(d) not in folded]
