"""A headline's group against the group a round-up's item names at its place
(``output/sides/headline_foe.py``, ``item_foe``): the clash at the item's places is with the
group the item's own sentence names, not the headline's."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events


def test_the_item_names_its_own_foe_over_the_headline_group() -> None:
    title = "Army Kills 45 ISIL Terrorists around Homs"
    body = (
        f"{title}. Army units backed by warplanes struck dens of ISIL and other terrorist"
        " groups in several provinces on Thursday, killing many of them. Homs An army unit"
        " backed by the air force clashed with Jund al-Aqsa terrorists in Kafr Nabudah and Tal"
        " Sabra who had tried to storm farms 20 km east of Homs city, a military source said."
    )
    article = ArticleMessage(
        id="item-foe", title=title, body=body, published_at="2016-03-17T12:00:00Z"
    )
    clashes = {
        e.locations[0].name: e.acled
        for e in extract_events(article)
        if e.event_type == "armed_clash" and e.locations
    }
    assert clashes["Kafr Nabudah"].actor1 == "Military Forces of Syria (2000-2024)"
    assert clashes["Kafr Nabudah"].actor2 == "Jund al-Aqsa"
    assert clashes["Tal Sabra"].actor2 == "Jund al-Aqsa"
