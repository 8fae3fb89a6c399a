"""One demonstration per town and day: the merging pass ``fold_town_demonstrations``.

A report on a demonstration names it again sentences or paragraphs after what became of it:
"Police fired tear gas at protesters in the capital ..." (dispersed), then, further on, "the
protesters then sat down on the road". ``combine_demonstrations`` takes an outcome told within
three sentences after a demonstration in its paragraph; the bare demonstration told before its
outcome, in another paragraph or further on stays an event of its own. Monitors code a
demonstration per location and day, of the type of what became of it (ACLED: a protest, with
intervention, excessive force, a riot).

``fold_town_demonstrations`` (after the places are settled) folds a bare demonstration
(``protest``) and a demonstration event (protest, dispersed, repressed, riot) into one, the
earlier told taking the later, when
- both are told at one town, or a quarter of it (:func:`...geography.nesting.nested`), or at one
  country, province or region; or one at such a wide place and the other at a town inside it,
  when no demonstration of another town is told inside that wider place (a roundup of marches
  in three cities keeps its summary apart);
- neither names two towns (a lead telling the marches of several towns is no one town's);
- they share no sentence (one sentence naming the crowd and what it did was read by the
  passes before: "gunfights between protesters and security forces" is the fight);
- their days agree (:func:`.occurrences.days_agree`) and so does their modality;
- the later one is not told as another ("another protest", "separately", "meanwhile":
  :func:`...story_cues.told_as_new`).

Two outcomes are folded too when both are a dispersal or a riot ("police fired tear gas at
the marchers" in the lead, "protesters threw stones at the police" further on: fourteenth
round), and so is mob violence told after either ("a mob set fire to shops"); so are a riot
and a repression (lethal force), either told first, when the later one tells no toll of its
own ("clashes between protesters and security forces killed two demonstrators", then
"security forces fired live rounds ... to disperse the crowd": twentieth round); a repression
told after the riot with its own dead ("two protesters had been killed ... after police opened
fire") is its own event, as the gold codes it. A demonstration told at no place is not folded: it
is as often one of another town or day.

A mob told first folds the demonstration readings of its town and day told after it (the
march, the riot, the dispersal) when its own sentence names state forces as a side ("a clash
between the party's activists and police", an actor named as who reports, "police said", is
no side): the crowd's confrontation with the forces, told again; the event is a riot (ACLED's
violent demonstration). A mob told after a march makes the march a riot too. A mob told burning
houses and then dispersed by troops stays apart: the gold codes it as one event and as two
(the same wire story read by two annotators, twentieth round). A mob, a riot and a dispersal
may share a sentence ("a clash between the agitating people and police" is the riot and the
dispersal at once). "Clashes" told after a demonstration met by force with no armed group
named on either side ("hurt in the clashes, which occurred in Habiganj town") are that
demonstration's fight with the forces.

Arrests told after a demonstration met by force (dispersed, a riot, lethal force) at its town
and day are that demonstration's too ("police fired tear gas ... they have arrested some of
us", "the arrest of a journalist", "among those detained"): ACLED codes the arrests made at a
demonstration inside its event (a protest with intervention), not as an event of their own.
An arrest told of suspects ("police arrested two suspects in the killing") is not folded: it
is as often the investigation of another act.

The event keeps every sentence and takes the type that ranks higher (a riot over a protest
with intervention over a protest), with that reading's trigger; of two outcomes it keeps the
one told first, with its sides (a later sentence's detail does not retype the lead's).
"""

from __future__ import annotations

import re

from ....document import LOCAL_PRECISIONS, NON_STATE_ARMED_KINDS, Document, PlaceMention
from ....ontology import EventTypeName
from ...draft import EventDraft, deaths_told
from ...geography.nesting import nested, nested_either
from ...story_cues import told_as_new
from ..folding import fold_into_earlier, keep_own, take_fields
from ..incidents.occurrences import days_agree
from .demonstrations import OUTCOME_RANK


