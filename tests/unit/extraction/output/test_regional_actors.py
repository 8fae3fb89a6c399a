"""Actors of other regions named the ACLED way: a state's forces told by "regime", "junta",
"government" or the country's bare name, weapons coordinated before their noun, separatists,
a spokesman who tells, a qualified passive agent, two peoples told as the sides of a fight
(``actors/forces.py``, ``actors/generic.py``, ``actors/communal.py``, ``events/link/roles.py``,
``data/actors.tsv``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(id="regional-test", body=body, published_at="2024-05-08T12:00:00Z")
    return extract_events(article)


def _acled(body: str) -> list[AcledFields]:
    return [event.acled for event in _events(body) if event.acled is not None]


def test_regime_and_junta_forces_are_the_article_countrys_not_syrias() -> None:
    for forces in ("The regime forces", "Junta troops", "Myanmar's junta forces"):
        acled = _acled(
            f"{forces} burned down 40 houses in a village of Sagaing Region on Friday,"
            " residents said."
        )
        assert [a.actor1 for a in acled] == ["Military Forces of Myanmar (2021-)"], forces
        assert acled[0].country == "Myanmar"


def test_a_government_airstrike_is_the_states_and_its_dead_are_hit() -> None:
    acled = _acled(
        "A government airstrike on Friday left nine Taliban fighters dead in Achin district of"
        " Nangarhar province, the governor said."
    )
    assert acled[0].actor1 is not None
    assert acled[0].actor1.startswith("Military Forces of Afghanistan")
    assert acled[0].actor2 == "Taliban"


def test_a_countrys_name_before_its_soldiers_names_its_forces_as_the_side_hit() -> None:
    acled = _acled(
        "Gunmen on motorbikes killed seven Niger soldiers in an attack on an army convoy near"
        " Tillaberi on Thursday, the defence ministry said."
    )
    assert [a.actor1 for a in acled] == ["Unidentified Armed Group (Niger)"]
    assert acled[0].actor2 is not None
    assert acled[0].actor2.startswith("Military Forces of Niger")


def test_separatists_in_cameroon_and_a_spokesman_who_tells() -> None:
    acled = _acled(
        "Three Cameroonian soldiers died after armed separatist fighters raided a police post"
        " in Bali in the North West region, army spokesman Colonel Jean Mbarga announced"
        " Monday."
    )
    assert acled[0].actor1 == "Ambazonian Separatists"
    assert acled[0].actor2 == "Military Forces of Cameroon (1982-)"


def test_weapons_coordinated_before_their_noun_name_the_state() -> None:
    acled = _acled(
        "Three Palestinians died in overnight Israeli air and missile strikes on Rafah on"
        " Friday, medics said."
    )
    assert acled[0].actor1 == "Military Forces of Israel (2022-)"
    assert acled[0].actor2 == "Civilians (Palestine)"


def test_a_passive_agent_qualified_as_suspected() -> None:
    acled = _acled(
        "A bomb planted in the English-speaking town of Bamenda by suspected separatists"
        " exploded on Sunday during a ceremony in Cameroon."
    )
    assert acled[0].actor1 == "Ambazonian Separatists"


def test_two_peoples_told_as_the_sides_of_a_fight() -> None:
    for wording in (
        "Two herders died in clashes between Kikuyu and Maasai near a water point",
        "Two herders died when Kikuyu and Maasai groups clashed near a water point",
    ):
        acled = _acled(f"{wording} in Narok on Monday, police said.")
        assert acled[0].actor1 == "Kikuyu Ethnic Militia (Kenya)", wording
    # ACLED's spelling of the Kipsigis.
    acled = _acled(
        "One person died in morning clashes between the Kipsigis and Kisii groups in Narok on"
        " Monday."
    )
    assert acled[0].actor1 == "Kipsigi Ethnic Militia (Kenya)"


def test_separatists_are_named_after_the_insurgency_acled_codes_in_their_country() -> None:
    pakistan = _acled(
        "Three guards were hurt in a blast caused by suspected Baloch separatists near Gwadar"
        " in Balochistan on Monday."
    )
    assert pakistan[0].actor1 == "Baloch Separatists (Pakistan)"
    # Where ACLED has no one actor for them, separatists are the country's unnamed insurgents.
    mali = _acled(
        "Separatists attacked an army post near Kidal in northern Mali on Friday, killing"
        " three soldiers."
    )
    assert mali[0].actor1 == "Unidentified Armed Group (Mali)"
