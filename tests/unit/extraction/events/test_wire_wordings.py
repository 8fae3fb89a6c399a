"""Acts the wires tell in words no rule read, so that no event was made (wire51): a bombing
named by its noun alone, a gas named as what killed or what was dropped, ground won told by the
advance, the ways jihadist groups put captives to death, and a victim described by a charge
before the verb that kills him. The near misses stay eventless: an offensive that would
displace, a town that is a frequent target, an anniversary, prices pushed into records."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage

from .articles import events_of

# An actor the test leaves to the sides' own tests (who is driven out, who is fought).
ANY = "any"


def _only(body: str) -> EventMessage:
    events = events_of(body)
    assert len(events) == 1, [(e.event_type, e.evidence.trigger) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("body", "event_type", "actor1", "actor2", "place"),
    [
        # the bombing by its noun: a toll that rose, twin bombings, a bombing blamed
        (
            "DAMASCUS (AFP) - The death toll from a bombing at a bus station in the coastal city "
            "of Jableh rose to 48 on Tuesday, state media said.",
            "explosive_attack",
            "Unidentified Armed Group (Syria)",
            "Civilians (Syria)",
            "Jablah",
        ),
        (
            "BEIRUT (Reuters) - Twin bombings killed at least 40 people in the government-held "
            "city of Homs on Tuesday, state television said.",
            "explosive_attack",
            "Unidentified Armed Group (Syria)",
            "Civilians (Syria)",
            "Homs",
        ),
        # the gas as what killed, and as what was dropped
        (
            "BEIRUT (AFP) - Dozens of people were killed by poison gas in the town of Douma on "
            "Saturday, rescuers and medics said.",
            "chemical_attack",
            None,
            "Civilians (Syria)",
            "Duma",
        ),
        (
            "Syrian Coalition - Dozens of civilians suffered breathing problems after chlorine gas "
            "was dropped on the town of Sarmin in rural Idlib on Monday, rescue workers said.",
            "chemical_attack",
            None,
            "Civilians (Syria)",
            "Sarmin",
        ),
        # ground won told by the advance
        (
            "BEIRUT (AFP) - Islamic State fighters advanced into the town of Qaryatain in Homs "
            "province on Wednesday, the Syrian Observatory for Human Rights said.",
            "armed_clash",
            "Islamic State (Syria)",
            "Military Forces of Syria (2000-2024)",
            "Al Qaryatayn",
        ),
        (
            "BEIRUT (Reuters) - Government forces encircled rebel-held eastern Aleppo on Sunday, "
            "cutting the Castello road, the Observatory said.",
            "armed_clash",
            "Military Forces of Syria (2000-2024)",
            None,
            "Aleppo",
        ),
        # ground taken told by the side driven out of it
        (
            "BEIRUT (Reuters) - The Syrian Democratic Forces drove Islamic State out of the town "
            "of Manbij on Friday, a monitor said.",
            "territory_taken",
            "SDF: Syrian Democratic Forces",
            ANY,
            "Manbij",
        ),
        (
            "DAMASCUS (Xinhua) - Government forces ousted the rebels from the town of Sheikh "
            "Miskeen on Tuesday, state TV said.",
            "territory_regained",
            "Military Forces of Syria (2000-2024)",
            ANY,
            "Shaykh Miskin",
        ),
        # an operation launched against an armed side
        (
            "ISTANBUL (Reuters) - Turkish forces launched an operation against Kurdish militia in "
            "the Syrian town of Afrin on Saturday, the army said.",
            "armed_clash",
            "Military Forces of Turkey (2002-)",
            ANY,
            "Afrin",
        ),
        # the suicide bomber told with what he drove
        (
            "BEIRUT (AFP) - A suicide car bomber struck an army checkpoint in Jableh on Tuesday, "
            "killing at least nine soldiers, the Observatory said.",
            "suicide_bombing",
            "Unidentified Armed Group (Syria)",
            "Military Forces of Syria (2000-2024)",
            "Jablah",
        ),
        # the manners of a jihadist execution
        (
            "BEIRUT (Reuters) - Islamic State militants crucified two men in the town of Manbij "
            "on Saturday, accusing them of spying, a monitor said.",
            "attack_on_civilians",
            "Islamic State (Syria)",
            "Civilians (Syria)",
            "Manbij",
        ),
        (
            "BEIRUT (Reuters) - Islamic State militants threw a man off a building in the city of "
            "Deir Ezzor on Monday after accusing him of being gay, activists said.",
            "attack_on_civilians",
            "Islamic State (Syria)",
            "Civilians (Syria)",
            "Deir ez-Zor",
        ),
        # a victim described by a charge: the verb after it is the act
        (
            "BEIRUT (AFP) - A woman accused of adultery was stoned to death by Islamic State "
            "militants in the city of Raqqa on Tuesday, a monitor said.",
            "attack_on_civilians",
            "Islamic State (Syria)",
            "Civilians (Syria)",
            "Ar Raqqah",
        ),
        (
            "BEIRUT (AP) - A man accused of spying for the regime was shot dead by Islamic State "
            "militants in the town of Mayadeen on Thursday, activists said.",
            "attack_on_civilians",
            "Islamic State (Syria)",
            "Civilians (Syria)",
            "Al Mayadin",
        ),
        # slaughtered, the victims counted as members of a family
        (
            "Syrian Coalition - Assad's shabiha militias slaughtered 14 members of one family in "
            "the village of Qubeir in rural Hama on Wednesday.",
            "attack_on_civilians",
            "Government of Syria (2000-2024)",
            "Civilians (Syria)",
            "Qubeir",
        ),
    ],
)
def test_wire_wording_makes_its_event(
    body: str, event_type: str, actor1: str | None, actor2: str | None, place: str
) -> None:
    """Each act makes one event of its type, with its sides and place."""
    event = _only(body)
    assert event.event_type == event_type
    assert event.acled is not None
    assert event.acled.actor1 == actor1
    assert actor2 == ANY or event.acled.actor2 == actor2
    assert event.acled.location == place


def test_advance_with_the_place_taken_is_the_taking() -> None:
    """An advance told with the villages it took is one act, the taking."""
    events = events_of(
        "DAMASCUS (Xinhua) - The Syrian army advanced into the Kurd mountains in the northern "
        "countryside of Latakia on Sunday and took control of several villages, a military "
        "source told Xinhua."
    )
    assert [e.event_type for e in events] == ["territory_regained"]


def test_encircled_as_an_adjective_is_no_advance() -> None:
    """ "the encircled towns" names the towns; the rockets that fell on them are the act."""
    events = events_of(
        "DAMASCUS (SANA) - Several residents were hurt on Sunday when rockets fired by "
        "terrorists fell on the encircled towns of Kafr Hamra and Tell Sawan."
    )
    assert "armed_clash" not in {e.event_type for e in events}
    assert "shelling" in {e.event_type for e in events}


def test_a_bombing_by_aircraft_is_no_blast() -> None:
    """A bombing told with its aircraft is the air power's, not a planted device's."""
    events = events_of(
        "BEIRUT (Reuters) - Seven civilians were killed in a bombing by regime warplanes on the "
        "town of Ariha in Idlib province on Tuesday, activists said."
    )
    assert "explosive_attack" not in {e.event_type for e in events}
    assert "airstrike" in {e.event_type for e in events}


@pytest.mark.parametrize(
    "body",
    [
        # an offensive and an assault as the subject of a modal, past their target
        "BEIRUT (Reuters) - Analysts say an offensive on Idlib would displace hundreds of "
        "thousands of people and could push Turkey into a confrontation with Damascus.",
        "GENEVA (Reuters) - The United Nations warned on Tuesday that an assault on Idlib could "
        "cause the worst humanitarian catastrophe of the century.",
        # a place's standing lot
        "BEIRUT (AFP) - The town was captured by rebels in 2012 and has since been a frequent "
        "target of government air strikes, residents said. Its population has fallen by half.",
        # an anniversary and the toll of the act it marks
        "BEIRUT (AFP) - Syrians on Sunday marked the fifth anniversary of the chemical attack on "
        "Eastern Ghouta that killed hundreds of people in 2013.",
        # advances and gains of no armed side
        "LONDON (Reuters) - Oil prices pushed into record territory on Monday as the company "
        "made gains in Asia, traders said.",
        # an operation threatened; diplomats expelled; a car driven out of a garage
        "ANKARA (Reuters) - Turkey threatened on Tuesday to launch a military operation against "
        "Kurdish fighters in the Syrian town of Manbij if they do not withdraw.",
        "LONDON (Reuters) - Britain expelled Russian diplomats from London on Monday over the "
        "poisoning of a former spy, the government said.",
        "DAMASCUS (SANA) - The minister drove his car out of the garage of the ministry in "
        "Damascus on Monday to open the new road.",
        # a charge that is the reason of an arrest stays a charge
        "AMMAN (Jordan Times) - Police on Monday arrested a man accused of killing two herders "
        "near the town of Mafraq.",
    ],
)
def test_near_misses_stay_without_a_violent_event(body: str) -> None:
    """No violent event: a hypothesis, a place's lot, an anniversary, markets, a charge."""
    violent = {
        "airstrike",
        "shelling",
        "armed_clash",
        "attack_on_civilians",
        "chemical_attack",
        "explosive_attack",
        "mob_violence",
        "territory_taken",
        "territory_regained",
    }
    assert not [e.event_type for e in events_of(body) if e.event_type in violent]
