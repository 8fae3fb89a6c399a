"""Two acts of one sentence at two places: "warplanes struck Saraqib, killing four; in nearby
Binnish, air strikes killed two children", "clashes erupted in Jobar, while in Ain Tarma
fighters and troops fought for the town" (thirty-eighth round, several58); "bandits killed two
farmers in Zamfara, while in Katsina gunmen abducted 20 people" (two provinces).

A roundup's sentence cut into clauses that each tell an act (:mod:`....link.clauses`: a
semicolon, "while", ", and in X") gives each act its own clause's places. Two acts of one type
so told, each clause naming a town or finer place of its own and neither place holding the
other, are two events, one per place, as monitors code them: the second clause is no retelling
of the first at its place. A clause that names no place ("Police respond to raiders' attack;
kill 16 of them"), or names the other's place or a quarter of it ("shells hit Aleppo; in
al-Shaar two died"), or names it back by its definite noun with no place after it ("..., and
in Gusau the governor condemned the killing", review59), tells the same act and is left to the
folding passes.

A clause that names no known place but lists the names its act struck ("..., while helicopters
dropped barrel bombs on A, B and C") is at those names, not at the other clause's towns
(forty-eighth round, list68).

A clause's village or town may be one the gazetteer lacks, told by its word of settlement ("in the
village of Tal Bazam", "in Abu Dali town": :func:`....geography.names.localities.locality_names`;
fortieth round, fold60): two clauses each naming a settlement of its own, by different names, are
two places too ("killed 20 militants in the village of Tal Bazam in Hama countryside, while in Abu
Dali town troops fought militants, killing seven"). A quarter named so ("in the al-Shaar
neighbourhood") may be a quarter of the other clause's town: it is left to fold.
"""

from __future__ import annotations

import re

from .....document import LOCAL_PRECISIONS, Document, PlaceMention, Sentence, Span, sentence_at
from ....draft import EventDraft
from ....geography.name_shapes import NAME
from ....geography.names.localities import town_keys
from ....geography.nesting import nested_either
from ....geography.spellings import spelling_key
from ....geography.struck_names.struck_clauses import lists_struck_names
from ....link.clauses import clause_of
from ..retold.named_back import told_by_its_definite_noun


def clauses_at_two_places(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether ``later``'s trigger is told in another act clause of ``earlier``'s trigger's
    sentence, and both clauses name local places of their own that neither holds the other."""
    sentence = sentence_at(doc.sentences, later.trigger.span)
    if sentence is None:
        return False
    first = _earlier_clause(doc, sentence, earlier)
    second = clause_of(doc, sentence, later.trigger.span)
    if first is None or second is None or first == second:
        return False
    places = doc.in_sentence(doc.places, sentence)
    here, there = _local_in(places, first), _local_in(places, second)
    if not here or not there:
        return (
            _settlements_apart(sentence, places, first, second)
            or _provinces_apart(places, first, second)
            or _names_struck_apart(doc, here, there, first, second)
        )
    if told_by_its_definite_noun(doc, later) and all(
        p.span.end <= later.trigger.span.start for p in there
    ):
        # "..., and in Gusau the governor condemned the killing": the act named back, its
        # clause's place told before it is the speaker's ("the shelling of X killed two" has its
        # own place after its noun)
        return False
    return not any(nested_either(a, b) for a in here for b in there)


def _earlier_clause(doc: Document, sentence: Sentence, earlier: EventDraft) -> Span | None:
    """The clause of ``sentence`` the earlier event is told in: its trigger's, or, for an event
    told first elsewhere and merged with an act of this sentence, the clause of its place here
    ("Israeli strikes killed 14 in Gaza." then "Six were killed when a strike hit a house in
    Khan Younis, and four died in a strike on a car in Rafah": the lead is the first clause's
    act, at Khan Younis; air59)."""
    if sentence.span.contains(earlier.trigger.span):
        return clause_of(doc, sentence, earlier.trigger.span)
    if sentence.index not in earlier.sentences:
        return None
    told = [p for p in earlier.places if sentence.span.contains(p.span)]
    return next((c for p in told if (c := clause_of(doc, sentence, p.span)) is not None), None)


def _local_in(places: list[PlaceMention], clause: Span) -> list[PlaceMention]:
    return [p for p in places if p.precision in LOCAL_PRECISIONS and clause.contains(p.span)]


def _settlements_apart(
    sentence: Sentence, places: list[PlaceMention], first: Span, second: Span
) -> bool:
    """Whether both clauses name a village or town, one of them by its word of settlement
    only (the gazetteer lacks it), and no name is told in both."""
    here, there = _settlements(sentence, places, first), _settlements(sentence, places, second)
    return bool(here) and bool(there) and here.isdisjoint(there)


def _names_struck_apart(
    doc: Document, here: list[PlaceMention], there: list[PlaceMention], first: Span, second: Span
) -> bool:
    """Whether one clause names towns and the other, naming none the gazetteer knows, lists
    names its act struck ("warplanes targeted Sarmin and Binnish, while helicopters dropped
    barrel bombs on A, B and C": :mod:`....geography.struck_names.struck_clauses`; forty-eighth
    round, list68)."""
    if here and not there:
        return lists_struck_names(doc.text, second)
    if there and not here:
        return lists_struck_names(doc.text, first)
    return False


def _provinces_apart(places: list[PlaceMention], first: Span, second: Span) -> bool:
    """Whether both clauses name places and no province is named in both ("bandits killed two
    farmers in Zamfara, while in Katsina gunmen abducted 20 people": forty-second round)."""
    here, there = _provinces_in(places, first), _provinces_in(places, second)
    return bool(here) and bool(there) and here.isdisjoint(there)


def _provinces_in(places: list[PlaceMention], clause: Span) -> set[tuple[str, str]]:
    return {
        (p.country_code, p.province)
        for p in places
        if clause.contains(p.span) and p.province is not None
    }


# A bare name closing a clause of a fight, the gazetteer's or not: "army units clashed with
# terrorists in Kinsabba, while other units engaged terrorists in Salma" (fiftieth round,
# clash70).
_LAST_NAME = re.compile(rf"\b(?:in|at|near)\s+(?P<name>{NAME})\s*[,.]?\s*$")


def _settlements(sentence: Sentence, places: list[PlaceMention], clause: Span) -> set[str]:
    """The spelling keys of the towns and villages a clause names: the gazetteer's and those
    told by a word of settlement."""
    named = town_keys(sentence.text, clause, sentence.span.start)
    last = _LAST_NAME.search(sentence.text, 0, clause.end - sentence.span.start)
    if last is not None and last.start() >= clause.start - sentence.span.start:
        name = Span(
            sentence.span.start + last.start("name"), sentence.span.start + last.end("name")
        )
        # (a province or a country closing the clause is no village: "clashed in Hama, while")
        if not any(p.span.overlaps(name) and p.precision not in LOCAL_PRECISIONS for p in places):
            named |= {spelling_key(last.group("name"))}
    return set(named) | {
        spelling_key(p.name) for p in _local_in(places, clause) if p.precision == "town"
    }
