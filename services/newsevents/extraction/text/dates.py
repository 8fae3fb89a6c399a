"""Date expressions resolved against the publication date.

Explicit dates without a year take the publication year, or the year before when that would put
them after publication (news reports the past). Relative expressions ("yesterday", "on Monday",
"last week") count back from publication; vague ones ("recently") keep the publication date with
precision ``vague`` so consumers know not to trust the day.
"""

from __future__ import annotations

import datetime as dt
import re

from ..document import DateMention, Document, Span, SpanIndex, TimePrecision
from ..vocabulary import WEEKDAY_NAMES
from .later_days import days_later
from .numbers import counting, number_value

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = tuple(WEEKDAY_NAMES.lower().split("|"))  # Monday first, as date.weekday()
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![A-Za-z])"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"

# A weekday that is a person's first name: a capitalised surname (not a time of day) followed
# by an apposition's comma or a verb of saying.
_SURNAME = (
    r"\s+(?!(?:Morning|Afternoon|Evening|Night|Midnight|Noon|Dawn)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?:,|\s+(?:said|says|told|added|explained|confirmed|stated)\b)"
)
# ... unless a preposition of time stands before the weekday: "during Sunday Mass, killing
# five", "after Friday Prayers, gunmen fled" are times, not a person's name.
_TIME_BEFORE = "|".join(
    rf"(?<={w} )|(?<={w.capitalize()} )"
    for w in ("during", "after", "before", "at", "by", "until", "till", "since", "of")
)
_NOT_FIRST_NAME = rf"(?:{_TIME_BEFORE}|(?!(?:{WEEKDAY_NAMES}){_SURNAME}))"

_ACT_NOUN = (
    r"(?:(?:air)?strikes?|attacks?|raids?|bombings?|blasts?|explosions?|shelling|clash(?:es)?|"
    r"fighting|battles?|assaults?|ambush|offensive|operations?|massacre|killings?|victims|"
    r"violence|protests?|demonstrations?|toll|incidents?|events)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (not the count after a day told before its month: "12 Sep. 4 killed" is 12 September)
    ("month_day", re.compile(rf"(?<!\d )\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b{_YEAR}")),
    ("day_month", re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}")),
    ("month_year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ate|[Ee]arly|[Mm]id-?)\s+{_MONTH}{_YEAR}\b")),
    # A part of a month: "At the end of July" (the month, as "in July" is), "since the beginning
    # of April" (its first week: "At the beginning of October" told on October 31 is weeks
    # back); not "the middle of March", which ACLED dates to its 15th, as a note's own date.
    ("month_year", re.compile(rf"\b[Tt]he\s+(?:end|close)\s+of\s+{_MONTH}{_YEAR}\b")),
    ("month_start", re.compile(rf"\b[Tt]he\s+(?:beginning|start)\s+of\s+{_MONTH}{_YEAR}\b")),
    ("weekday", re.compile(rf"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ll]ate|[Ee]arly|[Oo]vernight)\s+(?P<weekday>{WEEKDAY_NAMES})\b")),
    # A weekday as agencies write it, bare: "killed 10 civilians Friday", "Tuesday's attack",
    # "Thursday night"; not a dated heading's ("Monday, June 12": the month and day date it),
    # nor a bound ("since Sunday", "until Friday": a period), nor a person's first name
    # ("Monday Okafor, the police chief, said": a surname and an apposition or a verb of saying;
    # but "during Sunday Mass, ..." is the day).
    # (The lookahead first: every match starts at a weekday, and one test rules out the other
    # positions before the lookbehinds are read at each; twenty times faster, the same matches.)
    ("weekday", re.compile(rf"(?=(?:{WEEKDAY_NAMES})\b)(?<![Ss]ince )(?<![Uu]ntil )(?<![Ff]rom ){_NOT_FIRST_NAME}\b(?P<weekday>{WEEKDAY_NAMES})\b(?!,?\s+(?:\d|{_MONTH}))")),
    # A weekday's possessive as texts stripped of apostrophes write it: "During Sundays operation",
    # "among Fridays victims" (not "on Fridays", days that recur: a noun of violence must follow).
    ("weekday", re.compile(rf"\b(?P<weekday>{WEEKDAY_NAMES})s(?=\s+(?:[a-z]+\s+)?{_ACT_NOUN}\b)")),
    # Days counted back from the story: "two days ago", "the day before yesterday" (the
    # wire's own count, the act's day; forty-seventh round, lead67); not the day of a telling
    # or of what began a stretch ("since the announcement two days ago", "a truce agreed two
    # days ago"): left unread, as before.
    ("days_ago", re.compile(rf"(?<!announcement )(?<!statement )(?<!declaration )(?<!decision )(?<!agreed )(?<!announced )(?<!declared )(?<!signed )(?<!began )(?<!started )\b(?:(?P<n>[2-6]|{counting(2, 6)})\s+days\s+ago|(?P<before>the\s+day\s+before\s+yesterday))\b", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|last night|last week|this week|last month|this month|last year|earlier this week|earlier this month|earlier this year)\b", re.IGNORECASE)),
    # A weekend: "over the weekend", "at the weekend", "last weekend" (not "a weekend getaway").
    ("weekend", re.compile(r"\b(?:(?:over|at|during|on) the (?:past |last )?|(?P<last>last) |this |past )weekend\b", re.IGNORECASE)),
    ("vague", re.compile(r"\b(?P<vague>recently|in recent (?:days|weeks|months)|lately|previously|over the past (?:few )?(?:days|weeks|months))\b", re.IGNORECASE)),
)  # fmt: skip


