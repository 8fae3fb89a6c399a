"""Who acts: a private person's act is no event an analyst codes, an armed or political
agent's is (twenty-seventh round, who47). The articles are written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


def _types(body: str) -> list[str]:
    return sorted(e.event_type for e in events_of(body))


@pytest.mark.parametrize(
    "body",
    [
        # a named private person, told with a first name, then alone
        (
            "Detectives said Harold Venn had owed money to his neighbour for years. "
            "Prosecutors say Venn followed the neighbour into a car park and stabbed him twice."
        ),
        # ... and as "he", beside a relative
        (
            "Marta Ostrow vanished in 1971. Her daughter, Ms Lenning, said Ostrow's husband was "
            "violent. She believes he murdered her in the family's garden."
        ),
        # a politician's quarrel
        (
            "Aides say chief of staff Daniel Ferro is losing ground. "
            "Ferro also has clashed with the president's daughter over the budget."
        ),
        # a spokesman's account of a war's course
        (
            "Foreign ministry spokeswoman Irina Volkova spoke on Monday. "
            "Volkova called on aid agencies to return to the district after liberating it from the armed groups."
        ),
        # the one a court charges with the act
        "A West End man was charged with murder on Friday in the fatal stabbing of a shop owner last month, according to police.",
        # an animal
        "An elephant charged the tourists' car and attacked two rangers in the park on Monday.",
        # ... told before a comma, and the crime desk's "the person who"
        "Carl Hobbs, 41, of Elm Street, is charged with murder and two counts of aggravated assault with a knife.",
        (
            "Carl Hobbs was seen near the bar. After the stabbing, Hobbs ran into a subway station. "
            "He was arrested on Friday after he was identified as the person who killed the barman."
        ),
    ],
)
def test_a_private_persons_act_is_no_event(body: str) -> None:
    assert [t for t in _types(body) if t != "arrest"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Father arrested after leaving a loaded pistol in his son's school bag.",
        (
            "Inspector Paul Dorne says Ravi Menon was arrested after his aunt's savings went missing. "
            "Menon had run the family shop for years."
        ),
        # the month is no march (review47)
        "Police said Harold Venn, 34, was arrested in March after a neighbour's car was stolen.",
    ],
)
def test_an_arrest_of_a_private_person_or_a_relative_is_no_event(body: str) -> None:
    assert "arrest" not in _types(body)


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # no agent told, or an unidentified or criminal armed one: monitors code them
        (
            "Unknown gunmen killed a farmer in the village of Kanam on Monday.",
            "attack_on_civilians",
        ),
        ("Bandits abducted twelve travellers near Birnin Gwari on Sunday.", "abduction"),
        ("A mob lynched a suspected thief in the market of Kisumu on Monday.", "mob_violence"),
        ("Police arrested 30 opposition supporters in Nairobi on Monday.", "arrest"),
        ("A farmer was killed in the village of Kanam on Monday night.", "attack_on_civilians"),
        # a named leader of the dictionary acts with his forces
        ("Haftar launched an offensive on the outskirts of Tripoli on Monday.", "armed_clash"),
        # a named person told with an armed side
        (
            "Police said John Okello, a militia commander, attacked the village of Kanam with his men on Monday.",
            "attack_on_civilians",
        ),
        # a kind of act that implies an armed agent
        (
            "Court papers name Tom Reyes. Reyes detonated a bomb at the police station of Kanam on Monday, police said.",
            "explosive_attack",
        ),
        # an arrest of a politician or an activist by name
        (
            "Police arrested opposition leader Samuel Otieno in Kisumu on Monday. Otieno had called for protests.",
            "arrest",
        ),
        # relatives as a crowd, a group named after "by", a name inside an "of" phrase
        ("Parents protested outside a school in Nakuru on Monday over fee hikes.", "protest"),
        (
            "In Sukkur, Kashmir Day rallies were attended by Jamat ul Ahrar and Ahle Wal Jamat on Monday.",
            "protest",
        ),
        (
            "Members of the Sena and the Amrik faction of Damdami Dal clashed in Amritsar on Monday. A Dal leader was hurt.",
            "mob_violence",
        ),
        # a person the article tells by a political role, arrested in a later sentence
        (
            "Farmers marched in Delhi on Monday with their leader Ravi Kadam. That night police arrested Kadam.",
            "arrest",
        ),
    ],
)
def test_an_armed_or_political_agents_act_stays(body: str, event_type: str) -> None:
    assert event_type in _types(body)


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # "he" or "she" whose sentence before tells an armed side (review47)
        (
            "A gunman entered a mosque in the town of Kouri on Friday. He opened fire on "
            "worshippers, killing twelve people.",
            "attack_on_civilians",
        ),
        (
            "A teenage bomber walked into the market of Gwoza on Monday. He blew himself up, "
            "killing nine people.",
            "suicide_bombing",  # the bomber blowing himself up (lexicon48)
        ),
        # a person the article names by a rank, or whose act harms a side
        (
            "Sergeant Musa Garba of the army was seen in the square. Garba shot dead three "
            "demonstrators in Kano on Friday.",
            "protest_repressed",
        ),
        (
            "Witnesses named the man as Musa Garba. Garba shot three protesters dead in Kano on "
            "Friday.",
            "protest_repressed",
        ),
    ],
)
def test_an_act_whose_side_is_told_beside_its_agent_stays(body: str, event_type: str) -> None:
    assert event_type in _types(body)
