"""A paragraph that opens on a day before the lead's is an earlier incident recalled.

A news story tells its incident in the lead and, after elaborating it, often recalls the
incidents that came before it, each in a paragraph of its own that opens on its day: "On
Saturday, militants ambushed an army patrol near Saraqib" after a lead on Monday's killing of
farmers in Kafr Nabl, "Last Friday, the insurgents killed two traders in another district"
after Tuesday's raid. The grammar and the day are those of news; what tells the reader it is
context is the story's order: the paragraph turns back to a day before the one the lead told,
to another incident. Every event first told in such a paragraph at a place outside the lead's
(another town, another province) is background, unless it gives a day of its own no earlier
than the lead's ("On Sunday, ... On Monday, troops raided ..."). The lead's own incident retold
with its day ("On Sunday, the gunmen stormed the village", after a lead on Monday's funerals
there) stays news, as does an act told at no place. A lead that tells no violent act on a day
gives nothing to compare with, and a text of one block (a flattened feed) has no paragraph to
open: neither is read.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import DateMention, Document, Sentence
from ...ontology import is_violent
from ..draft import OCCURRED, EventDraft
from ..merge.localities import names_another_locality
from ..merge.story import inside_lead_place, told_places

# Before a date that opens a paragraph: nothing, its preposition, or a turn of the day ("Later
# on Friday", "Early on Sunday").
_OPENING = re.compile(
    r"\s*(?:(?:later|earlier|early|late)\s+)?(?:(?:on|in|during|by|at)\s+)?", re.IGNORECASE
)


def recall_earlier_days(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts first told, at a place outside the lead's, in a
    paragraph after the lead's that opens on a day before the lead's, and return them."""
    body = [s for s in doc.sentences if not s.heading]
    if not body:
        return []
    lead = _lead(doc, body[0].paragraph, drafts)
    if lead is None or lead.date is None:
        return []
    lead_day = _day_of(lead.date)
    recalled = _recalling_paragraphs(doc, body, lead_day)
    if not recalled:
        return []
    marked: list[EventDraft] = []
    for draft in drafts:
        first = doc.sentences[min(draft.sentences)]
        if first.heading or first.paragraph not in recalled:
            continue
        own = draft.date
        if own is not None and own.precision == "day" and own.date >= lead_day:
            continue  # "On Sunday, ... On Monday, troops raided": the lead's day again
        if not _elsewhere(doc, lead, draft, first):
            continue  # the lead's incident retold with its day, or an act told at no place
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def _lead(doc: Document, lead_paragraph: int, drafts: list[EventDraft]) -> EventDraft | None:
    """The first violent act the lead paragraph tells on a day, when it tells one."""
    return min(
        (
            d
            for d in drafts
            if d.modality in OCCURRED
            and is_violent(d.event_type)
            and d.date is not None
            and d.date.precision in ("day", "vague")
            and doc.sentences[min(d.sentences)].paragraph == lead_paragraph
        ),
        key=lambda d: min(d.sentences),
        default=None,
    )


def _day_of(date: DateMention) -> dt.date:
    """The lead's day. A day only reported is the day before the report (``vague``): the act
    may be of that day or the one before, so the earlier of the two is the lead's."""
    return date.date - dt.timedelta(days=1) if date.precision == "vague" else date.date


def _elsewhere(doc: Document, lead: EventDraft, draft: EventDraft, first: Sentence) -> bool:
    """Whether the draft is told at a place outside the lead's: its own place lies outside the
    lead's places, or its sentence names a locality the lead's sentences do not."""
    own = told_places(doc, draft)
    if not own:
        return False
    return not inside_lead_place(lead.places, own) or names_another_locality(
        doc, lead.sentences, first.index
    )


def _recalling_paragraphs(doc: Document, body: list[Sentence], lead_day: dt.date) -> set[int]:
    """The paragraphs after the lead's whose first sentence opens on a day before the lead's."""
    lead_paragraph = body[0].paragraph
    openers: dict[int, Sentence] = {}
    for sentence in body:
        openers.setdefault(sentence.paragraph, sentence)
    return {
        paragraph
        for paragraph, opener in openers.items()
        if paragraph > lead_paragraph
        and (day := _opening_day(doc, opener)) is not None
        and day.date < lead_day
    }


def _opening_day(doc: Document, sentence: Sentence) -> DateMention | None:
    """The day the sentence opens on ("On Sunday, ...", "Last Friday, ...")."""
    for mention in doc.in_sentence(doc.dates, sentence):
        before = doc.text[sentence.span.start : mention.span.start]
        if _OPENING.fullmatch(before) is None:
            return None
        return mention if mention.precision == "day" else None
    return None
