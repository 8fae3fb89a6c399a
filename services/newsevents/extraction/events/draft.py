"""The event draft: one candidate event as :mod:`.link.linking` builds it and
:mod:`.merge.merging` folds drafts together, and the two wordings both read: a sentence that
continues the one before, and a trigger that tells only a toll."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from ..document import (
    ActorMention,
    DateMention,
    Document,
    PlaceMention,
    QuantityMention,
    SourceMention,
    Span,
    Trigger,
)
from ..ontology import EventTypeName
from ..text.numbers import ORDINALS, counting
from ..vocabulary import CASUALTY_WORDS, STATEMENT_VERBS

# News of the day, or history and standing situations the article recalls
# (:mod:`.link.temporal.status`).
TemporalStatus = Literal["current", "background"]


@dataclass(slots=True)
class EventDraft:
    event_type: EventTypeName
    trigger: Trigger
    sentence_span: Span
    actor1: ActorMention | None
    actor2: ActorMention | None
    places: list[PlaceMention]
    date: DateMention | None
    quantities: list[QuantityMention]
    source: SourceMention | None
    modality: str
    sentences: list[int] = field(default_factory=list)
    associates: list[ActorMention] = field(default_factory=list)
    temporal_status: TemporalStatus = "current"

    def add_sentences(self, other: EventDraft) -> None:
        """The sentences ``other`` was told in, those not told already."""
        told = set(self.sentences)  # an event retold in a thousand sentences
        for index in other.sentences:
            if index not in told:
                told.add(index)
                self.sentences.append(index)

    def add_quantities(self, other: EventDraft) -> None:
        """The quantities of ``other``, those not counted already."""
        if len(self.quantities) >= MAX_QUANTITIES:
            return  # "Gunmen killed 5 people." a thousand times over: a list, not one toll
        counted = set(self.quantities)
        added = [q for q in other.quantities if q not in counted]
        self.quantities = self.quantities + added[: MAX_QUANTITIES - len(self.quantities)]

    def named_as(self, other: EventDraft) -> None:
        """The act named as ``other`` names it, when a merge keeps the other telling's words:
        ``other``'s type, the trigger that told it and that trigger's sentence."""
        self.event_type, self.trigger = other.event_type, other.trigger
        self.sentence_span = other.sentence_span

    def at(self, places: list[PlaceMention]) -> EventDraft:
        """The same act at other places, told in the draft's first sentence only: one event of
        a sentence that names several places. The toll and retellings stay with the draft."""
        return replace(
            self,
            places=places,
            quantities=[],
            sentences=[self.sentences[0]],
            associates=list(self.associates),
        )


# A sentence that goes on about the actors of the one before: "They are paying ...", "The
# elements ...": it takes their agent, and an event of the same type in it is theirs.
CONTINUATION = re.compile(
    r"^(?:They|These|Those|The (?:militiamen|elements|fighters|forces|group|militias)|He|She|It)\b"
)

_CASUALTY = re.compile(
    rf"(?:(?:was|were|been|being|is|are)\s+)?(?:{'|'.join(CASUALTY_WORDS)})", re.IGNORECASE
)


def actors_told(doc: Document, draft: EventDraft) -> list[ActorMention]:
    """The actors named in the sentences the draft is told in, in the article's order."""
    spans = [doc.sentences[i].span for i in set(draft.sentences)]
    return [actor for actor in doc.actors if any(s.contains(actor.span) for s in spans)]


def deaths_told(draft: EventDraft) -> list[QuantityMention]:
    """The draft's tolls of dead that count someone ("none were killed" is no toll)."""
    return [q for q in draft.quantities if q.unit == "fatalities" and q.value > 0]


def better_date(held: DateMention | None, told: DateMention | None) -> DateMention | None:
    """The date of an event told twice: the first told, but a day told later replaces a vague
    one ("a rescuer said on Thursday" gives only the report's day; "the shelling hit
    the market on Wednesday" gives the day). A week, a month or a year that holds the vague
    day tells no more of it ("a monitor said on Tuesday" keeps its Tuesday beside "this
    week")."""
    if held is None or (
        held.precision == "vague"
        and told is not None
        and told.precision != "vague"
        and not _holds(told, held.date)
    ):
        return told
    return held


