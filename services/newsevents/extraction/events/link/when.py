"""When an event happened, as its sentence tells it: the sentence's dates that date the act, not
the report of it.

A news sentence often carries two times: the act's and the telling's ("Ten civilians were killed
when rebels shelled Taiz, a rescuer said on Thursday"; "Guterres on Monday condemned Sunday
night's airstrikes"). The telling's date is the day the report was made, which is not the day of
what it reports; neither is a dateline's ("Kabul, Feb 17 (IANS) -"), the day the report was
filed. A date is the telling's when it sits on a statement verb: right after it ("said on
Monday", "said Tuesday", "told Xinhua on Friday") or right before it ("the ministry on Sunday
announced", "Guterres on Monday strongly condemned").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ...document import DateMention, Document, Sentence, per_document, sentence_at
from ...prefilter import quick_search
from ...text.later_days import EARLIER_DAY
from ...text.numbers import ORDINALS
from ...vocabulary import STATEMENT_VERBS, WEEKDAY_NAMES
from ..draft import EventDraft
from ..geography.struck_names.struck_heads import told_by_a_struck_list

_TELLING = rf"(?:{STATEMENT_VERBS}|condemned|denounced|urged|called)"
# "said on Monday", "said in a statement on Tuesday", "said on April 16" (the "on" before a
# month and day is no part of its date), "told Xinhua on Friday", "told the AFP news agency
# Tuesday": the statement verb, what it was said in, or at most four words of whom
# it was told to (not "said the blast on Wednesday": that date is the blast's).
# A date may restate the telling's weekday: "announced Tuesday, September 5", "said Friday
# (July 19)"; whom it was told to may carry an abbreviation: "told Agence France Presse (AFP)".
_RESTATED = rf"(?:(?:on\s+)?(?:{WEEKDAY_NAMES})(?:,\s*|\s*\(\s*))?"
_SAID = r"(?:statement|conference|interview|briefing|speech)"
_SAID_IN = rf"(?:in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_SAID}\s+)?"
# "reported on 1 March" is left out: "As reported on 1 March" is how ACLED's notes and some
# agencies date the event itself by its first report.
_AFTER_TELLING = re.compile(
    rf"\b(?:{_TELLING})\s+{_SAID_IN}{_RESTATED}$"
    rf"|\b(?!reported\b)(?:{_TELLING})\s+{_SAID_IN}on\s+$"
    rf"|\b(?:told|tells)\s+(?:[\w()-]+\s+){{0,4}}?{_RESTATED}$"
    # whatever verb the statement is told after: "claimed responsibility for the attack in a
    # statement Monday", "condemned the attack ... in a statement on Monday"
    rf"|\bin\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?{_SAID}\s+"
    r"(?:(?:released|issued|posted|published)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "on Monday strongly condemned", "on Sunday announced that"; a toll's update is a telling too:
# "a monitor on Tuesday raised the death toll from Monday's strikes" (forty-sixth round).
_BEFORE_TELLING = re.compile(
    rf"\s+(?:[\w-]+ly\s+)?(?:{_TELLING}\b|(?:raised|revised|updated)\s+(?:the|its)\s+"
    r"(?:death\s+)?toll\b)",
    re.IGNORECASE,
)
# A photograph's credit right after its date: "(AFP Photo)", ". (Reuters File Photo)".
_CREDITED_PHOTO = re.compile(r"\.?\s*\((?:[A-Z][\w./-]*\s+){1,3}(?:[Ff]ile\s+)?[Pp]hoto\)")


@per_document
def event_dates(doc: Document, sentence: Sentence) -> list[DateMention]:
    """The sentence's dates that may date its events: not a dateline's, not a report's. A
    sentence dated only by its report ("a monitoring group said on Tuesday", "the army
    announced on Sunday") dates its act to the report's day, with precision ``vague`` (a day
    another sentence gives replaces it, :mod:`..merge.merging`). Not the day before: the article
    golds of wire stories (FA-KES, both codings) date such an act to the report's day."""
    datelines = [
        f.span for f in doc.furniture if f.kind == "dateline" and sentence.span.contains(f.span)
    ]
    dates = [
        d
        for d in doc.in_sentence(doc.dates, sentence)
        if not any(line.contains(d.span) for line in datelines)
    ]
    dates = [d for d in dates if not _ranks_the_act(doc, d)]
    if sentence.index > 0:
        # "A man who was wounded in the attack died in hospital on Tuesday": the day of a
        # later death, not of the act retold (forty-second round)
        dates = [d for d in dates if not _of_a_later_death(doc, sentence, d)]
    # the day before one told, after a word of cause, is the cause's: "Protesters lit fires
    # after a man was shot the previous day", "Following a blast the day before, troops raided"
    dates = [d for d in dates if not _of_an_earlier_cause(doc, sentence, d)]
    told = [d for d in dates if _tells_when_told(doc, d)]
    acts = [d for d in dates if d not in told]
    # The page's stamp opening the text ("Published May 3 2016 Gunmen killed five villagers
    # on Monday") dates the page: a day the sentence gives its act is the act's. Alone, it
    # stays the lead's day, as a weekday opening the text is.
    stamped = [d for d in acts if is_page_stamp(doc, d)]
    if stamped and (len(stamped) < len(acts) or (told and told[0].precision == "day")):
        # nor beside the day its report was made ("Published February 18 2015 The army has
        # captured villages, a monitor said on Tuesday"): the act was told by that day
        acts = [d for d in acts if d not in stamped]
    # A photograph's date, before its credit ("... in Aleppo, May 3, 2016 (Reuters Photo)"), is
    # the picture's: beside a day the sentence gives its act, it dates none (forty-sixth round)
    captioned = [d for d in acts if _CREDITED_PHOTO.match(doc.text, d.span.end)]
    if captioned and len(captioned) < len(acts):
        acts = [d for d in acts if d not in captioned]
    if acts and told and told[0].precision == "day":
        return [_from_the_telling(doc, d, told[0].date) for d in acts]
    if acts or not told or told[0].precision != "day":
        return acts
    report = told[0]
    return [DateMention(report.span, report.text, report.date, "vague")]


