"""Nineteenth round, same-type duplicates: one incident told twice at two readings of its place
or its day stays one event; incidents told apart stay apart.

- A dateline of a title-case town before its outlet's tag, with no comma ("Bamako (UNA-OIC) –",
  "Aden (South24) Earlier today"), or before its day and a colon ("Benghazi, 6 June 2016:"),
  is no place of the lead (text/furniture.py).
- "pro-Damascus fighters" names a side, not Damascus (places/reading/names.py).
- "between Tripoli's Jabal Mohsen and Bab al-Tabbaneh" bounds one spot
  (events/geography/lists/list_context.py).
"""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from newsevents.extraction.document import Document
from newsevents.extraction.text.furniture import find_furniture
from tests.unit.extraction.events.articles import events_of, events_published

_PUBLISHED = dt.datetime(2021, 3, 17, tzinfo=dt.UTC)


def _places(event: EventMessage) -> list[str]:
    return [p.name for p in event.locations]


def test_a_title_case_dateline_before_an_outlets_tag_is_no_place_of_the_lead() -> None:
    events = events_published(
        "Bamako (UNA-OIC) – At least 31 soldiers were killed on Monday in a terrorist attack"
        " in Mali's northern Gao Region, the army said on Wednesday.\n\nDozens of assailants"
        " on motorbikes stormed a military post near the town of Ansongo, killing 31 soldiers.",
        _PUBLISHED,
    )
    assert len(events) == 1
    (event,) = events
    assert "Bamako" not in _places(event)
    assert event.locations[0].admin1 == "Gao"
    assert len(event.evidence.mentions) == 2


def test_a_town_before_its_outlets_tag_without_a_dash_is_a_dateline() -> None:
    doc = Document(
        article_id="t",
        text="Aden (South24) Earlier today, a soldier was killed by explosive devices.",
        published=dt.date(2023, 6, 17),
    )
    find_furniture(doc)
    assert [(f.kind, f.text) for f in doc.furniture if f.kind == "dateline"] == [
        ("dateline", "Aden")
    ]


def test_a_town_before_a_description_in_brackets_is_no_dateline() -> None:
    doc = Document(
        article_id="t",
        text="Raqqa (the group's self-declared capital) Was shelled on Monday.",
        published=dt.date(2023, 6, 17),
    )
    find_furniture(doc)
    assert not [f for f in doc.furniture if f.kind == "dateline"]


def test_pro_damascus_fighters_are_no_place() -> None:
    events = events_published(
        "Islamic State jihadists have killed 35 pro-Damascus fighters in the Syrian Desert,"
        " a monitor said on Saturday.\n\nThe troops and allied militiamen were killed in the"
        " desert east of Homs province, the monitor said.",
        _PUBLISHED,
    )
    assert len(events) == 1
    assert "Damascus" not in _places(events[0])
    assert events[0].event_type == "armed_clash"


def test_a_checkpoint_between_two_quarters_of_a_city_is_one_attack() -> None:
    events = events_of(
        "Gunmen opened fire on a Lebanese army checkpoint in Tripoli on Saturday night, a"
        " security source said.\n\nThe gunmen fired from a car on an army checkpoint located"
        " between Tripoli's Jabal Mohsen and Bab al-Tabbaneh, the source said."
    )
    assert len(events) == 1
    assert events[0].event_type in ("armed_clash", "attack_on_civilians")


def test_a_town_a_comma_and_the_day_before_a_colon_is_a_dateline() -> None:
    doc = Document(
        article_id="t",
        text="Benghazi, 6 June 2016: Five soldiers were killed in fighting east of Derna.",
        published=dt.date(2016, 6, 6),
    )
    find_furniture(doc)
    assert [f.text for f in doc.furniture if f.kind == "dateline"] == ["Benghazi"]
    events = events_published(doc.text, dt.datetime(2016, 6, 6, tzinfo=dt.UTC))
    assert events and all("Benghazi" not in _places(e) for e in events)