def _holds(period: DateMention, day: dt.date) -> bool:
    """Whether a date told to the week, the month or the year holds the day."""
    if period.precision == "week":
        return dt.timedelta(0) <= period.date - day < dt.timedelta(days=7)
    if period.precision == "month":
        return (period.date.year, period.date.month) == (day.year, day.month)
    return period.precision == "year" and period.date.year == day.year


def tells_a_toll(trigger: Trigger) -> bool:
    """Whether the trigger reports a toll ("were killed", "bodies"), not an act."""
    return _CASUALTY.match(trigger.text) is not None


def tells_a_killing(trigger: Trigger) -> bool:
    """Whether the trigger is a toll's word of killing ("killed two farmers"), which may be an
    act with its own subject, not a count of dead alone ("were killed", "bodies", "died")."""
    return tells_a_toll(trigger) and trigger.text.lower().startswith("kill")


# The quantities one event keeps: an event of news counts a few tolls and numbers; merged
# from a thousand retellings it would compare each new toll with all it has.
MAX_QUANTITIES = 64

# Modalities of what happened (or is claimed to have): a planned or denied act did not happen
# (not yet, or not at all), is not published by default and retells no act that did.
OCCURRED = frozenset({"asserted", "claimed"})

# The events kept before a draft that a merging pass compares it with: a retelling comes
# within a few events of what it retells, and a text of thousands of triggers ("killed killed
# killed ...") would otherwise compare each with all those before it.
PAIRWISE_WINDOW = 64

