"""A paragraph that turns back to an earlier time is an earlier incident recalled.

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
there) stays news, as does an act told at no place; at the lead's place, an act of a kind the
lead paragraph tells nowhere, on a day before a lead dated to its day, is another incident
("On Saturday, a soldier died when a roadside bomb hit his truck" after Sunday's attack on a
camp). An act told beside the news ("also", "another", "a separate attack") on a day at
most two days before the lead's is one more item of the report, not a recalled incident. A
lead that tells no violent act on a day still sets the story's day for an act told on its
own day well before it: its first act's day (a truce, a statement's act), or,
undated, the day before the report.

A paragraph may also turn back in so many words, with no day: "Previously, the CTD had
arrested two suspects in Gujranwala", "Prior to that, ...", "Earlier this month, ...", or by
putting the news in a series and going on to its earlier members ("It is the latest of
several attacks the group has claimed. A driver died on Sunday when ..."). There the lead
is only needed for its place and day (its first act of any kind; undated, the day before the
report), and a town told after a lead placed only at a country or a province is elsewhere.

A text of one block (a flattened feed) has no paragraph to open: it is not read (roundups told
as one block tell several days' news in sentences opening on their days).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ...document import LOCAL_PRECISIONS, DateMention, Document, Sentence, sentence_at
from ...ontology import is_violent
from ...text.numbers import ORDINALS
from ..draft import OCCURRED, EventDraft
from ..geography.names.other_localities import names_another_locality
from ..geography.nesting import inside_lead_place
from ..link.temporal.earlier import OPENING, TURNS_OF_THE_DAY
from ..story_cues import told_places

# Before a date that opens a paragraph: nothing, its preposition, or a turn of the day ("Later
# on Friday", "Early on Sunday").
_OPENING = re.compile(rf"\s*(?:(?:{TURNS_OF_THE_DAY})\s+)?{OPENING.pattern}", re.IGNORECASE)
# A paragraph that opens by turning back with no day of its own: an adverb of an earlier time
# ("Previously, the police had arrested", "Prior to that,", "Earlier this month,", "Last
# year,", "In 2019,"), or a frame that puts the news in a series and goes on to tell its
# earlier members ("It is the latest of several attacks the group has claimed. ...", "The
# clash follows a run of similar incidents ...").
_TURNS_BACK = re.compile(
    r"\s*(?:previously|prior to (?:that|this)|before (?:that|this)|in the past|"
    r"(?:earlier|last) (?:this |that )?(?:week|month|year)|(?:in|since) (?:19|20)\d\d)\b"
    r"|\s*(?:it|this|that|the [\w-]+(?: [\w-]+)?) (?:is|was|comes|came) (?:as )?the "
    rf"(?:latest|most recent|{'|'.join(ORDINALS[1:5])}) (?:[\w-]+ )?(?:in|of) (?:a|an) "
    r"(?:series|string|spate|wave|number|chain)\b",
    re.IGNORECASE,
)


def recall_earlier_days(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts first told, at a place outside the lead's, in a
    paragraph after the lead's that turns back (opens on a day before the lead's, or on an
    earlier time with no day), and return them."""
    body = [s for s in doc.sentences if not s.heading]
    if not body:
        return []
    lead_paragraph = body[0].paragraph
    marked: list[EventDraft] = []
    lead = _lead(doc, lead_paragraph, drafts)
    by_day: set[int] = set()
    if lead is not None and lead.date is not None:
        lead_day = day_of(lead.date)
        by_day = _recalling_paragraphs(doc, body, lead_day)
        marked += _mark(doc, drafts, lambda s: s.paragraph in by_day, lead, lead_day)
        marked += _dated_before_the_lead(doc, drafts, lead, lead_day, lead_paragraph)
    first = lead or _first_act(doc, lead_paragraph, drafts)
    day = day_of(first.date) if first and first.date and _dated(first) else _before_report(doc)
    if lead is None and first is not None and (first.date is None or _dated(first)):
        # A lead that dates no violent act on a day ("A ceasefire held early on <weekday>",
        # "Gunmen killed five traders, police said") still sets the story's day: its first
        # act's, else the day before the report. An act on its own day well before it is
        # another, earlier incident. (A lead told in a week or a month sets no day.)
        marked += _dated_before_the_lead(doc, drafts, first, day, lead_paragraph)
    turned = _turning_back(doc, body) - by_day
    if turned and first is not None:
        marked += _mark(doc, drafts, lambda s: s.paragraph in turned, first, day, finer=True)
    return marked