# A date that names a place or a group is no date: "April 7th Street", "the 6 October Bridge",
# "the March 23 movement" (a group's name is written with a small letter as often).
_NAMED_AFTER_A_DATE = re.compile(
    r"\s+(?:Street|St\b|Road|Square|Avenue|Bridge|Stadium|Hospital|School|Brigade|[Mm]ovement|"
    r"City)"
)


# Between a day counted from publication and the calendar date that restates it in brackets:
# "yesterday morning (24 January)", "on Tuesday (July 11)".
_RESTATED_IN_BRACKETS = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*\(\s*$", re.IGNORECASE
)


def find_dates(doc: Document) -> None:
    mentions: list[DateMention] = []
    calendar: set[int] = set()  # starts of the dates written as a month and a day
    taken = SpanIndex()  # a text of a thousand dates is not read again at each
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(doc.text):
            span = Span(match.start(), match.end())
            if taken.overlaps(span) or _NAMED_AFTER_A_DATE.match(doc.text, span.end):
                continue
            resolved = _resolve(kind, match, doc.published)
            if resolved is not None:
                date, precision = resolved
                mentions.append(DateMention(span, match.group(), date, precision))
                taken.add(span)
                if kind in ("month_day", "day_month"):
                    calendar.add(span.start)
    mentions.sort(key=lambda m: m.span.start)
    dates = _restated_dropped(doc.text, mentions, calendar)
    # "Two days later", "the next day": counted on from the day told before (later_days.py)
    later = days_later(doc.text, doc.sentences, dates, doc.published)
    doc.dates = sorted([*dates, *later], key=lambda m: m.span.start) if later else dates


def _restated_dropped(
    text: str, mentions: list[DateMention], calendar: set[int]
) -> list[DateMention]:
    """The dates without a counted day that the calendar date after it restates in brackets:
    "yesterday morning (24 January)" is the 24th, whatever the day of publication (a story is
    often published a day after it was written)."""
    kept = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        restated = (
            following is not None
            and following.span.start in calendar
            and mention.span.start not in calendar
            and _RESTATED_IN_BRACKETS.match(text[mention.span.end : following.span.start])
        )
        if not restated:
            kept.append(mention)
    return kept


_CALENDAR_PRECISION: dict[str, TimePrecision] = {
    "month_day": "day",
    "day_month": "day",
    "month_year": "month",
    "month_start": "week",
}


def _resolve(
    kind: str, match: re.Match[str], published: dt.date
) -> tuple[dt.date, TimePrecision] | None:
    groups = match.groupdict()
    if kind in ("month_day", "day_month", "month_year", "month_start"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"]) if kind in ("month_day", "day_month") else 1
        year = int(groups["year"]) if groups.get("year") else published.year
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if not groups.get("year") and date > published + dt.timedelta(days=1):
            try:
                date = date.replace(year=year - 1)
            except ValueError:  # "February 29" read in a year after a leap year
                return None
        return date, _CALENDAR_PRECISION[kind]
    if kind == "weekday":
        target = _WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7 or (7 if "last" in match.group().lower() else 0)
        if back == 6 and "last" not in match.group().lower():
            # the day after the stamp, as a calendar date may be: "on Tuesday raised the toll"
            # in a story stamped Monday was written on Tuesday, not six days before
            back = -1
        return published - dt.timedelta(days=back), "day"
    if kind == "relative":
        return _relative(groups["rel"].lower(), published)
    if kind == "days_ago":
        count = groups["n"]
        back = 2 if count is None else int(number_value(count) or 2)
        return published - dt.timedelta(days=back), "day"
    if kind == "weekend":
        return _weekend(published, last=groups["last"] is not None)
    return published, "vague"


def _relative(words: str, published: dt.date) -> tuple[dt.date, TimePrecision]:
    day = dt.timedelta(days=1)
    table: dict[str, tuple[dt.date, TimePrecision]] = {
        "yesterday": (published - day, "day"),
        "last night": (published - day, "day"),
        "today": (published, "day"),
        "tonight": (published, "day"),
        "this morning": (published, "day"),
        "this week": (published, "week"),
        "earlier this week": (published, "week"),
        "last week": (published - 7 * day, "week"),
        "this month": (published, "month"),
        "earlier this month": (published, "month"),
        "last month": ((published.replace(day=1) - day).replace(day=1), "month"),
        "earlier this year": (published, "year"),
        "last year": (published.replace(year=published.year - 1, month=1, day=1), "year"),
    }
    return table[words]


def _weekend(published: dt.date, *, last: bool) -> tuple[dt.date, TimePrecision]:
    """The weekend told, by its last day up to publication: the Sunday before (or the Saturday
    of publication itself); "last weekend" written on a weekend is the one before. An act
    told at the weekend happened on that day at the latest, so a day before the lead's read
    from it is before it whatever the weekend's day was."""
    saturday, sunday = 5, 6
    weekday = published.weekday()
    in_weekend = weekday in (saturday, sunday)
    if last and in_weekend:
        return published - dt.timedelta(days=weekday + 1), "day"  # the Sunday before
    if weekday == saturday:
        return published, "day"
    return published - dt.timedelta(days=(weekday - sunday) % 7), "day"