def fold_town_demonstrations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bare demonstration folded into the earlier demonstration event of its town and day
    (or that event into it), else kept; other events as they are."""
    demonstrations = [d for d in drafts if d.event_type in OUTCOME_RANK]
    if sum(d.event_type in OUTCOME_RANK or d.event_type in (_MOB, _ARREST) for d in drafts) < 2:
        return drafts

    def accepts(earlier: EventDraft, later: EventDraft) -> bool:
        return (
            (earlier.event_type in OUTCOME_RANK or earlier.event_type == _MOB)
            and _foldable(earlier.event_type, later.event_type)
            and (_one_crowd(earlier, later) or not set(earlier.sentences) & set(later.sentences))
            and earlier.modality == later.modality
            and days_agree(earlier, later)
            and same_town(earlier, later, demonstrations)
            and not told_as_new(doc, doc.sentences[later.sentences[0]], later)
            and not (later.event_type == _ARREST and _of_suspects(doc, later))
            and not (later.event_type == _CLASH and _armed_side(later))
            and not (earlier.event_type == _MOB and not _met_the_forces(doc, earlier))
            and not (earlier.event_type == _MOB and _MOB_JUSTICE.search(_first_text(doc, earlier)))
            and not (_riot_and_repression(earlier, later) and _own_toll(doc, earlier, later))
        )

    return fold_into_earlier(drafts, accepts, _fold)


# Two outcomes told of one town and day (a dispersal and the riot it met) are one
# demonstration, and so is the mob told after either ("a mob set fire to shops"); a repression
# (lethal force) is told apart from the riot as often as not.
_TWO_OUTCOMES: frozenset[EventTypeName] = frozenset({"protest_dispersed", "riot"})
_MOB: EventTypeName = "mob_violence"
# A riot and the lethal force used on it, told apart at one town and day, are one
# demonstration, unless the later one tells a toll of its own ("two protesters had been
# killed ... after police opened fire": the gold codes that killing apart from the gunfights).
_RIOT_AND_REPRESSION: frozenset[EventTypeName] = frozenset({"riot", "protest_repressed"})
# Arrests are a demonstration's when it was met by force (:func:`_foldable`).
_ARREST: EventTypeName = "arrest"
_MET_BY_FORCE: frozenset[EventTypeName] = frozenset(
    {"protest_dispersed", "riot", "protest_repressed"}
)
_SUSPECTS = re.compile(r"\bsuspect", re.IGNORECASE)
# "Clashes" told after a demonstration met by force, at its town and day, with no armed group
# on either side ("hurt in the clashes, which occurred in Habiganj town", "The clashes began
# around 4:30 pm"), are the crowd's fight with the forces: the demonstration's.
_CLASH: EventTypeName = "armed_clash"


def _foldable(first: EventTypeName, second: EventTypeName) -> bool:
    """Whether a later event of type ``second`` may be the demonstration event (``first``, a
    type of OUTCOME_RANK, or the mob it was) told earlier."""
    if first == _MOB:  # the mob told first, then the demonstration it was
        return second in _TWO_OUTCOMES or second == "protest"
    if second in (_ARREST, _CLASH):
        return first in _MET_BY_FORCE
    if second not in OUTCOME_RANK:
        return second == _MOB and (first in _TWO_OUTCOMES or first == "protest")
    if {first, second} == _RIOT_AND_REPRESSION:
        return True
    return "protest" in (first, second) or (first in _TWO_OUTCOMES and second in _TWO_OUTCOMES)


def same_town(earlier: EventDraft, later: EventDraft, demonstrations: list[EventDraft]) -> bool:
    """Whether both are told at one town (or one wide place), or one at a wide place and the
    other at the only town of the article's demonstrations inside it."""
    if not earlier.places or not later.places:
        return False
    if _several_towns(earlier) or _several_towns(later):
        return False
    a, b = earlier.places[0], later.places[0]
    local_a, local_b = a.precision in LOCAL_PRECISIONS, b.precision in LOCAL_PRECISIONS
    if local_a and local_b:
        return nested_either(a, b)
    if local_a == local_b:  # two wide places: the same one only
        return a.name == b.name and a.country_code == b.country_code
    wide, town = (b, a) if local_a else (a, b)
    return nested(town, wide) and _only_town_inside(wide, town, demonstrations)


def _several_towns(draft: EventDraft) -> bool:
    """Whether the event names two towns, neither inside the other."""
    towns = [p for p in draft.places if p.precision == "town"]
    return any(not nested_either(a, b) for a in towns for b in towns)