def _before_report(doc: Document) -> dt.date:
    """The day of an undated lead: wire stories tell today what happened yesterday."""
    return doc.published - dt.timedelta(days=1)


def _mark(
    doc: Document,
    drafts: list[EventDraft],
    recalling: Callable[[Sentence], bool],
    lead: EventDraft,
    lead_day: dt.date,
    *,
    finer: bool = False,
) -> list[EventDraft]:
    """Mark the drafts first told in a ``recalling`` sentence elsewhere than the lead, on no
    day of their own at or after the lead's. ``finer``: a town named after a lead told only at
    a country or a province is elsewhere too (a paragraph that turns back in so many words)."""
    marked: list[EventDraft] = []
    for draft in drafts:
        first = doc.sentences[min(draft.sentences)]
        if first.heading or not recalling(first) or draft is lead:
            continue
        own = draft.date
        if own is not None and own.precision == "day" and own.date >= lead_day:
            continue  # "On Sunday, ... On Monday, troops raided": the lead's day again
        if told_beside_the_news(first, own, lead_day):
            continue  # "On Tuesday, troops also clashed with rebels in X": one more item
        if _next_item(doc, draft, first):
            continue  # "Last week, ... In Kafr Jalis village, shelling killed three": news
        if not (
            elsewhere(doc, lead, draft, first)
            or (finer and _finer(doc, lead, draft))
            or _another_act_before(doc, lead, draft, first, lead_day)
        ):
            continue  # the lead's incident retold with its day, or an act told at no place
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


# A sentence that sets its act beside the news as one more item of it: "troops also
# encountered", "attacked another checkpoint", "killed in a separate attack".
_BESIDE = re.compile(r"\b(?:also|another|separate(?:ly)?)\b", re.IGNORECASE)


# A sentence opening on a place of its own, the frame of a report's item: "In Kafr Jalis
# village, ...", "In the village of X, ...", "Near Saraqib, ..." (not a day: "On Sunday, ...").
_PLACE_FRAME = re.compile(
    r"(?:In|At|Near|Outside)\s+(?:the\s+)?(?:(?:village|town|city|neighbou?rhood|district)\s+"
    r"of\s+)?(?:al-|el-)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s*,"
)
# An act told in the past perfect is told back from the recalled time: "had killed".
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)


def _next_item(doc: Document, draft: EventDraft, first: Sentence) -> bool:
    """Whether the draft is first told after its paragraph's opening sentence, in a sentence
    that opens on a place of its own (:data:`_PLACE_FRAME`), dates nothing and tells nothing
    in the past perfect, at a place the opening sentence does not name: "Last week, rebels
    attacked army posts near the village of Abu Dali. In Kafr Jalis village, government
    shelling killed three people" is the report's next item, not the recalled incident told
    on (fortieth round, fold60)."""
    opener = next(s for s in doc.sentences if s.paragraph == first.paragraph)
    if opener.index == first.index or _PLACE_FRAME.match(first.text) is None:
        return False
    if doc.in_sentence(doc.dates, first) or _HAD.search(first.text) is not None:
        return False
    recalled = replace(draft, places=doc.in_sentence(doc.places, opener), sentences=[opener.index])
    return elsewhere(doc, recalled, draft, first)


