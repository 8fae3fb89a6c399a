"""The clues of a pair of events of one article, for ``tools/fit_merge.py``: are they the same
real occurrence?

STRUCTURAL clues a reader recognises in any outlet, no words of the rows: whether the two
events' kinds, places, days, actors and tolls agree, how close they are told (one sentence, the
next, one paragraph, far apart), whether one is in the headline or lead, whether the later one
points back ("the attack") or is told as new ("another", "meanwhile", a frame on a place or
day), whether it names a place in its own sentence or only tells a toll, and how the article is
built (short, four events or more, several places or days, a sentence opening three events).

Tried as a last merging stage after the rules (folding the pairs a logistic model over these
clues found likely, the later event into the earlier): it was measured and not kept
(docs/rounds/08.md, "Eighth round, a learned last merge"), so the clues live here, beside the
tool that fits and cross-validates them, and not in the pipeline. ``read_scored`` labels an
article's events against the gold for both pair tools (``tools/about_pairs.py`` too).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.evaluation.article_gold import GoldArticle
from newsevents.evaluation.articles import Scores, gold_article_message, score_article
from newsevents.extraction.document import Document
from newsevents.extraction.events.draft import EventDraft, tells_a_toll
from newsevents.extraction.events.generic_violence import is_generic
from newsevents.extraction.events.geography.nesting import place_fits
from newsevents.extraction.events.geography.precision import most_precise_first
from newsevents.extraction.events.story_cues import told_as_new, told_places
from newsevents.extraction.ontology import event_type, is_violent
from newsevents.extraction.output.confidence import Telling
from newsevents.extraction.output.message import to_message
from newsevents.extraction.pipeline import Pipeline, Reading

# A short story: a headline, a lead and a few paragraphs.
_SHORT_SENTENCES = 10
_MANY_EVENTS = 4
# Events told this many sentences apart or more are seldom one retold.
_FAR = 3
_LEAD_SENTENCES = 2
# A sentence that points back at an act told before: "the attack", "this strike", "Monday's
# raid", "the death toll rose".
_POINTS_BACK = re.compile(
    r"\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|shelling|bombings?|"
    r"explosions?|blasts?|assault|clash(?:es)?|fighting|incident|operation|ambush)\b|"
    r"\b(?:death )?toll (?:has )?(?:rose|risen|climbed|reached)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Weights:
    """Log-odds that two events are one occurrence: the bias and what each clue adds."""

    bias: float = 0.0
    same_type: float = 0.0
    same_family: float = 0.0
    one_generic: float = 0.0
    both_violent: float = 0.0
    same_place: float = 0.0
    place_unknown: float = 0.0
    place_nested: float = 0.0
    place_apart: float = 0.0
    same_day: float = 0.0
    day_unknown: float = 0.0
    day_apart: float = 0.0
    shared_actor: float = 0.0
    attackers_differ: float = 0.0
    same_toll: float = 0.0
    one_toll: float = 0.0
    tolls_differ: float = 0.0
    same_sentence: float = 0.0
    next_sentence: float = 0.0
    same_paragraph: float = 0.0
    lead_one: float = 0.0
    refers_back: float = 0.0
    told_as_new: float = 0.0
    short_article: float = 0.0
    many_events: float = 0.0
    several_places: float = 0.0
    several_days: float = 0.0
    both_lead: float = 0.0
    far_apart: float = 0.0
    later_own_place: float = 0.0
    later_a_toll: float = 0.0
    crowded_sentence: float = 0.0
    same_type_and_place: float = 0.0
    lead_in_short: float = 0.0


@dataclass(frozen=True, slots=True)
class Article:
    """What the clues read of the whole article, once: its document and the events in it."""

    doc: Document
    events: Sequence[EventDraft]
    several_places: bool
    several_days: bool

    @classmethod
    def of(cls, doc: Document, events: Sequence[EventDraft]) -> Article:
        places = {most_precise_first(d.places)[0].name for d in events if d.places}
        days = {d.date.date for d in events if d.date and d.date.precision != "vague"}
        return cls(doc, events, len(places) >= 2, len(days) >= 2)


def _toll(draft: EventDraft) -> float:
    return max((q.value for q in draft.quantities if q.unit == "fatalities"), default=0.0)


def _explicit(draft: EventDraft) -> bool:
    return draft.date is not None and draft.date.precision != "vague"


def pair_clues(article: Article, first: EventDraft, later: EventDraft) -> dict[str, bool]:
    """Which clues hold for two events of ``article``, ``first`` told before ``later``."""
    doc = article.doc
    a_open, b_open = min(first.sentences), min(later.sentences)
    a_place = most_precise_first(first.places)[0] if first.places else None
    b_place = most_precise_first(later.places)[0] if later.places else None
    placed = a_place is not None and b_place is not None
    same_place = placed and a_place.name == b_place.name  # type: ignore[union-attr]
    a_day, b_day = first.date, later.date
    explicit = _explicit(first) and _explicit(later)
    names_a = {x.name for x in (first.actor1, first.actor2) if x is not None and not x.generic}
    names_b = {x.name for x in (later.actor1, later.actor2) if x is not None and not x.generic}
    a1, b1 = first.actor1, later.actor1
    ta, tb = _toll(first), _toll(later)
    sentence = doc.sentences[b_open] if b_open < len(doc.sentences) else None
    short = len(doc.sentences) <= _SHORT_SENTENCES
    lead_one = a_open < _LEAD_SENTENCES
    paragraph_a = doc.sentences[a_open].paragraph if a_open < len(doc.sentences) else -1
    paragraph_b = sentence.paragraph if sentence is not None else -2
    same_type = first.event_type == later.event_type
    return {
        "same_type": same_type,
        "same_family": event_type(first.event_type).acled_event_type
        == event_type(later.event_type).acled_event_type,
        "one_generic": is_generic(first) or is_generic(later),
        "both_violent": is_violent(first.event_type) and is_violent(later.event_type),
        "same_place": same_place,
        "place_unknown": not placed,
        "place_nested": placed and not same_place and place_fits(first.places, later.places),
        "place_apart": placed and not place_fits(first.places, later.places),
        "same_day": explicit and a_day.date == b_day.date,  # type: ignore[union-attr]
        "day_unknown": not explicit,
        "day_apart": explicit and a_day.date != b_day.date,  # type: ignore[union-attr]
        "shared_actor": bool(names_a & names_b),
        "attackers_differ": a1 is not None
        and b1 is not None
        and not a1.generic
        and not b1.generic
        and a1.name != b1.name,
        "same_toll": ta > 0 and ta == tb,
        "one_toll": (ta > 0) != (tb > 0),
        "tolls_differ": ta > 0 and tb > 0 and ta != tb,
        "same_sentence": bool(set(first.sentences) & set(later.sentences)),
        "next_sentence": any(abs(i - j) == 1 for i in first.sentences for j in later.sentences),
        "same_paragraph": paragraph_a == paragraph_b,
        "lead_one": lead_one,
        "refers_back": sentence is not None and _POINTS_BACK.search(sentence.text) is not None,
        "told_as_new": sentence is not None
        and b_open >= _LEAD_SENTENCES
        and told_as_new(doc, sentence, later),
        "short_article": short,
        "many_events": len(article.events) >= _MANY_EVENTS,
        "several_places": article.several_places,
        "several_days": article.several_days,
        "both_lead": b_open < _LEAD_SENTENCES,
        "far_apart": b_open - max(first.sentences) > _FAR,
        "later_own_place": bool(told_places(doc, later)),
        "later_a_toll": tells_a_toll(later.trigger),
        "crowded_sentence": sum(min(d.sentences) == b_open for d in article.events) > 2,
        "same_type_and_place": same_type and same_place,
        "lead_in_short": lead_one and short,
    }


def read_scored(
    pipeline: Pipeline,
    gold: GoldArticle,
    texts: dict[str, tuple[str, str, dt.date | None]],
    texts_path: Path,
) -> tuple[Reading, list[dict[str, Any]]]:
    """The pipeline's reading of a gold article and the verdict on each event it publishes,
    in the drafts' order (the occurrences it missed left out): what the pair tools label."""
    message = gold_article_message(gold, texts, texts_path)
    reading = pipeline.read(message)
    telling = Telling(reading.doc, reading.drafts, reading.sole)
    events = [to_message(message, reading.doc, d, telling=telling) for d in reading.drafts]
    verdicts = [v for v in score_article(gold, events, Scores()) if v["verdict"] != "missed"]
    return reading, verdicts
