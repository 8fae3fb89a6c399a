"""A counting summary and the acts it counts (events/merge/outcomes/counted.py,
events/merge/places/per_place/counted_places.py): "two ambushes" whose body tells each ambush with
its
own toll is two events, not one; "in three towns" with the towns listed after the count is an
event in each town."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _at(events: list[EventMessage]) -> list[tuple[str, str]]:
    return [(e.event_type, e.locations[0].name if e.locations else "") for e in events]


_TWO_AMBUSHES = (
    "Nine policemen were killed on Sunday in two ambushes carried out by bandits in Zamfara"
    " State, police said.\n\n"
    "In the first, against a patrol near Gusau, six policemen were killed.\n\n"
    "Hours later, three more policemen were shot dead near Kaura Namoda."
)


def test_a_summary_counting_two_acts_told_one_by_one_is_two_events_with_their_tolls() -> None:
    events = events_of(_TWO_AMBUSHES)
    violent = [e for e in events if fatalities(e)]
    # Each act its own event with its own toll; the summary's total (9) is on neither.
    assert sorted(fatalities(e) or 0 for e in violent) == [3, 6]
    assert len(violent) == 2
    # Each act takes the summary's day.
    assert {(e.time.date.isoformat(), e.time.precision) for e in violent} == {("2024-03-10", "day")}


def test_a_count_the_body_does_not_match_leaves_the_summary_one_event() -> None:
    # Three acts counted, two told: the text does not say the body tells the counted acts.
    body = _TWO_AMBUSHES.replace("two ambushes", "three ambushes")
    events = events_of(body)
    # The summary stays one event with the first ambush, but its total of three ambushes is
    # not that ambush's toll: the first ambush's own sentence tells 6 (fourteenth round).
    assert sorted(fatalities(e) or 0 for e in events if fatalities(e)) == [3, 6]


def test_tolls_that_do_not_add_up_to_the_summary_leave_it_one_event() -> None:
    # Twelve counted, six and three told: the parts are not the whole (a victims' breakdown or
    # another source's count), so nothing is set apart.
    body = _TWO_AMBUSHES.replace("Nine policemen", "Twelve policemen")
    events = events_of(body)
    # The summary's total of two ambushes rides on no single ambush (fourteenth round).
    assert sorted(fatalities(e) or 0 for e in events if fatalities(e)) == [3, 6]


def test_a_protest_counted_in_three_towns_listed_after_is_a_protest_in_each() -> None:
    events = events_of(
        "Thousands of demonstrators marched on Friday in three towns of the north against"
        " fuel prices.\n\n"
        "Organisers said the marches were held in Kano, Zaria and Katsina."
    )
    assert _at(events) == [("protest", "Kano"), ("protest", "Zaria"), ("protest", "Katsina")]


def test_a_list_that_does_not_match_the_count_is_no_split() -> None:
    events = events_of(
        "Thousands of demonstrators marched on Friday in three towns of the north against"
        " fuel prices.\n\n"
        "Organisers said the largest marches were held in Kano and Zaria."
    )
    # One protest, the lead's, placed at neither listed town (two towns are not the three).
    assert _at(events) == [("protest", "")]


def test_a_toll_told_back_with_the_towns_it_was_counted_at_is_an_event_in_each() -> None:
    events = events_of(
        "Russian shelling killed six civilians in Kharkiv province over the past day, the"
        " governor said on Wednesday.\n\n"
        "He said the deaths were in Izium, Kupiansk and Balakliia."
    )
    shellings = [e for e in events if e.event_type == "shelling"]
    assert sorted(e.locations[0].name for e in shellings) == ["Balakliia", "Izyum", "Kupyansk"]
    # The toll stays with one event: the text does not say how many died in each town.
    assert sorted(fatalities(e) or 0 for e in shellings) == [0, 0, 6]


def test_an_act_told_by_its_rank_without_a_toll_counts_none_toward_the_summary() -> None:
    # The second ambush is told by its rank and killed no one: six and none make the six (it
    # used to stop the pipeline: a part without a toll).
    events = events_of(
        "Six soldiers were killed on Sunday in two ambushes by insurgents in Borno State.\n\n"
        "In the first, near Konduga, six soldiers were killed.\n\n"
        "In the second, gunmen opened fire on a convoy outside Bama."
    )
    assert sorted(fatalities(e) or 0 for e in events if e.event_type != "deployment") == [0, 6]


def test_a_count_whose_list_is_in_its_own_sentence_is_split_once() -> None:
    """ "attacked two villages, Lokichar and Kakuma": the list split by the act's own sentence
    is not split again by the count (one event per village, no copies)."""
    events = events_of(
        "Gunmen attacked two villages, Lokichar and Kakuma, in Turkana county on Monday, "
        "killing five people."
    )
    assert sorted(_at(events)) == [
        ("attack_on_civilians", "Kakuma"),
        ("attack_on_civilians", "Lokichar"),
    ]


def test_the_town_the_counted_places_lie_near_is_no_place_of_its_own() -> None:
    """ "two villages near Lodwar" then their names: two events, at the villages; Lodwar only
    tells where they are."""
    events = events_of(
        "Gunmen attacked two villages near Lodwar on Monday, killing five people. The villages, "
        "Lokichar and Kakuma, lie in Turkana county."
    )
    assert sorted(_at(events)) == [
        ("attack_on_civilians", "Kakuma"),
        ("attack_on_civilians", "Lokichar"),
    ]


def test_people_counted_in_villages_are_no_count_of_places() -> None:
    """ "Two farmers in villages near A and B": the count is of farmers; the list still splits
    (one event per listed village), and never twice."""
    events = events_of(
        "Two farmers in villages near Lokichar and Kakuma were killed by gunmen on Monday."
    )
    assert sorted(_at(events)) == [
        ("attack_on_civilians", "Kakuma"),
        ("attack_on_civilians", "Lokichar"),
    ]
