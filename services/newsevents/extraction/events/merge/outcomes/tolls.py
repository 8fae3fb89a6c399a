"""A toll belongs to the violent act that caused it, once (``attach_casualties``)."""

from __future__ import annotations

import datetime as dt
import re

from ....document import DateMention, Document, QuantityMention, Sentence, Span, sentence_at
from ....ontology import event_type, is_violent, severity
from ....text.periods import counts_a_period
from ...draft import MAX_QUANTITIES, EventDraft, on_other_days, tells_a_toll
from ...generic_violence import fight_and_fire
from ...link.clauses import in_other_clause
from ..incidents.identity.summary_lead import part_told_apart
from .day_elsewhere import toll_of_another_day_elsewhere


def _is_casualty(draft: EventDraft) -> bool:
    """An event reported only by its toll ("two people were killed"), not by an act."""
    return tells_a_toll(draft.trigger)


def _toll_target(
    doc: Document, acts: list[EventDraft], own: list[EventDraft], sentence: Sentence
) -> EventDraft | None:
    """The one event a toll in ``sentence`` belongs to (see ``attach_casualties``)."""
    violent_here = [d for d in own if is_violent(d.event_type)]
    if violent_here:
        # an act placed in the toll's sentence before one retold there from elsewhere: "the RSF
        # attacked A ... On Monday the SLA attacked nomads near B, killing three" counts B's dead
        placed_here = [d for d in violent_here if _placed_in(d, sentence)]
        if placed_here and len(placed_here) < len(violent_here):
            violent_here = placed_here
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


def _each_counts_its_own(doc: Document, acts: list[EventDraft]) -> bool:
    """Whether two or more of the acts count dead of their own in the sentence that tells them,
    a count no other act shares ("four were killed by shelling on A, while warplanes hit B,
    killing six"; not "15 killed in air strikes and artillery fire", one toll of two acts)."""
    if not acts:
        return False
    told = doc.sentences[acts[0].sentences[0]].span
    tolls = [{q for q in _tolls(d) if told.contains(q.span)} for d in acts]
    own = [
        t
        for i, t in enumerate(tolls)
        if t and not any(t & u for j, u in enumerate(tolls) if j != i)
    ]
    return len(own) >= 2


def _next_violent(doc: Document, acts: list[EventDraft], sentence: Sentence) -> list[EventDraft]:
    """The violent acts of the first sentence after ``sentence`` in its paragraph that tells
    one."""
    later = [
        d
        for d in acts
        if is_violent(d.event_type)
        and d.sentences[0] > sentence.index
        and doc.sentences[d.sentences[0]].paragraph == sentence.paragraph
    ]
    if not later:
        return []
    first = min(d.sentences[0] for d in later)
    return [d for d in later if d.sentences[0] == first]


_FROM_AFAR = "Explosions/Remote violence"


def _both_from_afar(one: EventDraft, other: EventDraft) -> bool:
    """Whether both acts are explosions or remote violence (strikes, shelling, bombs, gas) by
    one agent, or by an agent and one not named: "killed by Iranian shelling and Turkish drone
    strikes" tells two attackers' acts, each counted with the dead."""
    kinds = {event_type(one.event_type).acled_event_type}
    if kinds | {event_type(other.event_type).acled_event_type} != {_FROM_AFAR}:
        return False
    if one.actor1 is None or other.actor1 is None:
        return True
    return one.actor1.name == other.actor1.name


def _placed_in(draft: EventDraft, sentence: Sentence) -> bool:
    """Whether the draft's own place (its first) is named in ``sentence``."""
    return bool(draft.places) and sentence.span.contains(draft.places[0].span)


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
        # a roundup's clause counts its own act's dead (", while in Idlib warplanes hit
        # Saraqeb, killing six"): the act of the other clause does not take them
        mates = [d for d in own if not in_other_clause(doc, d.trigger, quantity.span)]
        if counts_a_period(sentence.text) and not any(is_violent(d.event_type) for d in own):
            continue  # "23 journalists were killed in the 30-month war": no act's toll
        target = _toll_target(doc, acts, mates if len(mates) < len(own) else own, sentence)
        if target is None and not any(sentence.index in d.sentences for d in drafts):
            # A toll told before any act of its paragraph, in a sentence no event tells ("A
            # school teacher chopped to death at Tarvo. Unidentified assailants ambushed him
            # ...", twenty-seventh round): the violent act the paragraph tells next counts it.
            later = _next_violent(doc, acts, sentence)
            target = min(later, key=lambda d: severity(d.event_type)) if later else None
            if _each_counts_its_own(doc, later):
                # a roundup's day total ("the Observatory documented 14 deaths on Monday")
                # before acts that each count their own dead: the sum of them, no act's toll
                target = None
        if target is None or _another_act_told(doc, drafts, target, sentence):
            continue
        if (
            sentence.index not in target.sentences
            and is_violent(target.event_type)
            and _of_a_past_incident(doc, target, sentence)
        ):
            continue  # "a massacre in Houla on May 25 2012, during which 108 were killed"
        if not own and toll_of_another_day_elsewhere(doc, target, sentence):
            continue  # "On Monday four people died ... in Zahraa" after Bustan's act
        if _toll_of_a_part(doc, drafts, target, sentence.index):
            continue  # "Four were killed near the airport": a part of the lead's total, its own
        if len(target.quantities) < MAX_QUANTITIES and quantity not in target.quantities:
            target.quantities = [*target.quantities, quantity]
        # the toll is the violent act's: the arrest beside it does not keep it, nor a second
        # strike from afar of the sentence ("used chemical weapons, killing 100, in an air
        # strike", "killed in shelling and air strikes": one toll, not two)
        for draft in own:
            if draft is not target and (
                not is_violent(draft.event_type) or _both_from_afar(draft, target)
            ):
                draft.quantities = [q for q in draft.quantities if q != quantity]
    _lead_toll_to_retellings(doc, acts)
    return drafts


