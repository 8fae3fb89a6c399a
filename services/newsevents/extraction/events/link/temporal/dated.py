"""Dates of the news window: whether a sentence's dates put an act before the news or on a fresh
day (:mod:`.status` reads them; the background passes share the window)."""

from __future__ import annotations

import datetime as dt
import re

from ....document import DateMention, Document, Sentence, Span, per_document
from ....vocabulary import MONTH_NAMES
from ...draft import EventDraft
from ..when import event_dates
from .earlier import LINKING_WORDS, OPENING

# Days before publication an event may lie and still be the article's news: reports tell
# what happened today, yesterday or on a weekday of the past week.
NEWS_WINDOW_DAYS = 7
# A year the date finder leaves alone: "was formed in 2013", "since 2011", "In May 2011".
_BARE_YEAR = re.compile(
    rf"(?:\b(?:in|since|during|of|from|until|late|early|mid-?)\s+|\b(?:{MONTH_NAMES})\s+)"
    r"((?:19|20)\d\d)\b"
    # ... or a year naming a campaign or a war the act is told in, between its determiner and
    # its noun: "seized large areas in a lightning 2014 campaign", "fled during the 2016 siege"
    # (forty-fifth round, bg65; a campaign's noun after it, one word between at most; not what
    # another noun names: "a memorial for victims of the 2014 massacre")
    r"|\b(?:in|during|throughout|amid|before)\s+(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+"
    r"(?:[a-z-]+\s+)?"
    r"((?:19|20)\d\d)\s+(?=(?:[a-z-]+\s+)?(?:campaign|offensive|siege|war|invasion|uprising|"
    r"revolution|coup|takeover|assault|battle|massacre|bombing|insurgency|incursion|"
    r"operation|crackdown|conflict)s?\b)",
    re.IGNORECASE,
)
# Between a date and the trigger, a report: the date is the report's ("a video posted on
# February 9 shows fighters arriving"; "told FNA on Saturday").
_REPORTED = re.compile(
    r"\b(?:says?|said|shows?|showed|shown|reports?|reported|told|tells|announced|stated|"
    r"confirmed|added|according to)\b",
    re.IGNORECASE,
)


def made_on_a_fresh_day(doc: Document, draft: EventDraft) -> bool:
    """Whether the act's own date (not its report's: "an official said on Tuesday the group had
    accepted a ceasefire", :mod:`.when`) is a day within the news window."""
    date = draft.date
    return date is not None and date.precision == "day" and not is_old(date, doc.published)


def fresh_days(doc: Document, sentence: Sentence) -> list[int]:
    """Where the sentence tells an act's day within the news window (offsets in the sentence),
    not a report's ("the military said on Sunday that ... the day before, its jets struck")."""
    return [
        m.span.start - sentence.span.start
        for m in event_dates(doc, sentence)
        if m.precision == "day" and not is_old(m, doc.published)
    ]