# A word of cause before a day counted back from the last one told ("the previous day",
# ``later_days.EARLIER_DAY``).
_CAUSE = re.compile(
    r"\b(?:after|following|since|as|because|over|sparked|prompted|triggered|retaliation|"
    r"response|revenge)\b",
    re.IGNORECASE,
)


def _of_an_earlier_cause(doc: Document, sentence: Sentence, date: DateMention) -> bool:
    """Whether the date is "the previous day" of a cause told before the act (forty-sixth
    round): the act's own day is another."""
    return (
        EARLIER_DAY.fullmatch(date.text) is not None
        and _CAUSE.search(doc.text, sentence.span.start, date.span.start) is not None
    )


# A death told after the wound, right before its day: "died in hospital on Tuesday",
# "succumbed to his injuries on Monday" (in a sentence that tells the wound: the day is the
# death's, the act's day is told before; forty-second round)
_DIED_ON = re.compile(r"\b(?:died|succumbed)\b[^.;:!?,]{0,60}$", re.IGNORECASE)
_WOUND = re.compile(r"\b(?:wound\w*|injur\w*|hurt|burns)\b", re.IGNORECASE)


def _of_a_later_death(doc: Document, sentence: Sentence, date: DateMention) -> bool:
    """Whether the date is the day one wounded before died, not the act's."""
    before = doc.text[sentence.span.start : date.span.start]
    died = _DIED_ON.search(before)
    if died is None:
        return False
    # ("succumbed" tells the wound itself)
    return died.group().lower().startswith("succumbed") or (
        _WOUND.search(before, 0, died.start()) is not None
    )


# The span of a series an act is ranked in, told after its rank: "the attack was the third this
# month", "the second such raid in a week", "the deadliest this year" (forty-first round, dup61):
# the series' span, not the act's day (read as the act's month, the retelling was kept apart from
# the day of the lead it retells).
_RANK_BEFORE = re.compile(
    rf"\b(?:{'|'.join(ORDINALS[1:])}|\d+(?:st|nd|rd|th)|latest|deadliest|worst|bloodiest|biggest)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:in|of|within|during|over)\s+)?$",
    re.IGNORECASE,
)
_SPAN_OF_A_SERIES = re.compile(
    r"(?:this|the\s+past|the\s+last|a|one|the\s+same)\s+(?:week|month|year)", re.IGNORECASE
)


def _ranks_the_act(doc: Document, date: DateMention) -> bool:
    """Whether the date is the span of a series the act is ranked in ("the third this month")."""
    before = doc.text[max(0, date.span.start - 60) : date.span.start]
    return (
        _SPAN_OF_A_SERIES.fullmatch(date.text) is not None
        and _RANK_BEFORE.search(before) is not None
    )


# Words that count from the day they are said: "killed late last night, officials said on
# Thursday" in a story published on Friday is Wednesday night's.
_WEEK = dt.timedelta(days=7)
_COUNTED_FROM_NOW = re.compile(r"yesterday|last night|today|tonight|this morning", re.IGNORECASE)


def _from_the_telling(doc: Document, date: DateMention, telling: dt.date) -> DateMention:
    """A day counted from now ("yesterday", "last night") in a sentence whose report is dated
    counts from the report's day, not from publication."""
    shift = telling - doc.published
    if not shift or _COUNTED_FROM_NOW.fullmatch(date.text) is None:
        return date
    return DateMention(date.span, date.text, date.date + shift, date.precision)


def _tells_when_told(doc: Document, date: DateMention) -> bool:
    """Whether the date is the day of a telling, on its statement verb, or the date the text
    opens on: the day a report was filed, printed before its headline ("Mon Mar 14 2016
    Rebel Leader Slain Near Hama"), not the day of what it reports."""
    before = doc.text[max(0, date.span.start - 80) : date.span.start]
    # the preposition is part of the date mention or of the words before it
    return (
        quick_search(_AFTER_TELLING, before) is not None
        or _BEFORE_TELLING.match(doc.text, date.span.end) is not None
        or (
            _OPENS_THE_TEXT.fullmatch(doc.text, 0, date.span.start) is not None
            and _FULL_DATE.search(date.text) is not None
        )
    )