# How long before the act a day told beside a toll makes it another, earlier incident's.
_PAST = dt.timedelta(days=7)


def _of_a_past_incident(doc: Document, target: EventDraft, sentence: Sentence) -> bool:
    """Whether the toll's sentence, one no act of ``target`` is told in, dates its dead to a
    year before the act's (the act's day, else the report's) or to a day or month that ended
    more than a week before the act: "a massacre in Houla on May 25 2012, during which 108
    people were killed", "counted 66 journalists killed in 2014", "on Jan. 25, seven were
    killed" in a story of February, "two years ago, his colleague was shot dead" tell an
    earlier incident's dead, not the act told before them. A date without its year that the
    dates' rule moved to the year before (a day after publication: "succumbed to his injuries
    on 6 August" in a note of 4 August) is not read so, unless told as last year's."""
    told = target.date.date if target.date is not None else doc.published
    if any(int(year) < told.year for year in _YEAR.findall(sentence.text)):
        return True  # (a year alone is no date of text/dates.py)
    if _AGO.search(sentence.text):
        return True  # "Two years ago, his colleague's body was found" (no date of dates.py)
    return any(
        _last_day(date) < told - _PAST
        for date in doc.in_sentence(doc.dates, sentence)
        if date.precision in _DATED
        and (_WRITTEN_YEAR.search(date.text) or date.date.year == doc.published.year)
    )


