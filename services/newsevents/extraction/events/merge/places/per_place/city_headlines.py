"""A bulletin's headline over several cities, each city's acts told in the body (forty-eighth
round, shell68).

State outlets open a day's casualty bulletin with its total over several cities ("Four
citizens killed, 15 injured in terrorist attacks with shells on Damascus, Homs and Idleb") and
then give each city a paragraph of its own: the quarters or towns hit there, each with its own
toll ("terrorists fired a rocket shell on al-Zahraa neighbourhood in Homs city, killing three").
The headline's act, split one per city by the listed-places pass, is at each city the summary
of the acts the body tells inside it, not one more shelling: a monitor codes the quarters.
Kept, each city's copy took the headline's total (or the lead's) and the city's place beside
the quarters, and the first copy took in the city paragraph's lead and landed at a town of
the lead's list.

``drop_headline_cities``: a shelling told as news, first told in the headline or the lead, whose
opening sentence names two or more places outside each other, is dropped when shellings first
told after the lead lie at two places or more at its place, inside it, or in the province of its
town when the town is the province's seat (a city named in such a list stands for its
governorate: "Idleb" for the besieged town of the Idleb countryside its paragraph tells), and
each sentence after the lead it took in is told by another event too or is a city paragraph's
opening (no place finer than a town, no town the lead does not name): the act a quarter's
sentence tells only here stays. One act inside is left to the nested-places pass (it may be the
city's only news, told at its quarter), and a lead at one city is left as it is: whether a
city's quarters are one occurrence or one each is where the gold parts differ.
A copy whose city the body tells one act inside goes too when every other copy of the same
opening went so (forty-ninth round, shell69): the headline's last city, whose paragraph tells
the besieged town of its countryside, is that act's summary as the others are their quarters'.
"""

from __future__ import annotations

from .....document import LOCAL_PRECISIONS, Document, PlaceMention
from .....places.shared.keys import fold
from ....draft import EventDraft
from ....geography.nesting import nested
from ...incidents.story.lead import lead_sentences, names_several_places


def drop_headline_cities(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts but the copies of a headline's act over several cities whose every city the
    body tells an act of its type inside."""
    lead = lead_sentences(doc)
    if not lead:
        return drafts
    after = max(lead)
    copies = [
        d
        for d in drafts
        if d.temporal_status == "current"
        and d.event_type == "shelling"
        and d.sentences[0] in lead
        and _lists_several(doc, d)
        and _tells_nothing_else(doc, d, drafts, after)
    ]
    inside = {id(d): _inside(d, drafts, after) for d in copies}
    dropped = {id(d) for d in copies if inside[id(d)] >= 2}
    # The last city of the headline whose paragraph tells one act (the besieged town of its
    # countryside) when the body told every other city's copy place by place: the copy is that
    # act's summary too (forty-ninth round, shell69).
    for draft in copies:
        siblings = [d for d in copies if d is not draft and d.sentences[0] == draft.sentences[0]]
        if inside[id(draft)] == 1 and siblings and all(id(d) in dropped for d in siblings):
            dropped.add(id(draft))
    return [d for d in drafts if id(d) not in dropped] if dropped else drafts


def _lists_several(doc: Document, draft: EventDraft) -> bool:
    """Whether the sentence that opens ``draft`` names two places outside each other."""
    return names_several_places(doc.in_sentence(doc.places, doc.sentences[draft.sentences[0]]))


def _inside(wide: EventDraft, drafts: list[EventDraft], after: int) -> int:
    """At how many places the body tells acts of ``wide``'s type inside its place: two or more
    are an account of the city's acts; one act inside may be the city's only news, told at its
    quarter (the nested-places pass decides), and a quarter's list the body leaves whole is no
    account of the city's acts."""
    return len({d.places[0].name for d in drafts if _told_inside(wide, d, after)})


def _told_inside(wide: EventDraft, other: EventDraft, after: int) -> bool:
    return (
        other is not wide
        and other.event_type == wide.event_type
        and other.temporal_status == "current"
        and other.modality == wide.modality
        and other.sentences[0] > after
        and bool(other.places)
        and bool(wide.places)
        and _at_or_inside(other.places[0], wide.places[0])
    )


def _tells_nothing_else(
    doc: Document, wide: EventDraft, drafts: list[EventDraft], after: int
) -> bool:
    """Whether each sentence after the lead that ``wide`` took in is told by another event too,
    or names no place finer than a town and no town the lead does not: a city paragraph's
    opening ("Terrorists targeted several neighbourhoods of Damascus city with shells"), not a
    quarter's act only this event tells."""
    lead_names = {
        p.name for i in range(after + 1) for p in doc.in_sentence(doc.places, doc.sentences[i])
    }
    for index in wide.sentences:
        if index <= after or any(d is not wide and index in d.sentences for d in drafts):
            continue
        places = doc.in_sentence(doc.places, doc.sentences[index])
        if any(p.precision != "town" and p.precision in LOCAL_PRECISIONS for p in places):
            return False
        if any(p.precision == "town" and p.name not in lead_names for p in places):
            return False
    return True


def _at_or_inside(inner: PlaceMention, outer: PlaceMention) -> bool:
    if nested(inner, outer):
        return True
    return (
        outer.precision == "town"
        and inner.precision in LOCAL_PRECISIONS
        and inner.country_code == outer.country_code
        and inner.province is not None
        and inner.province == outer.province
        and fold(outer.name) == fold(outer.province)
    )