# A date printed in full, with its year, before a headline: "Thu Jul 30 2015", "16-11-2014"
# (not "On Saturday, at least 24 people were killed", which opens a sentence of news).
_FULL_DATE = re.compile(r"^(?!on\b)[\w ,./-]*\b\d{4}$", re.IGNORECASE)


def is_page_stamp(doc: Document, date: DateMention) -> bool:
    """Whether the date is the page's stamp the text opens on: "Published February 18 2015",
    "Last updated Monday 4 May 2015" (the words text/furniture.py reads as a line's stamp)."""
    return (
        _STAMP_OPENS_THE_TEXT.fullmatch(doc.text, 0, date.span.start) is not None
        and _FULL_DATE.search(date.text) is not None
    )


_STAMP_OPENS_THE_TEXT = re.compile(
    r"\s*(?:(?:Last\s+)?[Uu]pdated|Published|Posted)(?:\s+(?:at|on))?\s+"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
)
# Nothing before the date but its weekday: the text opens on it.
_OPENS_THE_TEXT = re.compile(r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")


def date_the_undated(doc: Document, drafts: list[EventDraft]) -> None:
    """Give an event of news that no sentence of its own dates the day the story tells nearest
    before its trigger (else the first it tells after it), with precision ``vague``: the day is
    the story's, not the act's own. The days are the dates of the other events of news, placed
    where the text tells them (a merged event's day may come from a later sentence), and the
    days named in sentences that tell no event. A report's day ("officials said on Monday")
    lends only to an act told after it as someone's word ("battles raged in X, said the
    Observatory": the news of that report), and stops an earlier day from lending past it. Run
    after merging and the background stages, so a borrowed day joins or splits no incident."""
    news = [d for d in drafts if d.temporal_status == "current"]
    if all(d.date is not None for d in news):
        return
    acts = sorted((d.date for d in news if d.date is not None), key=lambda m: m.span.start)
    told = sorted(acts + _eventless_days(doc, drafts), key=lambda m: m.span.start)
    starts = [m.span.start for m in told]
    for draft in news:
        if draft.date is not None:
            continue
        passage = _passage_day(doc, news, draft)
        if passage is not None:
            draft.date = DateMention(passage.span, passage.text, passage.date, "vague")
            continue
        before = bisect.bisect_left(starts, draft.trigger.span.start)
        # after the act, only an act's day: an eventless sentence after it is as often about
        # something else ("ahead of the October 26 poll")
        nearest = told[before - 1] if before else next(iter(acts), None)
        if nearest is not None and (
            nearest.precision == "day"
            or (before and _tells_when_told(doc, nearest) and _told_by_a_source(doc, draft))
        ):
            draft.date = DateMention(nearest.span, nearest.text, nearest.date, "vague")


# A verb of saying in the act's own sentence: "battles raged in X, said the Observatory".
_SAYING = re.compile(rf"\b(?:{STATEMENT_VERBS})\b", re.IGNORECASE)


def _told_by_a_source(doc: Document, draft: EventDraft) -> bool:
    """Whether the act's sentence tells it as someone's word, said: the telling the report's
    day dates (not any source read, "according to"; forty-third round)."""
    return _SAYING.search(doc.sentences[draft.sentences[0]].text) is not None


def _passage_day(doc: Document, news: list[EventDraft], draft: EventDraft) -> DateMention | None:
    """The day of the act a list of places struck retells ("Districts struck included A, B and
    C" after "the air strikes on eastern Aleppo on Wednesday killed 21"): the last day told in
    one of the two sentences before it that tell an act of its type, not a day the story named
    further back ("missiles fired at rebels on Tuesday")."""
    if not told_by_a_struck_list(doc, draft):
        return None
    index = draft.sentences[0]
    for back in (index - 1, index - 2):
        if back < 0 or not any(
            d is not draft and d.event_type == draft.event_type and back in d.sentences
            for d in news
        ):
            continue
        days = [m for m in event_dates(doc, doc.sentences[back]) if m.precision == "day"]
        if days:
            return days[-1]
    return None


def _eventless_days(doc: Document, drafts: list[EventDraft]) -> list[DateMention]:
    """The days named in sentences that tell no event ("The second raid took place on May
    4."), to the day and not counted from now (such a sentence is often a quote, whose "today"
    is the speaker's day), within the week up to publication (an older day in such a sentence
    is a court ruling's, a poll's, a campaign's: not the news)."""
    eventful = {i for d in drafts for i in d.sentences}
    dated = {
        sentence.index: sentence
        for sentence in (sentence_at(doc.sentences, m.span) for m in doc.dates)
        if sentence is not None and sentence.index not in eventful
    }
    return [
        m
        for sentence in dated.values()
        for m in event_dates(doc, sentence)
        if m.precision == "day"
        and _COUNTED_FROM_NOW.fullmatch(m.text) is None
        and dt.timedelta(0) <= doc.published - m.date <= _WEEK
    ]