# A year told as when: "in 2014", "during 2012", "since 2011"; a year written in a date.
_YEAR = re.compile(r"\b(?:in|during|since|of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# A time told back from the report, more than a week: "two years ago", "six months ago",
# "weeks ago" (review60).
_AGO = re.compile(
    r"\b(?:\d+|an?|[a-z]+)\s+(?:weeks|months?|years?|decades?)\s+ago\b|"
    r"\b(?:weeks|months|years|decades)\s+ago\b",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\blast\s+year\b", re.IGNORECASE)
_DATED = frozenset({"day", "month", "year"})


def _last_day(date: DateMention) -> dt.date:
    """The last day of the span a date names (its day, month or year)."""
    if date.precision == "year":
        return dt.date(date.date.year, 12, 31)
    if date.precision == "month":
        following = date.date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return date.date


def _toll_of_a_part(
    doc: Document, drafts: list[EventDraft], target: EventDraft, index: int
) -> bool:
    """Whether the toll's sentence, one no act of ``target`` is told in, tells a part of the
    lead's total at its own place (:func:`..incidents.summary_lead.part_told_apart`) and
    its toll stands as an event of its own: the act before it does not count those dead."""
    return (
        index not in target.sentences
        and any(_is_casualty(d) and d.sentences[0] == index for d in drafts)
        and part_told_apart(doc, target, index)
    )


def _lead_toll_to_retellings(doc: Document, acts: list[EventDraft]) -> None:
    """A story whose lead tells the one toll it gives ("A bomber killed 12 mourners at a
    funeral on Sunday") and whose body tells the act again with no toll ("The blast hit the
    graveyard") where the merges kept the two apart (the lead at the country, the body at the
    town): the body's act counts the lead's dead. Not when another act has a toll of its
    own (a roundup), nor across days, nor when the acts lie in other provinces (``_roundup``)."""
    tolled = [a for a in acts if is_violent(a.event_type) and _tolls(a)]
    if len(tolled) != 1 or not tolled[0].sentences:
        return
    lead = tolled[0]
    first = lead.sentences[0]
    if doc.sentences[first].paragraph != doc.sentences[0].paragraph:
        return  # the toll is no lead's
    told = [q for q in _tolls(lead) if _index_of(doc, q.span) == first]
    if not told:
        return
    # an act split at the places one sentence lists ("the deaths were in A, B and C") shares
    # its sentence with the lead's telling or with the other places' acts: a joint toll, not
    # split between them, stays with one
    opening = [a.sentences[0] for a in acts if a.sentences]
    retellings = [
        act
        for act in acts
        if not (
            act is lead
            or not act.sentences
            or not is_violent(act.event_type)
            or _tolls(act)
            or act.sentences[0] <= first
            or set(act.sentences) & set(lead.sentences)
            or opening.count(act.sentences[0]) > 1
            or on_other_days(act, lead)
            or any(_HURT.search(doc.sentences[i].text) for i in act.sentences)
            or _told_besides(doc, act, lead)
            # a lead told as a fight is not retold by strikes (:func:`fight_and_fire`)
            or fight_and_fire(lead.event_type, lead.trigger.text, act.event_type)
        )
    ]
    if _roundup(lead, retellings):
        return
    for act in retellings:
        if not _acts_in_general(doc, act):
            act.quantities = [*act.quantities, *told]


# An act told as one more of a roundup's: "Jisr al-Shughour was also shelled", "the army also
# killed 12 in Morek", "in another attack".
_ALSO = re.compile(r"\b(?:also|another|as well|too)\b", re.IGNORECASE)


def _told_besides(doc: Document, act: EventDraft, lead: EventDraft) -> bool:
    """Whether the act is told as one more act ("also", "another") at a place of its own, not
    among the lead's: another incident of a roundup, which the lead's toll does not count."""
    if not act.places or not _ALSO.search(doc.sentences[act.sentences[0]].text):
        return False
    return act.places[0].name not in {p.name for p in lead.places}


def _another_act_told(
    doc: Document, drafts: list[EventDraft], target: EventDraft, sentence: Sentence
) -> bool:
    """Whether a toll's sentence tells its own act as one more ("The army also killed 12
    terrorists in Morek"), at a place none of the earlier act's: its dead are that act's, not
    the one told before."""
    if sentence.index in target.sentences or not _ALSO.search(sentence.text):
        return False
    names = {p.name for p in target.places}
    return any(
        sentence.index == d.sentences[0] and d.places and d.places[0].name not in names
        for d in drafts
        if d is not target and is_violent(d.event_type)
    )


# A plural act with no determiner before it tells acts in general, not the lead's act retold:
# "asked why the air strikes spare the forces that drop barrel bombs", "for atrocities like
# chemical attacks" (but "the strikes", "Sunday's raids", "its attacks" retell it).
_PLURAL = re.compile(r"[a-z]{3,}[^s']s$")
_DETERMINED = re.compile(
    r"\b(?:the|these|those|this|that|its|their|his|her|our|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _acts_in_general(doc: Document, act: EventDraft) -> bool:
    """Whether the act's trigger is a bare plural noun ("airstrikes", "chemical attacks"):
    acts in general, not one act retold."""
    trigger = act.trigger
    if _PLURAL.search(trigger.text) is None:
        return False
    before = doc.text[max(0, trigger.span.start - 60) : trigger.span.start]
    return _DETERMINED.search(before) is None


def _roundup(lead: EventDraft, retellings: list[EventDraft]) -> bool:
    """Whether the acts told after the lead without a toll are other incidents of a roundup, not
    the lead's act retold: acts in two or more provinces ("Aleppo: the army repelled an attack,
    killing 30 ... Sweida: the army targeted a gathering ... Homs: the air force destroyed
    dens"), or one in a province other than the lead's ("twenty-eight were killed in an
    explosion in Idlib ... the army continued its operations in Damascus")."""
    provinces = {_province(act) for act in retellings} - {None}
    if len(provinces) > 1:
        return True
    own = _province(lead)
    return own is not None and bool(provinces) and own not in provinces


def _province(draft: EventDraft) -> str | None:
    """The province of the draft's own place (its first), if it has one."""
    return draft.places[0].province if draft.places else None


# An act told with its own wounded ("three men were wounded in the fighting", "injuring two")
# or with none
# ("caused no casualties", "only material damage") counts its own casualties: the lead's dead
# are another incident's.
_HURT = re.compile(r"\b(?:wound\w*|injur\w*|hurt|casualties|material damage)\b", re.IGNORECASE)


def _tolls(act: EventDraft) -> list[QuantityMention]:
    return [q for q in act.quantities if q.unit == "fatalities"]


def _index_of(doc: Document, span: Span) -> int:
    sentence = sentence_at(doc.sentences, span)
    return sentence.index if sentence is not None else -1
