"""Twenty-first round (dup41): an abduction of the news told again further on is the article's
earlier abduction (events/merge/incidents/captives_retold.py), unless told as another, counted
among several, or told on a day days before the report."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.link.linking import link_drafts
from newsevents.extraction.events.merge.incidents.kinds.told_after.captives_retold import (
    fold_retold_abductions,
)
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_of

_LEAD = (
    "Bandits abducted scores of travellers on the highway near Kagarko town in Kaduna State on"
    " Wednesday night, residents said.\n\nA resident said the bandits shot at the tyres of the"
    " vehicles.\n\nSome of the drivers turned back.\n\nThe police did not respond to calls.\n\n"
)


def _abductions(body: str, published: dt.date = dt.date(2024, 3, 14)) -> list[EventDraft]:
    """The article's abductions of the news after the pass (read from its linked drafts)."""
    article = Article(
        id="t", body=body, published_at=dt.datetime.combine(published, dt.time(12), dt.UTC)
    )
    doc = Pipeline().annotate(article)
    drafts = [
        d
        for d in link_drafts(doc)
        if d.event_type == "abduction" and d.temporal_status == "current"
    ]
    return fold_retold_abductions(doc, drafts)


def test_an_abduction_retold_in_a_quote_further_on_is_one_abduction() -> None:
    kept = _abductions(
        _LEAD + "A traditional ruler said bandits abducted some passengers last night but he"
        " did not know how many."
    )
    assert len(kept) == 1
    assert kept[0].sentences[0] == 0  # the lead's abduction keeps the retelling's sentence
    assert len(kept[0].sentences) >= 2


def test_an_abduction_told_as_separate_stays_apart() -> None:
    kept = _abductions(
        _LEAD + "In a separate incident, gunmen abducted a pastor in Zamfara State on Wednesday."
    )
    assert len(kept) == 2


def test_counted_abductions_stay_apart() -> None:
    kept = _abductions(
        "Gunmen carried out two kidnappings in Kaduna State on Wednesday, police said.\n\n"
        "Bandits abducted four farmers near Kagarko.\n\nThe police were deployed to the area.\n\n"
        "Residents said bandits abducted a trader near Zaria."
    )
    assert len(kept) >= 2


def test_the_hostages_of_an_abduction_told_days_before_the_report_stay_apart() -> None:
    kept = _abductions(
        "At least 60 civilians were kidnapped on 2 March while travelling by bus near Kagarko"
        " in Kaduna State.\n\nA dozen were released on Tuesday.\n\nRelatives have protested.\n\n"
        "Residents said bandits abducted the passengers to demand ransom.",
        published=dt.date(2024, 3, 14),
    )
    assert len(kept) == 2


def test_the_story_gives_one_abduction_event() -> None:
    events = events_of(
        _LEAD + "A traditional ruler said bandits abducted some passengers last night but he"
        " did not know how many."
    )
    assert [e.event_type for e in events if e.event_type == "abduction"] == ["abduction"]
    assert events[0].locations[0].name == "Kagarko"


def test_abductions_in_two_provinces_stay_apart() -> None:
    """A roundup's second abduction, told at a town of another state with its own captives, is
    a second abduction, not the lead's told again (review41a)."""
    kept = _abductions(
        _LEAD + "Bandits abducted 20 worshippers from a mosque in Funtua in Katsina State on"
        " Wednesday, a resident said.\n\nThe state government condemned the attacks."
    )
    assert len(kept) == 2
    provinces = sorted(d.places[0].province or "" for d in kept)
    assert provinces == ["Kaduna", "Katsina"]