# "another car bomb", "a second strike", "a separate attack": the text says this is a new
# occurrence, whatever it shares with the one before.
# ("another nine people were wounded" counts more victims of the same occurrence)
_ANOTHER = re.compile(
    rf"\b(?:another|a (?:{'|'.join(ORDINALS[1:4])}|separate|new|further)|separately)\s+"
    rf"(?!(?:\d+|{counting(1, 10)}|several|dozens?|scores)\b)"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A sentence opening on another hour of the story's day, or on another day, tells its own
# act: "Earlier in the day, a bomb went off in Burnieh", "Later on Friday, insurgents
# attacked ...", "Earlier today terrorists fired shells on ...". The day guards of the
# merging passes cannot tell it (no date is read: it is the same day, or a day the lead did
# not name). A bare "Later, ..." goes on with the same act as often ("Later it raised its count
# of the dead to several hundred"); so does a time of the telling ("Earlier in the day a source told
# SANA that terrorists fired ...": an earlier report of the lead's act), a verb of saying
# before the act. "Also" before a day or a time of it adds an act of that day ("Also Thursday,
# gunmen killed an official in Baghdad", "Also overnight, security forces conducted an
# operation"), and a day told back from the story's ("The previous day, one person was slain",
# "The day before (Friday) a sniper shot dead ...") is an earlier day's act (eighteenth round).
# Not the day after: "The next day his corpse was found" tells how the act ended.
_OTHER_TIME = re.compile(
    r"(?:Earlier|Later)\s*,?\s+(?:still\b|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:in|during) the (?:day|morning|afternoon|evening|night)\b|"
    r"that (?:day|morning|afternoon|evening|night)\b|today\b|tonight\b|"
    r"this (?:morning|afternoon|evening|week|month)\b)|"
    r"Also\s*,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|overnight\b|"
    r"(?:on\s+)?the same day\b|that (?:day|night)\b)|"
    r"(?:On\s+)?(?:the|a)\s+previous\s+(?:day|night|morning|evening)\b|"
    r"(?:the|a)\s+day\s+(?:before|earlier)\b",
    re.IGNORECASE,
)

_TOLD = re.compile(rf"\b(?:{STATEMENT_VERBS}|pointed out)\b", re.IGNORECASE)


def told_as_another(doc_text: str, trigger: Trigger, sentence_start: int) -> bool:
    """Whether the words just before the trigger present it as a new occurrence."""
    return another_cue(doc_text, trigger, sentence_start) is not None


def another_cue(doc_text: str, trigger: Trigger, sentence_start: int) -> int | None:
    """Where the words just before the trigger that present it as a new occurrence begin
    ("a separate clash": the offset of "a"), or None."""
    found = _ANOTHER.search(doc_text, sentence_start, trigger.span.start)
    return None if found is None else found.start()


def opens_on_another_time(doc_text: str, trigger: Trigger, sentence_start: int) -> bool:
    """Whether the trigger's sentence opens on another time of the day than the story's
    (:data:`_OTHER_TIME`): its act is not one told in another sentence. (Acts of the
    sentence itself are still one: "Earlier in the day militants fired rockets on Aleppo,
    killing nine".)"""
    return (
        _OTHER_TIME.match(doc_text, sentence_start, trigger.span.start) is not None
        and _TOLD.search(doc_text, sentence_start, trigger.span.start) is None
    )


# What may stand before the day a sentence opens on: "On Friday", "Late on Tuesday", "Also on
# Sunday", "Meanwhile on Monday".
_DAY_OPENING = re.compile(
    r"\s*(?:(?:also|and|but|meanwhile|then)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?",
    re.IGNORECASE,
)


def opens_on_another_day(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act's sentence opens on its own day, told to the day, and the earlier
    act is on another day: "On Tuesday 40 people were killed by warplanes" after "25 civilians
    were killed on Wednesday by airstrikes" is Tuesday's raids, not Wednesday's told again
    (twenty-seventh round). An earlier act no sentence of its own dates is on the day told
    last before it, as :func:`.link.when.date_the_undated` will date it. A day told further
    into the later sentence is left to the other tests: it is as often the day of the telling
    or of the toll ("the death toll rose on Tuesday"), and so is the day a report opens on
    ("On Sunday a monitor said ...")."""
    then = later.date
    if then is None or then.precision != "day":
        return False
    sentence = doc.sentences[later.sentences[0]]
    if not sentence.span.contains(then.span):
        return False
    if _DAY_OPENING.fullmatch(doc.text, sentence.span.start, then.span.start) is None:
        return False
    if _TOLD.search(doc.text, then.span.end, later.trigger.span.start) is not None:
        return False  # "On Sunday a monitor said 82 were killed": the day of the telling
    first = earlier.date or _day_told_before(doc, earlier.trigger.span.start)
    return first is not None and first.precision == "day" and first.date != then.date


def on_other_days(first: EventDraft, second: EventDraft) -> bool:
    """Whether both acts are dated to a day and the days differ."""
    a, b = first.date, second.date
    return (
        a is not None
        and b is not None
        and a.precision == "day"
        and b.precision == "day"
        and a.date != b.date
    )


def _day_told_before(doc: Document, offset: int) -> DateMention | None:
    """The last date told to the day before ``offset``."""
    end = bisect.bisect_left(doc.dates, offset, key=_start)
    return next(
        (doc.dates[i] for i in range(end - 1, -1, -1) if doc.dates[i].precision == "day"), None
    )


def _start(mention: DateMention) -> int:
    return mention.span.start


def other_side(
    agent: ActorMention | None,
    kept: ActorMention | None,
    hit: ActorMention | None,
    draft: EventDraft,
) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and hit once another telling is folded in, ``hit`` the one chosen from the two
    tellings and ``kept`` our own before. When the other telling's hit is our agent under
    another mention and we had no hit of our own (or only a common noun of our agent's kind:
    "Abu Sayyaf bandits" are the Abu Sayyaf), and the other telling names another agent, it
    told the sides the other way round: a named agent of ours was the one hit ("Five Abu
    Sayyaf fighters and a soldier were killed in a firefight" then "troops clashed with the
    Abu Sayyaf") and the other telling's sides win, unless its agent is a generic one of our
    agent's kind ("insurgents" for Boko Haram: the same side); a generic agent of ours
    ("gunmen ambushed a patrol" then "the army killed the gunmen") stays the agent and the
    other agent is hit. With a hit of our own, or no other agent, the sides are left as the
    merge chose them. (The roles never give one telling two sides of one name.)"""
    if agent is None or hit is None or hit is not draft.actor2 or hit.name != agent.name:
        return agent, hit
    if kept is not None and kept.name != agent.name and not _same_side(kept, agent):
        return agent, hit  # (our own hit kept, or the other telling's sides, lost rows)
    other = draft.actor1
    if other is None or other.name == agent.name:
        return agent, hit
    if agent.generic:
        return agent, other
    if _same_side(other, agent):
        return agent, hit
    return other, hit


def _same_side(generic: ActorMention, named: ActorMention) -> bool:
    """A generic actor of a named one's kind may be that actor under a common noun: "Abu
    Sayyaf bandits", "insurgents" for Boko Haram."""
    return generic.generic and not named.generic and generic.kind == named.kind
