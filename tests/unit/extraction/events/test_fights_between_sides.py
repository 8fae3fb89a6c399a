"""A fight noun told between its sides, and spaces that are no plain space (issue 11,
thirty-sixth round, acled56), in briefs and notes of our own writing:

- "a battle between", "a confrontation between", "violence between" name a fight whose sides
  follow, as "clashes between" does: the sides type it (a people's or herders' fight is an
  armed clash of their militias, partisans' a brawl, a crowd's with the police mob violence);
  not a legal, political or market "battle" or "confrontation" between states, firms or
  candidates;
- armed rival groups are armed, not the rival groups' crowd;
- a fight between two political parties named as parties ("clashes between the CPI(M) and the
  RSS") is their partisans' brawl, as "supporters of two parties clashed" is;
- a note whose words are joined by no-break spaces reads as one with plain spaces.
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, main_event


def _subs(body: str) -> list[str | None]:
    return [e.codes.acled_sub_event_type for e in events_of(body)]


@pytest.mark.parametrize(
    ("body", "sub", "who"),
    [
        # Kenyan notes: communities, herders, peoples
        (
            "Three people were killed in a battle between rival communities over a watering point near Hola on Sunday.",
            "Armed clash",
            "Unidentified Communal Militia",
        ),
        (
            "Five people were injured in a confrontation between farmers and pastoralists near Garsen on Tuesday.",
            "Armed clash",
            "",
        ),
        (
            "Five people were injured in a confrontation between farmers and pastoralists near Garsen on Tuesday, police said.",
            "Armed clash",
            "",
        ),
        (
            "Battle between Luo and Kikuyu youths armed with machetes in Naivasha; four bodies were recovered.",
            "Armed clash",
            "Luo Ethnic Militia",
        ),
        # Nigerian wire: herdsmen
        (
            "Three people were killed in a confrontation between Fulani herdsmen and farmers in Plateau State on Monday, police said.",
            "Armed clash",
            "Fulani Ethnic Militia",
        ),
        (
            "Three people were killed in a confrontation between Fulani herdsmen and farmers in Plateau State on Monday police said.",
            "Armed clash",
            "Fulani Ethnic Militia",
        ),
        # armed rival groups
        (
            "A battle between two armed rival groups left four people dead in Molo on Friday.",
            "Armed clash",
            "",
        ),
        # partisans and a crowd with the police stay a brawl
        (
            "Six people were injured in a confrontation between ODM and Jubilee supporters in Mumias on Tuesday evening.",
            "Mob violence",
            "Rioters",
        ),
        (
            "A confrontation broke out between the crowd and police at a funeral in Kisumu on Saturday.",
            "Mob violence",
            "Rioters",
        ),
        (
            "A confrontation broke out between the crowd and police at a funeral in Kisumu on Saturday, witnesses said.",
            "Mob violence",
            "Rioters",
        ),
        # two parties named as parties: their partisans' brawl
        (
            "Clashes broke out between the Awami League and the BNP in Feni on Monday, leaving 20 people injured.",
            "Mob violence",
            "Rioters",
        ),
        (
            "Clashes broke out between the Awami League and the BNP in Feni on Monday leaving 20 people injured.",
            "Mob violence",
            "Rioters",
        ),
        (
            "Clashes between the Trinamool Congress (TMC) and the CPI(M) were reported from Raiganj on Saturday.",
            "Mob violence",
            "Rioters",
        ),
        (
            "A clash took place between the CPI(M) and the RSS in Kannur on Sunday, police said.",
            "Mob violence",
            "Rioters",
        ),
        # ... not the army's, nor armed rebels', fight with a party
        (
            "Clashes between the army and the Awami League were reported in Feni on Monday.",
            "Armed clash",
            "Military Forces of Bangladesh",
        ),
        (
            "Clashes broke out between the CPI(M) and Maoist rebels in Jhargram on Sunday.",
            "Armed clash",
            "",
        ),
    ],
)
def test_a_fight_noun_between_sides_is_typed_by_its_sides(body: str, sub: str, who: str) -> None:
    event = main_event(body)
    acled = event.acled
    assert acled is not None
    told = (event.codes.acled_sub_event_type, acled.actor1.startswith(who))
    assert told == (sub, True), (_subs(body), acled.actor1)


@pytest.mark.parametrize(
    "body",
    [
        "The legal battle between the two firms continued in court on Monday.",
        "A confrontation between Washington and Beijing over tariffs rattled markets on Monday.",
        "The battle between the two candidates for the governor's seat heated up on Monday.",
        "Violence between the lines of his novel unsettled some readers, the critic said.",
    ],
)
def test_a_contest_between_states_firms_or_candidates_is_no_fight(body: str) -> None:
    assert _subs(body) == []


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_grievance_joined_by_no_break_spaces_is_the_protest_s(space: str) -> None:
    body = (
        "Journalists gathered outside the press club in Lahore to protest the killing of a "
        "reporter by unidentified men on Sunday."
    ).replace("to protest the ", f"to{space}protest{space}the{space}")
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Peaceful protest", _subs(body)
    assert event.acled is not None
    assert event.acled.actor1.startswith("Protesters")
    # offsets stay those of the body, and the evidence is its own words (review57)
    assert body[event.evidence.start : event.evidence.end] == event.evidence.text


def test_no_break_spaces_keep_an_attack_an_attack() -> None:
    body = "Gunmen\u00a0shot dead two traders in Mandera town on\u00a0Sunday, police said."
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Attack", _subs(body)
    assert event.acled is not None
    assert event.acled.actor1.startswith("Unidentified Armed Group"), event.acled.actor1
    assert event.evidence.trigger == "shot dead"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "A battle between government, rebel and tribal forces raged near Sirte on Monday, residents said.",
            "Sirte",
        ),
        (
            "Violence between the ruling party, the opposition and their militias spread to the outskirts of Lagos on Monday, police said.",
            "Lagos",
        ),
    ],
)
def test_three_sides_listed_with_commas_are_still_the_fight_s_sides(body: str, place: str) -> None:
    # the gate reads the sides past the list's commas, to a parenthesis (review58: cut at the
    # first comma, "government" or "the ruling party" alone named no fighters, and the fight
    # was refused)
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert event.evidence.trigger in {"battle", "Violence"}
    assert [p.name for p in event.locations] == [place]
