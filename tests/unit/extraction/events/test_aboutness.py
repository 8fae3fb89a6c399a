"""One incident, one event, by what its mentions are about (events/merge/incidents/aboutness.py):
two violent mentions the structural passes keep apart (a clash and the shelling or grenades
it is retold with) are one event when they share the toll, or both the target and the victims,
at one place, on one day; another toll, another town or another day keeps them apart."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.document import QuantityMention, Span
from newsevents.extraction.events.merge.incidents.aboutness import (
    About,
    shared_about,
    shares_what,
)
from tests.unit.extraction.events.articles import events_of, fatalities

_CLASH = (
    "Rebels clashed with soldiers near the town of Kidal on Sunday, killing four soldiers, the"
    " army said.\n\nThe fighting lasted several hours.\n\n"
)


def _told(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def _summary(events: list[EventMessage]) -> list[tuple[str, str, int | None]]:
    return [(e.event_type, e.locations[0].name, fatalities(e)) for e in events]


def test_a_clash_retold_as_its_shelling_with_the_same_toll_is_one_event() -> None:
    events = events_of(
        _CLASH + "The rebels fired mortar rounds at the army post, killing four soldiers and"
        " wounding six, a local official said."
    )
    # One incident: the clash keeps its type, the toll is counted once.
    assert _summary(events) == [("armed_clash", "Kidal", 4)]
    assert "fired mortar rounds at the army post" in _told(events[0])


def test_a_short_story_telling_one_ambush_three_times_is_one_event() -> None:
    events = events_of(
        "Six soldiers killed in Borno\n\n"
        "Boko Haram militants clashed with troops escorting a convoy near Damboa in Borno State"
        " on Friday.\n\n"
        "The insurgents shelled the troops' convoy with mortars.\n\n"
        "Six soldiers were killed in the convoy, a security source said."
    )
    assert _summary(events) == [("armed_clash", "Damboa", 6)]
    assert "shelled the troops' convoy" in _told(events[0])


def test_another_toll_keeps_the_shelling_apart() -> None:
    events = events_of(
        _CLASH + "The rebels fired mortar rounds at the army post, killing two soldiers and"
        " wounding six, a local official said."
    )
    assert _summary(events) == [("armed_clash", "Kidal", 4), ("shelling", "Kidal", 2)]


def test_another_town_keeps_the_shelling_apart() -> None:
    events = events_of(
        _CLASH + "The rebels fired mortar rounds at the army post in Tessalit, killing four"
        " soldiers and wounding six, a local official said."
    )
    assert _summary(events) == [("armed_clash", "Kidal", 4), ("shelling", "Tessalit", 4)]


def _about(
    tolls: list[tuple[float, int]],
    victims: frozenset[str] = frozenset({"soldier"}),
    toll_victims: frozenset[str] = frozenset(),
) -> About:
    told = [QuantityMention(Span(s, s + 5), "x", "count", v, "fatalities") for v, s in tolls]
    return About(
        frozenset(q.value for q in told),
        victims,
        frozenset(),
        toll_victims=toll_victims,
        told_tolls=frozenset((q.value, q.span.start) for q in told),
    )


def test_one_toll_attached_to_two_events_is_no_shared_toll() -> None:
    # "Five people were killed nationwide" given to a riot and to a repressed protest: the
    # same words, not two tellings that agree.
    assert not shared_about(_about([(5, 100)]), _about([(2, 40), (5, 100)])).toll
    assert shared_about(_about([(5, 100)]), _about([(5, 300)])).toll
    assert shared_about(_about([(5, 100)]), _about([(2, 300)])).tolls_differ


def test_a_toll_told_twice_outweighs_the_other_nouns_of_its_sentences() -> None:
    # "Raiders shot dead 15 civilians at the market", then a chief's word "15 villagers lost
    # their lives, the police told us": the sentences' nouns (the raiders, the teller) differ,
    # the toll is the same, told twice.
    lead = _about([(15, 40)], victims=frozenset({"militant", "civilian"}))
    quote = _about([(15, 300)], victims=frozenset({"villager", "police"}))
    assert shared_about(lead, quote).victims_differ
    assert shares_what(lead, quote)
    # Whom the toll itself counts still tells two tolls apart: "12 soldiers", "12 militants".
    soldiers = _about([(12, 40)], toll_victims=frozenset({"soldier"}))
    militants = _about([(12, 300)], toll_victims=frozenset({"militant"}))
    assert not shares_what(soldiers, militants)
    # Two different tolls are two incidents whatever else the sentences share.
    assert not shares_what(_about([(15, 40)]), _about([(4, 300)]))


def test_a_noun_that_only_case_folds_to_a_known_one_is_skipped_not_a_crash() -> None:
    """Case-insensitive matching lets "ſ" (long s) match "s", so "poſt" matches the target
    noun "post" though the noun tables hold no "poſt": such a match is skipped (a KeyError
    here would send the whole article to the dead-letter topic)."""
    events = events_of(
        _CLASH + "The rebels fired mortar rounds at the army poſt, killing four soldiers and"
        " wounding six, a local official said."
    )
    assert _summary(events) == [("armed_clash", "Kidal", 4)]


_IDLIB = (
    "Russia carried out airstrikes in Idlib, killing at least 16 civilians, a civil defence"
    " group said Thursday.\n\nThe group said 16 civilians were killed and 18 others injured in"
    " the attacks.\n\n"
)


def test_the_same_dead_counted_at_the_province_and_the_village_are_one_event() -> None:
    # Twenty-first round (dup41): the toll told twice joins a place and a town inside it
    # (a report's day one day off the other's).
    events = events_of(
        _IDLIB + "A monitor said Russian jets targeted civilians who took refuge in a farm in"
        " Maarrat Misrin, a town in Idlib province, killing 16 civilians."
    )
    assert _summary(events) == [("airstrike", "Maarratmisrin", 16)]
    assert "took refuge in a farm" in _told(events[0])


def test_other_dead_at_a_village_keep_it_apart() -> None:
    events = events_of(
        _IDLIB + "A monitor said Russian jets targeted a farm in Maarrat Misrin, a town in"
        " Idlib province, killing four civilians."
    )
    assert [e.event_type for e in events] == ["airstrike", "airstrike"]
    assert sorted(fatalities(e) or 0 for e in events) == [4, 16]


# The active voice puts whom a toll counts after its number ("killed 20 civilians"), which the
# toll's own text ("killed 20") stops before; the same figure for another kind of dead is
# another act's toll, not the lead's told again.
_SARAQIB = (
    "Regime airstrikes killed 20 civilians on Monday in the town of Saraqib in Idlib province,"
    " a monitor said. Fierce clashes raged near the old castle, where rebels killed at least"
    " 20 soldiers when they blew up a tunnel under an army post."
)


def test_the_same_figure_for_another_kind_of_dead_is_another_acts_toll() -> None:
    events = events_of(_SARAQIB)
    strike = next(e for e in events if e.event_type == "airstrike")
    blast = next(e for e in events if e.event_type == "explosive_attack")
    assert fatalities(strike) == 20 and "old castle" not in _told(strike)
    assert fatalities(blast) == 20 and "blew up a tunnel" in _told(blast)
    assert blast.actors[0].name == "Opposition Rebels (Syria)"


def test_the_same_figure_for_the_same_dead_is_still_one_act() -> None:
    events = events_of(
        "Regime airstrikes killed 20 civilians on Monday in the town of Saraqib in Idlib"
        " province, a monitor said. The strikes on the town's market killed 20 civilians, the"
        " monitor added."
    )
    assert _summary(events) == [("airstrike", "Saraqib", 20)]
    assert "town's market" in _told(events[0])
