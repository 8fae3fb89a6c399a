"""Two lines of ACLED's codebook between violent sub-types (issue 11, thirty-fifth round,
acledsub55), as classes of wording in notes and briefs of our own writing:

- violence over a charge of witchcraft is a crowd's justice, mob violence, whether or not the
  report names the crowd ("killed over witchcraft claims", "houses destroyed after claims of
  witchcraft"); armed men or gunfire keep their attack;
- a demonstration told as the occasion of the ones hit (on their way to join it, returning from
  it, a rally they were staging, a movement demanding something) is no demand of the crowd that
  hits them: its violence is mob violence, not a violent demonstration; a crowd with a demand of
  its own still riots.
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2019-06-10T12:00:00Z"))


def _main(body: str) -> EventMessage:
    return main_event(body, "2019-06-10T12:00:00Z")


def _subs(body: str) -> list[str | None]:
    return [e.codes.acled_sub_event_type for e in _events(body)]


@pytest.mark.parametrize(
    "body",
    [
        # Kenyan dailies: the doer unnamed, the charge told
        "On 8 June 2019, a 70-year-old man was killed over witchcraft claims in Nyamira.",
        "On 8 June 2019, a 70-year-old man was killed over witchcraft claims in Nyamira, police said.",
        "On 8 June 2019 two elders narrowly escaped death in Kilifi after they were attacked over witchcraft claims.",
        "On 8 June 2019, at least 12 houses were destroyed after claims of witchcraft in Kisaku village, Kitui county.",
        "On 8 June 2019 a band of residents in Maragua torched the houses of two old women suspected of practising witchcraft.",
        # Indian wire copy: a woman branded a witch
        "A 55-year-old woman branded a witch was beaten to death by villagers in Gumla district of Jharkhand on Saturday, police said.",
        "A 55-year-old woman branded a witch was beaten to death in Gumla district of Jharkhand on Saturday police said.",
        # Tanzanian / Nigerian styles
        "Two elderly women accused of sorcery were hacked to death in Kagera region on Monday.",
        "Residents of a village in Akwa Ibom set ablaze the home of a man they accused of witchcraft.",
    ],
)
def test_violence_over_a_charge_of_witchcraft_is_mob_violence(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Mob violence", _subs(body)
    assert event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    "body",
    [
        # armed men named: their attack on civilians
        "Boko Haram gunmen killed five women accused of witchcraft in a village near Maiduguri on Sunday.",
        # gunfire is no crowd's weapon
        "On 8 June 2019, a man was shot dead over witchcraft claims in Nyamira.",
    ],
)
def test_armed_men_or_gunfire_keep_the_attack(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Attack", _subs(body)


def test_a_witch_doctor_is_a_trade_not_a_charge() -> None:
    body = "On 8 June 2019, unknown attackers killed a witch doctor at his home in Kakamega."
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Attack", _subs(body)


@pytest.mark.parametrize(
    "body",
    [
        # Bangladeshi notes: the ones hit were going to, or coming from, their party's programme
        "On 12 July 2023, at least 30 unidentified persons assaulted and injured 12 BNP members in Gopalpur upazila (Tangail), when they were on their way to join BNP's mass movement demanding resignation of the government.",
        "On 12 July 2023 at least 30 unidentified persons assaulted and injured 12 BNP members in Gopalpur upazila when they were on their way to join BNP's mass movement demanding resignation of the government.",
        "On 14 July 2023, members of Chhatra League assaulted and injured members of BNP in Laksam upazila (Comilla), when they were returning from a rally demanding the release of the party chairperson.",
        "On 12 June 2023, members of Awami League assaulted and killed a street vendor in Dhaka, for not attending a procession of Jubo League.",
        # the victims' demand told after "amid"
        "On 26 October 2023, members of Awami League vandalized the residence of a BNP leader in Rupganj upazila, amid BNP demanding resignation of the government.",
    ],
)
def test_the_victims_demonstration_makes_no_riot_of_those_who_hit_them(body: str) -> None:
    subs = _subs(body)
    assert "Mob violence" in subs, subs
    assert "Violent demonstration" not in subs, subs


@pytest.mark.parametrize(
    "body",
    [
        # a crowd's own demand: a violent demonstration
        "On 16 April 2023, at least 500 villagers vandalized the electricity office in Chhagalnaiya, demanding uninterrupted power supply.",
        "Hundreds of students stoned vehicles on the Thika highway on Monday, demanding the reopening of their college.",
        # Mexican normalistas: their own march, their own violence
        "Normalistas of Ayotzinapa set fire to a truck in Chilpancingo on Tuesday during a march demanding justice for the 43 missing students.",
    ],
)
def test_a_crowd_with_a_demand_of_its_own_still_riots(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Violent demonstration", _subs(body)
    assert event.acled.actor1.startswith("Rioters")


def test_a_mob_lynching_a_suspected_thief_stays_mob_violence() -> None:
    body = (
        "A suspected motorcycle thief was lynched by an angry mob in Kilifi town on Sunday evening."
    )
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Mob violence", _subs(body)


# Shots into the air hit no one (issue 11, thirty-fifth round): the crowd's or the dispersal's
# words type the sentence, and a crowd the dispersal names as violent made a violent
# demonstration.
@pytest.mark.parametrize(
    "body",
    [
        # Kenyan dailies
        "Police fired into the air to disperse a rowdy crowd of voters in Kiambu on Tuesday.",
        "Police fired into the air, to disperse a rowdy crowd of voters in Kiambu on Tuesday.",
        "Police in Busia shot in the air and lobbed teargas canisters to disperse violent residents who were protesting over identity cards.",
        # Indian wire copy
        "Police fired several rounds in the air to disperse a stone-pelting mob of students outside the district court in Siwan on Monday.",
    ],
)
def test_shots_into_the_air_at_a_violent_crowd_make_a_violent_demonstration(body: str) -> None:
    subs = _subs(body)
    assert "Attack" not in subs and "Armed clash" not in subs, subs
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Violent demonstration", subs
    assert event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    "body",
    [
        # a peaceful crowd dispersed with shots in the air: an intervention, no attack
        "Police fired in the air to disperse hundreds of traders protesting new market fees in Kisumu on Monday.",
        "Police fired in the air to disperse hundreds of traders protesting new market fees in Kisumu on Monday police said.",
    ],
)
def test_shots_into_the_air_at_a_peaceful_crowd_are_its_intervention(body: str) -> None:
    subs = _subs(body)
    assert "Attack" not in subs, subs
    assert _main(body).codes.acled_sub_event_type == "Protest with intervention", subs


@pytest.mark.parametrize(
    "body",
    [
        # Syrian, Mexican styles: fire at people is still fire
        "Security forces fired on residents of the town of Dael on Friday, killing two civilians, the Syrian Observatory said.",
        "Gunmen fired into a crowd at a bar in Salamanca, Guanajuato, on Sunday, killing six people.",
        "Police fired into the air and then into the crowd in Kisii, killing two people.",
    ],
)
def test_fire_at_people_stays_violence(body: str) -> None:
    subs = _subs(body)
    assert any(s in {"Attack", "Excessive force against protesters"} for s in subs), subs


def test_warning_shots_at_a_border_are_no_clash() -> None:
    body = "Kyrgyz border guards fired warning shots near Apkan village in Batken district on Friday as Uzbek villagers herded cattle in a disputed area."
    assert "Armed clash" not in _subs(body), _subs(body)
