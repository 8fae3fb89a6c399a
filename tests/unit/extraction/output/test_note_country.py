"""The country of a short note whose only place the geoparser found is a namesake abroad.

A note whose own words of one country (an office, a party named whole) disagree with the
namesake abroad the geoparser chose names its sides after its own country, unless it tells the
namesake's country itself.
"""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.pipeline import Pipeline


def _events(body: str) -> list[tuple[str, list[str], str, str]]:
    article = Article(id="note", body=body, published_at=dt.datetime(2016, 5, 4, tzinfo=dt.UTC))
    return [
        (
            e.event_type,
            [f"{p.name} {p.country_code}" for p in e.locations],
            e.acled.actor1 or "",
            e.acled.actor2 or "",
        )
        for e in Pipeline().extract(article)
    ]


def test_an_office_of_the_note_outweighs_a_namesake_abroad() -> None:
    # "upazila" is Bangladesh's; Bilaspur is read as India's town: the sides are Bangladesh's.
    events = _events(
        "Backers of two candidates for a council seat clashed with sticks in Bilaspur union, "
        "Sundarganj upazila (Gaibandha), leaving six hurt."
    )
    assert events and all(a1.endswith("(Bangladesh)") for _, _, a1, _ in events)
    # The note names India itself: the place is no namesake the geoparser chose by mistake.
    events = _events(
        "Backers of two candidates for a council seat clashed with sticks in Bilaspur, India, "
        "near the home of an upazila chairman's brother, leaving six hurt."
    )
    assert events and all("(Bangladesh)" not in a1 for _, _, a1, _ in events)
    # Two places of one country and none elsewhere tell it too (review74: the case had named
    # Bangladesh's own places): one namesake abroad yields to the office, two do not.
    one = _events(
        "Men backing rival hopefuls for an upazila chair fought with sticks in Bilaspur, "
        "leaving six hurt."
    )
    assert [(places, a1) for _, places, a1, _ in one] == [(["Bilaspur IN"], "Rioters (Bangladesh)")]
    two = _events(
        "Men backing rival hopefuls for an upazila chair fought with sticks in Bilaspur and "
        "in Mandi, leaving six hurt."
    )
    assert [(places, a1) for _, places, a1, _ in two] == [
        (["Bilaspur IN"], "Rioters (India)"),
        (["Mandi IN"], "Rioters (India)"),
    ]