def has_own_date(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence tells a time of its own: a date or a bare year."""
    return (
        bool(doc.in_sentence(doc.dates, sentence)) or _BARE_YEAR.search(sentence.text) is not None
    )


def nearest_date_is_old(doc: Document, sentence: Sentence, trigger_at: int) -> bool:
    """Whether the date nearest the trigger lies before the news window. (A recent day does
    not make an event current: "On Tuesday seven civilians were killed" may be recalled beside
    today's news.) A date beyond a report verb is the report's and dates no act, unless it
    opens the sentence or the report itself is older than the news window."""
    trigger = sentence.span.start + trigger_at
    dated: list[tuple[int, bool]] = [
        (abs(m.span.start - trigger), is_old(m, doc.published))
        for m in doc.in_sentence(doc.dates, sentence)
        if not _first_since(sentence.text[: m.span.start - sentence.span.start])
        and (
            _fronted(sentence, m)
            or not _REPORTED.search(doc.text, min(m.span.end, trigger), max(m.span.start, trigger))
            # a report made before the news window tells acts older still, whichever side of
            # its verb they stand: "Kurdish-led forces have seized three villages, the
            # Pentagon said on June 9" in a story of June 20 (forty-fifth round, bg65)
            or _said_long_ago(doc.text, m, doc.published)
        )
    ]
    dated.extend((abs(at - trigger_at), old) for at, old in _bare_years(doc, sentence))
    return bool(dated) and min(dated, key=lambda pair: pair[0])[1]


# A verb of saying right before its date: "the Pentagon said on June 9", "the military said in
# a statement on January 30" (not "a report released on January 9", a document's date).
_SAID_ON = re.compile(
    r"\b(?:said|told\s+[\w-]+|announced|stated|confirmed|added|reported)\s+"
    r"(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|briefing|report)\s+)?(?:on|in)\s+$",
    re.IGNORECASE,
)


def _said_long_ago(text: str, mention: DateMention, published: dt.date) -> bool:
    """Whether the date is the day or the month a verb of saying was said on, before the news
    window (a year alone may be the span a report covers: "said the group killed 300 people in
    2022" is read by the bare year)."""
    return (
        mention.precision in ("day", "month")
        and is_old(mention, published)
        and _SAID_ON.search(text, max(0, mention.span.start - 80), mention.span.start) is not None
    )


# (asked for each event of a sentence: its bare years do not depend on the event)
@per_document
def _bare_years(doc: Document, sentence: Sentence) -> tuple[tuple[int, bool], ...]:
    """The sentence's bare years no date mention holds and no "first ... since" opens: where
    each is (in the sentence) and whether it is before the year of publication."""
    found: list[tuple[int, bool]] = []
    own_dates = doc.in_sentence(doc.dates, sentence)  # a date holding the year is in it
    for match in _BARE_YEAR.finditer(sentence.text):
        group = 1 if match.group(1) is not None else 2
        if _first_since(sentence.text[: match.start(group)]):
            continue
        if not any(m.span.contains(_offset(sentence, match, group)) for m in own_dates):
            found.append((match.start(group), int(match.group(group)) < doc.published.year))
    return tuple(found)


# The act told as the first since a date ("This is the first firing of projectiles from Lebanon
# since early December last year", "the first attack on the city since 2019"): the date opens
# the quiet period the act ends, it does not date the act (nor do the words that go on with it:
# "last year" of "since early December last year").
_FIRST_SINCE = re.compile(
    r"\bfirst\b[^.;:]{0,100}?\bsince\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _first_since(before: str) -> bool:
    """Whether the words before a date close "the first ... since": the act comes after it."""
    return _FIRST_SINCE.search(before) is not None


def _fronted(sentence: Sentence, mention: DateMention) -> bool:
    """Whether the date opens the sentence ("On September 17 aircraft carried out four strikes
    ... officials said the attack was a mistake", "Last week the ministry stated that the
    airstrikes were an error"): a fronted time frames all the sentence, what it reports too,
    after a linking word as well ("Also in April, ...")."""
    before = sentence.text[: mention.span.start - sentence.span.start]
    return OPENING.fullmatch(_LINKED.sub("", before, count=1)) is not None


# A word that links the sentence to the one before it, ahead of a fronted time: "Also in April,
# the military bombed a gathering that locals said killed about 170 people", "However, last
# week ...": the time still frames all the sentence.
_LINKED = re.compile(rf"^\s*(?:{LINKING_WORDS})\b,?", re.IGNORECASE)


def _offset(sentence: Sentence, match: re.Match[str], group: int) -> Span:
    """The bare year's first character, to ask whether a date mention covers it."""
    start = sentence.span.start + match.start(group)
    return Span(start, start + 1)


def is_old(mention: DateMention, published: dt.date) -> bool:
    date, precision = mention.date, mention.precision
    window = published - dt.timedelta(days=NEWS_WINDOW_DAYS)
    if precision == "day":
        return date < window
    if precision == "week":  # "last week", not "this week"
        return date <= window
    if precision == "month":
        return (date.year, date.month) < (published.year, published.month)
    if precision == "year":
        return date.year < published.year
    return False
