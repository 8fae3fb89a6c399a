"""Whether a later sentence tells an act at a list of places an earlier event never named.

Read by the merging passes that keep such a sentence apart (:mod:`...merge.incidents`).
"""

from __future__ import annotations

from ....document import LOCAL_PRECISIONS, Document, Sentence, Span
from ....ontology import is_violent
from ...crowds import CROWD_TYPES
from ...draft import EventDraft
from ..names.other_localities import localities
from ..struck_names.struck_clauses import struck_names_after
from ..struck_names.struck_heads import lists_places_struck
from .list_context import REASON, REGIONS_AFTER, WHOSE
from .list_glue import listed_with
from .longest_list import listed_in


def lists_new_places(
    doc: Document, earlier: EventDraft, later: EventDraft, clause: Span | None = None
) -> bool:
    """Whether the later violent act's own sentence, not one the earlier event is told in,
    lists local places (two or more, commas or not) none of which the earlier event's
    sentences name: "The air force struck positions in A, B and C" after "the air force carried
    out 40 sorties over Aleppo province" tells the strikes at A, B and C, each an event of its
    own (:mod:`...merge.places.per_place.listed_places`), not the sorties told again. A sentence
    that also names a town the earlier one names tells that act again ("the clashes around X
    were with fighters from A and B"); a list closed by a plural of regions ("in parts of A and B
    counties"), one of where people came from ("two residents of A and B were killed") or one
    given as a reason ("in response to the shelling of A and B") names no towns of the act.
    Demonstrations are left to their own passes (:mod:`...merge.crowds`). ``clause`` is the later
    act's own clause of a roundup's sentence (:func:`...link.clauses.clause_of`), when it has one:
    the names its act struck there may be unknown to the gazetteer (:func:`_struck_names`)."""
    index = later.sentences[0]
    kind = later.event_type
    if index in earlier.sentences or not is_violent(kind) or kind in CROWD_TYPES:
        return False
    sentence = doc.sentences[index]
    listed = listed_in(doc, later.places, sentence.span, listed_with)
    if len(listed) < 2:
        return _struck_localities(doc, earlier, sentence) or (
            clause is not None and _struck_names(doc, earlier, later, clause)
        )
    if REGIONS_AFTER.match(doc.text, listed[-1].span.end):
        return False
    before = doc.text[sentence.span.start : listed[0].span.start]
    if WHOSE.search(before[-60:]) or REASON.search(before):
        return False
    told = [doc.sentences[i].text for i in earlier.sentences]
    others = [
        p
        for p in later.places
        if p.precision in LOCAL_PRECISIONS and sentence.span.contains(p.span) and p not in listed
    ]
    return not any(p.text in text for p in [*listed, *others] for text in told)


def _struck_names(doc: Document, earlier: EventDraft, later: EventDraft, clause: Span) -> bool:
    """Whether the later act's trigger is followed in its own clause by a list of two or more
    names it struck (the gazetteer may know them or not), none of them named where the earlier
    event is told: "..., while helicopters dropped barrel bombs on A, B and C" after a
    lead that struck "towns and villages in Idlib countryside" (forty-eighth round, list68).
    Read only in a clause of its own act (forty-ninth round, list69): read in any sentence, a
    state bulletin's "other shells hit the neighbourhoods of A and B" split from its city's
    shelling, the quarters placed at a namesake village's province."""
    names = struck_names_after(doc.text, later.trigger.span.end, clause.end)
    if len(names) < 2:
        return False
    told = [doc.sentences[i].text for i in earlier.sentences]
    return not any(name in text for name in names for text in told)


def _struck_localities(doc: Document, earlier: EventDraft, sentence: Sentence) -> bool:
    """Whether ``sentence`` heads or closes a list of places struck ("Districts struck included
    al-Shaar, al-Sukkari and Karam al-Beik", "A, B and C were also hit":
    :mod:`..struck_names.struck_heads`) of two or more
    localities the gazetteer may lack, none of them named where the earlier event is told:
    the places a raid fell on, each an event, not the raid told again."""
    if not lists_places_struck(sentence.text):
        return False
    names = localities(sentence.text)
    if len(names) < 2:
        return False
    return not any(names & localities(doc.sentences[i].text) for i in earlier.sentences)
