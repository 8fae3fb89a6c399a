"""The lead of a story (:mod:`.`): the first violent act told as happening in the headline or
the lead paragraph, the places its opening sentence names, whether the article is a roundup's
(a lead at two places outside each other, or at no town while the violence after it names
several), and the acts told after it that the story passes compare with it.
"""

from __future__ import annotations

from .....document import LOCAL_PRECISIONS, Document, PlaceMention
from .....ontology import is_violent
from ....draft import OCCURRED, EventDraft
from ....generic_violence import is_violent_act
from ....geography.nesting import nested_either
from ....story_cues import told_places
from .sites import is_site, reference_point


def lead_sentences(doc: Document) -> set[int]:
    """The headline lines and the lead: the first paragraph of the body, at most its first
    ``_LEAD_SENTENCES`` sentences (a text that lost its paragraph breaks is one paragraph)."""
    first = next((s for s in doc.sentences if not s.heading), None)
    if first is None:
        return set()
    lead = [s.index for s in doc.sentences if s.paragraph <= first.paragraph]
    return set(lead[: first.index + _LEAD_SENTENCES])


# The sentences a lead paragraph tells its incident in: a headline fused with the text, and the
# lead sentence.
_LEAD_SENTENCES = 2


def lead_event(doc: Document, drafts: list[EventDraft]) -> EventDraft | None:
    lead = lead_sentences(doc)
    first = min(
        (
            d
            for d in drafts
            if d.sentences[0] in lead
            and is_violent(d.event_type)
            and d.temporal_status == "current"
            and d.modality in OCCURRED
        ),
        key=lambda d: d.sentences[0],
        default=None,
    )
    if first is None or names_several_places(opening_places(doc, first)):
        return None  # no violence in the lead, or a roundup's lead: "in Aleppo and Quneitra"
    return first


def opening_places(doc: Document, lead: EventDraft) -> list[PlaceMention]:
    """The places the lead's event is told at in the sentence that opens it."""
    opening = doc.sentences[lead.sentences[0]].span
    return [p for p in lead.places if opening.contains(p.span)]


def summary_of_several(
    doc: Document, lead: EventDraft, drafts: list[EventDraft], *, city_as_province: bool = False
) -> bool:
    """Whether the lead names no town and the violence told after it names several: "Air
    strikes killed 30 people across Idlib province" then Saraqeb, then Ariha is a roundup. A
    lead's city read as its province (``city_as_province``) is no town, nor is it told later."""
    city = lead.places[0].name if city_as_province and lead.places else None
    if city is None and any(p.precision in LOCAL_PRECISIONS for p in opening_places(doc, lead)):
        return False
    towns = [
        p
        for d in drafts
        if d.sentences[0] > lead.sentences[0] and is_violent_act(d)
        for p in [q for q in told_places(doc, d) if q.name != city][:1]
        if p.precision in LOCAL_PRECISIONS
    ]
    return names_several_places(towns)


def names_several_places(places: list[PlaceMention]) -> bool:
    """Whether two of the places lie outside each other (not a town and its province)."""
    return any(not nested_either(a, b) for i, a in enumerate(places) for b in places[i + 1 :])


def around_the_lead_town(doc: Document, lead: EventDraft, later: EventDraft) -> bool:
    """Whether the lead tells its town only as the point its incident happened near ("a
    wedding party near the holy city of Kerbala") and the later mention places its site by
    that same town ("the feast at Ain Tamr, to the west of Kerbala"): one incident, its site
    told more precisely later, not a second town."""
    opening = [p for p in opening_places(doc, lead) if p.precision in LOCAL_PRECISIONS]
    if not opening or any(is_site(doc, p) for p in opening):
        return False
    near = {p.name for p in opening}
    own = told_places(doc, later)
    return any(p.name in near and reference_point(doc, p) for p in own) and any(
        is_site(doc, p) for p in own
    )


def violence_told_after(lead: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft`` is a violent act told as having happened, first told after the lead's
    sentence: what the story passes compare with the lead."""
    return (
        draft is not lead
        and draft.sentences[0] > lead.sentences[0]
        and is_violent_act(draft)
        and draft.modality in OCCURRED
    )
