"""Thirtieth round: a people's men told by other wordings than "<people> raiders" (a people's
raid, armed men said to be of a people, a people's band doing an act, peoples with their
demonyms), and the country of a note whose only foreign name is an armed group's (groups fight
abroad: Al Shabaab in Kenya, JNIM in Benin, Lashkar-e-Taiba in India)."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.actors.unnamed.communal import ethnic_militias
from newsevents.extraction.places.find import find_places
from tests.unit.helpers import document


def _militias(text: str, country: str | None = "KE") -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in ethnic_militias(text, country)]


def _actors(text: str) -> dict[str, str]:
    doc = document(text)
    find_places(doc)
    find_actors(doc)
    return {m.text: m.name for m in doc.actors}


def test_a_peoples_raid_is_its_militias() -> None:
    # Kenyan daily: the people named before "raid" is who raided; the place raided follows.
    assert _militias("Twelve herders were killed in a Pokot raid on Kapedo on Sunday.") == [
        ("Pokot raid", "Pokot Ethnic Militia (Kenya)")
    ]
    assert _militias("Elders blamed the killings on Samburu cattle raids.") == [
        ("Samburu cattle raids", "Samburu Ethnic Militia (Kenya)")
    ]
    # A place before "raids" is where they happened, not who raided.
    assert _militias("Raids in Turkana left two herders dead.") == []


def test_armed_men_said_to_be_of_a_people_are_its_militia() -> None:
    text = (
        "Five herdsmen were wounded in a cattle raid at Nadome. The attackers are believed to "
        "be Turkana, police said."
    )
    assert [name for _, name in _militias(text)] == ["Turkana Ethnic Militia (Kenya)"]
    # Nigerian wording: the gunmen "suspected to be Fulani herdsmen".
    text = "The gunmen were suspected to be Fulani herdsmen, a police spokesman told reporters."
    assert [name for _, name in _militias(text, "NG")] == ["Fulani Ethnic Militia (Nigeria)"]
    # Beninese wording: the herders' raid on farmers in the north.
    assert _militias("Farmers fled after a Fulani raid near Kalale, in Borgou.", "BJ") == [
        ("Fulani raid", "Fulani Ethnic Militia (Benin)")
    ]


def test_a_peoples_band_doing_an_act_is_its_militia_but_not_a_people_hit() -> None:
    assert _militias("A Luo gang was seen attacking passengers at a roadblock in Kisumu.") == [
        ("Luo gang", "Luo Ethnic Militia (Kenya)")
    ]
    # The people attacked is no militia.
    assert _militias("The Luo were attacked by a mob.") == []
    assert _militias("A Kikuyu group was attacked near Naivasha.") == []


def test_peoples_with_their_demonyms_between_are_the_sides() -> None:
    assert _militias("Clashes between Kenyan Turkana and Ugandan Karamojong near the border.") == [
        ("Turkana and Ugandan Karamojong", "Turkana Ethnic Militia (Kenya)")
    ]
    # Two regions named so stay places.
    assert _militias("Fighting between the Amhara and Afar regions' forces", "ET") == []


def test_an_armed_groups_home_yields_to_the_notes_own_demonym() -> None:
    # Kenyan wire wording: Al Shabaab named twice, Kenya once, by a demonym.
    named = _actors(
        "Five Kenyan policemen were killed when al-Shabaab fighters ambushed their convoy. "
        "Al-Shabaab later claimed the attack."
    )
    assert named["policemen"] == "Police Forces of Kenya"
    # Beninese wording: JNIM, a Malian group, in Benin.
    named = _actors(
        "JNIM militants attacked a post of Beninese soldiers at dawn. JNIM said it seized "
        "weapons; two soldiers were killed."
    )
    assert named["soldiers"] == "Military Forces of Benin"
    # South Asian wording: a Pakistani group in Indian Kashmir.
    named = _actors(
        "Indian troops killed two Lashkar-e-Taiba militants in a gunfight, officials said. "
        "Police said the Lashkar-e-Taiba men had crossed the Line of Control."
    )
    assert named["Police"] == "Police Forces of India"


def test_an_armed_group_alone_still_names_the_country() -> None:
    # Nothing else tells the country: the group's home does, as before.
    assert _actors("Al-Shabaab fighters attacked a police post, killing three officers.")[
        "police"
    ].endswith("of Somalia")
    # Syrian opposition wording: Hezbollah, a Lebanese group, named thrice beside the
    # regime's troops: the gunmen are Syria's.
    named = _actors(
        "Hezbollah fighters and Syrian troops stormed the hills, activists said. Hezbollah lost "
        "four men; gunmen loyal to Hezbollah held the road."
    )
    assert named["gunmen"] == "Unidentified Armed Group (Syria)"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    import datetime as dt

    from newsevents.contracts import Article
    from newsevents.extraction.pipeline import extract_events

    published = dt.datetime(2014, 5, 5, 12, tzinfo=dt.UTC)
    article = Article(id="t", body=text, published_at=published, countries=[])
    return [(e.event_type, e.acled.actor1, e.acled.actor2) for e in extract_events(article)]


def test_a_fight_told_as_ethnic_names_unnamed_ethnic_militias_on_both_sides() -> None:
    # Kenyan daily, before 2016 (ACLED's "Ethnic" word of the day).
    assert _events("Ethnic clashes left four people dead in Molo, Nakuru County.") == [
        (
            "armed_clash",
            "Unidentified Ethnic Militia (Kenya)",
            "Unidentified Ethnic Militia (Kenya)",
        )
    ]
    # Nigerian wire wording.
    [(_, actor1, _)] = _events("Three people died in inter-ethnic fighting in Jos, Plateau State.")
    assert actor1 == "Unidentified Ethnic Militia (Nigeria)"
    # Somali wording: a clan's men are a clan militia there.
    [(_, actor1, _)] = _events("Clan clashes in Galkayo killed five people, elders said.")
    assert actor1 == "Unidentified Clan Militia (Somalia)"


def test_a_fight_told_as_ethnic_with_its_peoples_named_takes_them() -> None:
    [(_, actor1, _)] = _events(
        "Two herders were killed in tribal clashes between Pokot and Turkana herders near Kapedo."
    )
    assert actor1 == "Pokot Ethnic Militia (Kenya)"
    # "ethnic violence" is often a riot's: no militia is read from it.
    [(event_type, actor1, _)] = _events(
        "Riots broke out in Kisumu in a new wave of ethnic violence."
    )
    assert (event_type, actor1) == ("riot", "Rioters (Kenya)")


def test_an_ethnic_fight_protested_or_a_tribal_fight_outside_africa_names_no_ethnic_militia() -> (
    None
):
    # Pakistani wording: the clashes are what the party protests.
    assert all(
        not (actor1 or "").startswith("Unidentified Ethnic")
        for _, actor1, _ in _events(
            "The Sindh Taraqi Pasand Party staged a protest in Kandhkot against the rise in "
            "ethnic clashes in the province."
        )
    )
    # A tribe outside Africa is a tribal militia's, not a people's ethnic militia.
    assert all(
        not (actor1 or "").startswith("Unidentified Ethnic")
        for _, actor1, _ in _events("Two people were killed in tribal clashes in Kurram, Pakistan.")
    )