def told_beside_the_news(first: Sentence, own: DateMention | None, lead_day: dt.date) -> bool:
    """Whether the draft's first sentence tells its act on its own day, at most
    ``DAYS_APART`` days before the lead's, as one more item beside the news ("also",
    "another", "a separate attack"): a report's roundup of the last days ("On Tuesday, the
    battalion also encountered rebels in X" after Thursday's clash), not an incident recalled
    from further back ("Last Friday, the insurgents killed two traders in another district"
    after Tuesday's raid)."""
    return (
        own is not None
        and own.precision == "day"
        and own.date >= lead_day - dt.timedelta(days=DAYS_APART)
        and _BESIDE.search(first.text) is not None
    )


def _another_act_before(
    doc: Document, lead: EventDraft, draft: EventDraft, first: Sentence, lead_day: dt.date
) -> bool:
    """Whether the draft, told in a paragraph opening on a day before the lead's, is another
    kind of act than any the lead's paragraph tells, on a day the lead's own day rules out: the
    lead tells its act on a day (not a report's day, ``vague``), the draft's sentence tells no
    act of the lead paragraph's kinds, and the draft's own day, when it has one, is before the
    lead's ("Militants attacked an army camp on Sunday" ... "On Saturday, a soldier died when
    a roadside bomb hit his truck": at the lead's place, another incident). An act of the
    lead's kinds told on the day before may be more of the news ("On Tuesday, the jets struck
    twice more, killing five")."""
    if lead.date is None or lead.date.precision != "day":
        return False
    lead_paragraph = doc.sentences[min(lead.sentences)].paragraph
    kinds = {
        t.event_type
        for t in doc.triggers
        if (said := sentence_at(doc.sentences, t.span)) is not None
        and said.paragraph == lead_paragraph
    }
    if draft.event_type in kinds or any(
        t.event_type in kinds for t in doc.in_sentence(doc.triggers, first)
    ):
        return False
    own = draft.date
    return own is None or own.date < lead_day


# How many days before the lead's an act's own day must lie to be another incident: a story
# often tells the day before's fighting as part of its news ("fighting around the town on
# Tuesday and again on Wednesday").
DAYS_APART = 2


def _dated_before_the_lead(
    doc: Document,
    drafts: list[EventDraft],
    lead: EventDraft,
    lead_day: dt.date,
    lead_paragraph: int,
) -> list[EventDraft]:
    """Mark the news drafts first told after the lead's paragraph on a day of their own before
    the lead's, wherever the day is told ("Gunmen shot dead seven policemen near the same village
    last Thursday", "Three soldiers died on Monday (May 4) in an exchange of fire"), unless
    they may be the lead's incident retold: of a type the lead paragraph tells, at no place or
    at the lead's ("On Saturday, gunmen opened fire on the farmers in Kafr Nabl" after a lead
    on Monday's funerals there). They stayed apart from the lead's incident when merged."""
    told = {d.event_type for d in drafts if _in_paragraph(doc, d, lead_paragraph)}
    several = _told_as_several(doc, lead_paragraph)
    marked: list[EventDraft] = []
    for draft in drafts:
        if draft.temporal_status != "current" or draft is lead or draft.event_type in several:
            continue
        first = doc.sentences[min(draft.sentences)]
        own = draft.date
        if first.heading or first.paragraph <= lead_paragraph:
            continue
        if (
            own is None
            or own.precision != "day"
            or own.date > lead_day - dt.timedelta(days=DAYS_APART)
            or own not in doc.in_sentence(doc.dates, first)
        ):
            continue  # the day before the lead's is often news still; a day told elsewhere
        if told_beside_the_news(first, own, lead_day):
            continue  # "Another eight soldiers were killed in a separate attack on Thursday"
        if draft.event_type in told and not elsewhere(doc, lead, draft, first):
            continue  # perhaps the lead's incident retold with its day
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def _told_as_several(doc: Document, paragraph: int) -> set[str]:
    """The types the paragraph names by a plural noun ("condemned airstrikes on a wedding
    party and on a civilian vehicle"): its incidents of that type may each be told later on
    their own days ("On Friday, 20 civilians were killed when their vehicle was hit")."""
    return {
        trigger.event_type
        for trigger in doc.triggers
        if (sentence := sentence_at(doc.sentences, trigger.span)) is not None
        and sentence.paragraph == paragraph
        and not sentence.heading
        and PLURAL.search(trigger.text) is not None
    }


