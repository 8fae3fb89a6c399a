"""An attack on a quarter the news has already told as hit on a later day is the earlier attack.

A bulletin tells the day's attacks place by place and, after them, often recalls the attack of
the day before on the same quarters, with its own day and toll: "Rocket shells fell on the
Karam quarter on Thursday morning, wounding four people ... On Wednesday, two women were
killed when shells hit the Karam and Sabil quarters." The grammar and the day are those of
news; what tells the reader it is context is that the quarter has already been told as hit
on a later day, by the same kind of act. An act told after the news, on a day of its own
(inside its sentence, to the day) before the day of an act of its kind told earlier in the
story at a quarter or site that its own sentence names again, is that earlier incident
recalled.

Kin acts: the same type, or shelling and an attack on civilians (rocket fire on a quarter that
kills civilians is read either way). A quarter: a neighbourhood or a site, not a village, nor a
city, which a wire story names for every day's acts ("On Thursday, air raids left 40 dead",
after Friday's raids on the city's quarters, is the report's second item). Left as news: the
whole story when its title or lead tells the news over a span of days (a toll "of the
last 24 hours" takes the day before's attacks in); an act told beside the
news ("also", "another", "a separate attack"); an act one of whose sentences updates its toll
("a new toll", "has risen to": the incident told as the day's news again); a round-up's items
of earlier days told at places of their own.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import Document, PlaceMention
from ..draft import EventDraft
from ..story_cues import told_places
from .recalled import told_beside_the_news
from .retold_days import the_news_day

# Rocket fire on a quarter that kills civilians is read as shelling or as an attack on them.
_KIN = (frozenset({"shelling", "attack_on_civilians"}),)
# A quarter or a site of a town (not a village: two days' killings near one village are two
# acts of the news, as wires tell them).
_QUARTER = frozenset({"neighbourhood", "point"})
# A lead that tells the news over a span of days, the day before among them: "25 civilians killed
# in the past 24 hours", "over two days of raids and ground assaults".
_SPAN_OF_DAYS = re.compile(
    r"\b(?:past|last) (?:24|48|72|twenty-four|forty-eight|seventy-two) hours\b"
    r"|\b(?:past|last) (?:two|three|four|few|couple of) days\b"
    r"|\b(?:two|three|four) days of\b",
    re.IGNORECASE,
)
# A toll updated: the incident told as the day's news again.
_UPDATED = re.compile(
    r"\b(?:(?:new|updated|latest|revised|final) (?:death )?toll|toll (?:has )?(?:rose|risen|"
    r"climbed|reached|jumped)|(?:has|have) (?:since )?(?:risen|climbed|reached))\b",
    re.IGNORECASE,
)


def recall_the_quarter_struck_before(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts told on a day of their own, inside their sentence,
    before the day of a kin act told earlier at a quarter their sentence names again, and
    return them."""
    if _told_over_days(doc):
        return []
    ordered = sorted(drafts, key=lambda d: min(d.sentences))
    news_day = the_news_day(doc, drafts)
    marked: list[EventDraft] = []
    # Per draft told before: its day and its quarters, read once (a bulletin has many drafts).
    days: dict[int, dt.date | None] = {}
    quarters: dict[int, list[re.Pattern[str]]] = {}

    def day_told(told: int) -> dt.date | None:
        if told not in days:
            days[told] = _day(ordered[: told + 1], news_day)
        return days[told]

    def quarters_told(told: int) -> list[re.Pattern[str]]:
        if told not in quarters:
            names = _quarters(told_places(doc, ordered[told]))
            quarters[told] = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in names]
        return quarters[told]

    for at, draft in enumerate(ordered):
        own = draft.date
        first = doc.sentences[min(draft.sentences)]
        if (
            draft.temporal_status != "current"
            or first.heading
            or own is None
            or own.precision != "day"
            or own not in doc.in_sentence(doc.dates, first)
            or _updated(doc, draft)
        ):
            continue
        said = first.text.casefold()
        for told, before in enumerate(ordered[:at]):
            if min(before.sentences) >= first.index or not _kin(
                before.event_type, draft.event_type
            ):
                continue
            day = day_told(told)
            if (
                day is None
                or day <= own.date
                or told_beside_the_news(first, own, day)
                # (the quarter's name as a whole word: "Karam" is not in "Karama")
                or not any(name.search(said) for name in quarters_told(told))
            ):
                continue
            draft.temporal_status = "background"
            marked.append(draft)
            break
    # The sentence's other places of the same act on the same day go with it.
    for draft in ordered:
        if (
            draft.temporal_status == "current"
            and not _updated(doc, draft)
            and any(
                min(draft.sentences) == min(done.sentences)
                and draft.date == done.date
                and _kin(draft.event_type, done.event_type)
                for done in marked
            )
        ):
            draft.temporal_status = "background"
            marked.append(draft)
    return marked


def _day(told: list[EventDraft], news_day: dt.date) -> dt.date | None:
    """The day of the last of the ``told`` drafts: its own, to the day; undated, that of the
    nearest draft told before it on a day, else the story's (the day it will take)."""
    last = told[-1].date
    if last is not None:
        return last.date if last.precision == "day" else None
    dated = [d.date for d in told if d.date is not None and d.date.precision == "day"]
    return dated[-1].date if dated else news_day


def _told_over_days(doc: Document) -> bool:
    """Whether the title or the lead sentence tells the news over a span of days."""
    body = [s for s in doc.sentences if not s.heading]
    lead = [s.text for s in doc.sentences if s.heading] + [s.text for s in body[:1]]
    return any(_SPAN_OF_DAYS.search(text) for text in [doc.title, *lead])


def _updated(doc: Document, draft: EventDraft) -> bool:
    """Whether a sentence of the draft updates its toll (told as the day's news again)."""
    return any(_UPDATED.search(doc.sentences[i].text) for i in draft.sentences)


def _kin(one: str, other: str) -> bool:
    return one == other or any(one in kin and other in kin for kin in _KIN)


def _quarters(places: list[PlaceMention]) -> set[str]:
    """The names (the gazetteer's and the text's) of the quarters and sites among the places:
    not a city, which a wire story names for every day's acts, nor a village."""
    return {
        name.casefold()
        for p in places
        if p.precision in _QUARTER
        for name in (p.name, p.text)
        if len(name) > 3
    }
