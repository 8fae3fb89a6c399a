"""A recalled incident told on: the sentences after an earlier incident that go on about it.

A story that recalls an earlier incident often tells more of it in the sentences that follow,
with no time of their own: "Last month police had detained three suspected militants in a
raid in Multan." then "The three were picked up in a search near the old bus stand. The
detained men were named as ...". The grammar is that of news; what tells the reader
it is the earlier incident still is its place: the recalled incident's town, not the lead's.
A news event first told after the lead at the town of a background event told before it, at
no place of the lead's, is that incident told on, unless its sentence gives a fresh day
("On Monday, police arrested two more men in Gujranwala" is news again). Runs after the news
is merged (:mod:`.closing`, :mod:`.recalled`): an incident told in the lead and retold there
stays news.
"""

from __future__ import annotations

import re

from ...document import LOCAL_PRECISIONS, Document, PlaceMention
from ..draft import EventDraft
from ..geography.nesting import nested_either
from .closing import gives_a_fresh_day


def tell_on_recalled(
    doc: Document, news: list[EventDraft], recalled: list[EventDraft]
) -> list[EventDraft]:
    """Mark ``background`` the news drafts first told after the lead at the town of a
    ``recalled`` incident told before them and at none of the lead's or the news told before,
    and return them."""
    body = [s for s in doc.sentences if not s.heading]
    if not body or not recalled:
        return []
    lead_paragraph = body[0].paragraph
    lead_towns = [
        place
        for draft in news
        if doc.sentences[min(draft.sentences)].paragraph == lead_paragraph
        for place in _towns(draft.places)
    ]
    marked: list[EventDraft] = []
    for draft in news:
        first = doc.sentences[min(draft.sentences)]
        if first.heading or first.paragraph == lead_paragraph or draft.temporal_status != "current":
            continue
        towns = _towns(draft.places)
        news_towns = lead_towns + [
            place
            for other in news
            if other.temporal_status == "current" and min(other.sentences) < first.index
            for place in _towns(other.places)
        ]
        if _goes_on(doc, draft, recalled) and not gives_a_fresh_day(doc, first):
            draft.temporal_status = "background"
            marked.append(draft)
            continue
        if not towns or any(nested_either(town, at) for town in towns for at in news_towns):
            continue  # the town of the news told before: its incident told on
        told_on = any(
            min(earlier.sentences) < first.index
            and any(nested_either(town, at) for town in towns for at in _towns(earlier.places))
            for earlier in recalled
        )
        if told_on and not gives_a_fresh_day(doc, first):
            draft.temporal_status = "background"
            marked.append(draft)
    return marked


def _goes_on(doc: Document, draft: EventDraft, recalled: list[EventDraft]) -> bool:
    """Whether the draft is first told in the sentence right after one that recalls an
    incident of its type, in the same paragraph, at no other town ("21 rockets were fired at
    the embassy during the recent attack." then "Three rockets hit the outer wall ..."), or
    in a sentence that opens by pointing back at the incident the sentence before it recalls,
    of any type and across a paragraph break ("On <weekday>, the army killed a militia
    commander." then "That raid set off a volley of rockets ...")."""
    first = doc.sentences[min(draft.sentences)]
    if first.index == 0:
        return False
    if _POINTS_BACK.match(first.text) is not None and any(
        first.index - 1 in earlier.sentences for earlier in recalled
    ):
        return True
    if doc.sentences[first.index - 1].paragraph != first.paragraph:
        return False
    towns = _towns(draft.places)
    return any(
        earlier.event_type == draft.event_type
        and first.index - 1 in earlier.sentences
        and all(any(nested_either(town, at) for at in _towns(earlier.places)) for town in towns)
        for earlier in recalled
    )


# A sentence opening on a demonstrative, alone or before its noun: "That strike set off ...",
# "This prompted ...", "These raids drew ..." (what it points at is the sentence before). Not
# a time of its own ("This morning, ...", "This time ...") nor news set beside the recalled
# incident ("This came as police shot ...", "This follows ...").
_POINTS_BACK = re.compile(
    r"\s*(?:That|This|These|Those)\b(?!\s+(?:is|was|are|were|year|week|month|morning|"
    r"afternoon|evening|weekend|time|days|comes|came|follows|followed|as|while)\b)"
)


def _towns(places: list[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if p.precision in LOCAL_PRECISIONS]
