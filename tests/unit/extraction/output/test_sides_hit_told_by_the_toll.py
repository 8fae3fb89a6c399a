"""Twenty-second round (targets42): the side hit read from the sentence's toll.

- a side named twice takes as actor2 the actor its trigger's sentence tells killed
  (``same_sides._first_hit``);
- a generic force held as the side hit gives way to the force the toll names
  (``toll_force.force_of_the_toll``);
- a repression told only by its dead is the act of the force told before on the crowd
  (``crowd_force.force_told_before``).
"""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.output.sides.crowds.crowd_force import force_told_before
from newsevents.extraction.output.sides.sides import Sides
from newsevents.extraction.pipeline import Pipeline, extract_events


def _acled_by_type(body: str, published: str = "2024-06-12") -> dict[str, AcledFields]:
    article = ArticleMessage(id="sides22", body=body, published_at=f"{published}T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_a_group_read_on_both_sides_hit_the_soldiers_its_sentence_counts() -> None:
    acled = _acled_by_type(
        "ZAMBOANGA CITY, Philippines—Three government soldiers were killed and four were"
        " wounded following a clash with the communist rebels in Sibuco, a statement from an"
        " Army official said on Sunday.\n\nA spokesman of the Western Mindanao Command said"
        " that troops from the 44th Infantry Battalion encountered a group of New People’s"
        " Army at Sitio Lumbog, Sibuco, early morning on June 11."
    )
    event = acled["armed_clash"]
    assert event.actor1 == "NPA: New People's Army"
    assert event.actor2 is not None
    assert event.actor2.startswith("Military Forces of the Philippines")


def test_the_police_killed_in_an_ambush_on_security_forces_are_the_side_hit() -> None:
    acled = _acled_by_type(
        "MEXICO CITY - Gunmen ambushed a convoy carrying security forces in the municipality"
        " of El Mezquital in Durango state on Thursday, killing five police officers."
    )
    event = acled["armed_clash"]
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Mexico")


def test_a_named_army_ambushed_stays_the_side_hit() -> None:
    acled = _acled_by_type(
        "Gunmen ambushed a convoy of the Mexican Army in Durango state on Thursday, killing"
        " two soldiers."
    )
    event = acled["armed_clash"]
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Mexico")


_MYANMAR = (
    "YANGON: Security forces in Myanmar opened fire on protests against military rule"
    " yesterday, killing at least 12 people, witnesses said.\n\nTwo people were killed in the"
    " country's second-biggest city Mandalay, a witness said."
)


def test_a_repression_told_by_its_dead_is_the_force_told_before_on_the_crowd() -> None:
    article = ArticleMessage(id="sides22", body=_MYANMAR, published_at="2021-03-04T12:00:00Z")
    reading = Pipeline().read(article)
    draft = next(d for d in reading.drafts if d.event_type == "protest_repressed")
    sides = Sides("Protesters (Myanmar)", None)
    force_told_before(reading.doc, draft, "MM", dt.date(2021, 3, 4), sides)
    assert sides.actor1 is not None and sides.actor1.startswith("Police Forces of Myanmar")
    assert sides.actor2 == "Protesters (Myanmar)"


def test_a_repression_with_no_force_told_keeps_its_crowd() -> None:
    body = (
        "Thousands marched against military rule in Mandalay yesterday.\n\nTwo people were"
        " killed in the city, a witness said."
    )
    article = ArticleMessage(id="sides22", body=body, published_at="2021-03-04T12:00:00Z")
    reading = Pipeline().read(article)
    for draft in reading.drafts:
        sides = Sides("Protesters (Myanmar)", None)
        force_told_before(reading.doc, draft, "MM", dt.date(2021, 3, 4), sides)
        assert sides.actor1 == "Protesters (Myanmar)"
        assert sides.actor2 is None


# review43: the force told before is one told with a crowd, not any state force of the article.


def test_a_foreign_force_told_of_another_act_does_not_repress_the_protest() -> None:
    acled = _acled_by_type(
        "US troops withdrew from a base in Anbar province on Sunday, the Pentagon said.\n\n"
        "Five protesters were shot dead in Nasiriyah on Monday, medics said."
    )
    event = acled["protest_repressed"]
    assert event.actor1 is None or not event.actor1.startswith("Military Forces of the United")
    assert "Protesters (Iraq)" in (event.actor1, event.actor2)
    assert event.location == "Nasiriyah"


def test_a_repression_is_not_folded_into_a_shelling_told_before() -> None:
    article = ArticleMessage(
        id="sides22",
        body=(
            "Turkish troops shelled Kurdish positions in northern Iraq on Monday, the Turkish"
            " defence ministry said.\n\nIn Baghdad, two protesters were shot dead during"
            " demonstrations against the government on Monday, medics said."
        ),
        published_at="2024-06-12T12:00:00Z",
    )
    events = extract_events(article)
    repressions = [e for e in events if e.event_type == "protest_repressed"]
    assert len(repressions) == 1
    assert repressions[0].acled.fatalities == 2
    assert not (repressions[0].acled.actor1 or "").startswith("Military Forces of Turkey")


def test_security_forces_killed_in_a_battle_do_not_replace_the_gendarmes_attacked() -> None:
    # review43: toll_force's battle branch (af913a7c) had no test: in a battle "security
    # forces" told hit are the military, as they are held, not the police
    acled = _acled_by_type(
        "Armed men attacked gendarmes in the town of Djibo on Monday, killing two security"
        " forces on duty, the army said."
    )
    event = acled["armed_clash"]
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Burkina")