# A plural noun ends the trigger: "airstrikes", "attacks", "clashes" (not "this", "ss"). The
# trigger's text alone cannot tell a verb's -s from a plural's: "kills", "attacks", "shells"
# told as verbs match too. They are rare outside headlines (which are left out above): body
# copy tells acts in the past; a plural noun is often right after a verb ("condemned
# airstrikes"), so no determiner before it is required.
PLURAL = re.compile(r"[a-z]{3,}[^s'\W]s$|[a-z]{2,}(?:ches|shes|xes)$", re.IGNORECASE)


def _in_paragraph(doc: Document, draft: EventDraft, paragraph: int) -> bool:
    return doc.sentences[min(draft.sentences)].paragraph == paragraph


def _dated(draft: EventDraft) -> bool:
    return draft.date is not None and draft.date.precision in ("day", "vague")


def _lead(doc: Document, lead_paragraph: int, drafts: list[EventDraft]) -> EventDraft | None:
    """The first violent act the lead paragraph tells on a day, when it tells one."""
    return min(
        (
            d
            for d in drafts
            if d.modality in OCCURRED
            and is_violent(d.event_type)
            and _dated(d)
            and doc.sentences[min(d.sentences)].paragraph == lead_paragraph
        ),
        key=lambda d: min(d.sentences),
        default=None,
    )


def _first_act(doc: Document, lead_paragraph: int, drafts: list[EventDraft]) -> EventDraft | None:
    """The first act the lead paragraph tells, of any kind, dated or not."""
    return min(
        (
            d
            for d in drafts
            if d.modality in OCCURRED
            and doc.sentences[min(d.sentences)].paragraph == lead_paragraph
        ),
        key=lambda d: min(d.sentences),
        default=None,
    )


def _finer(doc: Document, lead: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft is told at a town (or finer) and the lead at no such place."""
    own = told_places(doc, draft)
    return any(p.precision in LOCAL_PRECISIONS for p in own) and not any(
        p.precision in LOCAL_PRECISIONS for p in lead.places
    )


def day_of(date: DateMention) -> dt.date:
    """The lead's day. A day only reported is the day before the report (``vague``): the act
    may be of that day or the one before, so the earlier of the two is the lead's."""
    return date.date - dt.timedelta(days=1) if date.precision == "vague" else date.date


def elsewhere(doc: Document, lead: EventDraft, draft: EventDraft, first: Sentence) -> bool:
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
    return {
        paragraph
        for paragraph, opener in _openers_after_the_lead(body).items()
        if (day := _opening_day(doc, opener)) is not None and day.date < lead_day
    }


def _turning_back(doc: Document, body: list[Sentence]) -> set[int]:
    """The paragraphs after the lead's whose first sentence turns back with no day of its own
    ("Previously, ...", "It is the latest of several attacks ...")."""
    return {
        paragraph
        for paragraph, opener in _openers_after_the_lead(body).items()
        if _TURNS_BACK.match(opener.text) is not None
    }


def _openers_after_the_lead(body: list[Sentence]) -> dict[int, Sentence]:
    """The first sentence of each paragraph after the lead's, by paragraph."""
    openers: dict[int, Sentence] = {}
    for sentence in body:
        if sentence.paragraph > body[0].paragraph:
            openers.setdefault(sentence.paragraph, sentence)
    return openers


def _opening_day(doc: Document, sentence: Sentence) -> DateMention | None:
    """The day the sentence opens on ("On Sunday, ...", "Last Friday, ...")."""
    for mention in doc.in_sentence(doc.dates, sentence):
        before = doc.text[sentence.span.start : mention.span.start]
        if _OPENING.fullmatch(before) is None:
            return None
        return mention if mention.precision == "day" else None
    return None