def _only_town_inside(
    wide: PlaceMention, town: PlaceMention, demonstrations: list[EventDraft]
) -> bool:
    """Whether no demonstration is told at another town inside ``wide``."""
    for draft in demonstrations:
        if not draft.places:
            continue
        place = draft.places[0]
        if (
            place.precision in LOCAL_PRECISIONS
            and nested(place, wide)
            and not nested_either(place, town)
        ):
            return False
    return True


def _riot_and_repression(earlier: EventDraft, later: EventDraft) -> bool:
    return {earlier.event_type, later.event_type} == _RIOT_AND_REPRESSION


def _own_toll(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later event tells dead in a sentence of its own (not one the earlier
    event is told in too)."""
    own = [doc.sentences[i].span for i in later.sentences if i not in earlier.sentences]
    return any(span.contains(q.span) for q in deaths_told(later) for span in own)


def _met_the_forces(doc: Document, mob: EventDraft) -> bool:
    """Whether the mob's own sentence names state forces as one of its sides or beside it ("a
    clash between the party's activists and police"): the crowd's confrontation with the
    forces, which the riot or dispersal told after it retells. A mob told burning houses and
    then dispersed by troops is coded as two events as often as one (the same wire story read
    by two annotators), and stays apart."""
    sides = (mob.actor1, mob.actor2)
    first = mob.sentences[0]
    told = doc.in_sentence(doc.actors, doc.sentences[first])
    told = [a for a in told if not _SPEAKS.match(doc.text, a.span.end)]
    return any(a is not None and a.kind == "state_force" for a in (*sides, *told))


# A mob's justice on a suspect ("a mob lynched a suspected thief ... before police arrived"):
# not a demonstration, and not the march or riot told after it at its town (review40b).
_MOB_JUSTICE = re.compile(
    r"\blynch\w*|\b(?:suspected|alleged|accused)\s+(?:[\w-]+\s+)?(?:thie(?:f|ves)|robbers?|"
    r"witch(?:es)?|burglars?|criminals?|kidnappers?|rapists?|pickpockets?|rustlers?)\b",
    re.IGNORECASE,
)


def _first_text(doc: Document, draft: EventDraft) -> str:
    return doc.sentences[draft.sentences[0]].text


# An actor told as who reports ("police said", "police officials told"), not as a side.
_SPEAKS = re.compile(
    r"\s+(?:(?:officials?|sources?|spokesm[ae]n|officers?)\s+)?"
    r"(?:said|says|say|told|confirmed|reported)\b"
)


def _armed_side(clash: EventDraft) -> bool:
    """Whether the clash names a non-state armed group on either side."""
    return any(
        actor is not None and actor.kind in NON_STATE_ARMED_KINDS
        for actor in (clash.actor1, clash.actor2)
    )


def _of_suspects(doc: Document, arrest: EventDraft) -> bool:
    """Whether the arrest's own sentence tells suspects taken."""
    return _SUSPECTS.search(doc.sentences[arrest.sentences[0]].text) is not None


def _one_crowd(earlier: EventDraft, later: EventDraft) -> bool:
    """Whether both are readings of a crowd's violence met by force (a mob, a riot, a
    dispersal), which one sentence may tell together: "a clash between the agitating people
    and police" is the riot and the dispersal at once."""
    return {earlier.event_type, later.event_type} <= _ONE_CROWD


_ONE_CROWD: frozenset[EventTypeName] = _TWO_OUTCOMES | _RIOT_AND_REPRESSION | {_MOB}


def _fold(target: EventDraft, draft: EventDraft) -> None:
    # A mob and the demonstration it was (told first or after it: the march, the riot, the
    # dispersal) are a riot, ACLED's violent demonstration: the crowd's violence is told.
    if _MOB in (target.event_type, draft.event_type) and target.event_type in (_MOB, "protest"):
        if draft.event_type == "riot":
            target.named_as(draft)
        else:
            target.event_type = "riot"
        take_fields(target, draft)
        return
    # Two outcomes: the reading told first (the lead's) names the demonstration and its sides;
    # a later sentence's detail ("protesters threw stones") retypes it not.
    if target.event_type != "protest" and draft.event_type != "protest":
        take_fields(target, draft, actors=keep_own)
        return
    if OUTCOME_RANK[draft.event_type] > OUTCOME_RANK[target.event_type]:
        target.named_as(draft)
    take_fields(target, draft)
