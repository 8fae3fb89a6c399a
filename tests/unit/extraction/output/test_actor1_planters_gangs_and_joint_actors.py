"""Actor1 classes of the twenty-third round (actors43): the maker of a weapon told in a
compound ("a Taliban-planted mine"), the gangs of
organised crime told by the marks of their killings, police corps by their ACLED names, and
two groups told as alternatives ("JNIM or ISGS militants") as ACLED's joint actor."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _acled(body: str, published: str = "2020-03-20T12:00:00Z") -> AcledFields:
    article = ArticleMessage(id="actors43", body=body, published_at=published)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


def test_group_that_planted_the_bomb_is_actor1() -> None:
    acled = _acled(
        "On 12 March 2020, two policemen were killed when their car hit a Taliban-planted "
        "roadside bomb in Nad Ali district, Helmand."
    )
    assert acled.actor1 == "Taliban"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Afghanistan")


def test_group_that_controls_a_district_is_no_bomber() -> None:
    acled = _acled(
        "On 12 March 2020, a roadside bomb killed two policemen in a Taliban-controlled area "
        "of Nad Ali district, Helmand."
    )
    assert acled.actor1 == "Unidentified Armed Group (Afghanistan)"


def test_drive_by_killing_in_mexico_is_a_gangs() -> None:
    acled = _acled(
        "On 5 May 2020, in Celaya, Guanajuato, a man was gunned down in a drive-by shooting in "
        "Colonia Las Flores. 1 fatality.",
        "2020-05-06T12:00:00Z",
    )
    assert acled.actor1 == "Unidentified Gang (Mexico)"


def test_killing_without_marks_of_crime_stays_unidentified() -> None:
    acled = _acled(
        "On 5 May 2020, in Celaya, Guanajuato, a man was shot dead in Colonia Las Flores. "
        "1 fatality.",
        "2020-05-06T12:00:00Z",
    )
    assert acled.actor1 == "Unidentified Armed Group (Mexico)"


def test_brazils_unnamed_gang_and_its_military_police() -> None:
    gang = _acled(
        "On 1 May 2020, in Londrina, Parana, a man was killed by two armed men on a motorcycle "
        "in the Jardim Bandeirantes neighborhood.",
        "2020-05-06T12:00:00Z",
    )
    assert gang.actor1 == "Unidentified Gang and/or Police Militia"
    police = _acled(
        "On 27 April 2020, in Guaruja, Sao Paulo, a 19-year-old youth was shot dead by the "
        "Military Police.",
        "2020-05-01T12:00:00Z",
    )
    assert police.actor1 == "Military Forces of Brazil (2019-2022) Military Police"


def test_two_groups_told_as_alternatives_are_acleds_joint_actor() -> None:
    acled = _acled(
        "On 5 May 2020, suspected JNIM or ISGS militants raided and set fire to a clinic in "
        "Logobou (Logobou, Tapoa).",
        "2020-05-06T12:00:00Z",
    )
    assert acled.actor1 == (
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    )
    acled = _acled(
        "On 4 May 2020, JNIM militants attacked and burned a school in Logobou (Logobou, "
        "Tapoa); ISGS fighters were seen nearby.",
        "2020-05-06T12:00:00Z",
    )
    assert acled.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_burundis_ruling_party_youth_by_acleds_name() -> None:
    acled = _acled(
        "On 1 May 2020, Imbonerakure beat and wounded 2 CNL supporters in Kibungere "
        "(Nyabihanga, Mwaro).",
        "2020-05-06T12:00:00Z",
    )
    assert acled.actor1 == (
        "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy "
        "(Imbonerakure Faction)"
    )


def test_boko_haram_after_the_split_is_the_joint_actor() -> None:
    body = "On 7 May 2020, Boko Haram attacked Dumankara village (Madagali, Adamawa), killing two."
    joint = (
        "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai "
        "wal-Jihad"
    )
    assert _acled(body, "2020-05-08T12:00:00Z").actor1 == joint
    before = body.replace("2020", "2015")
    assert _acled(before, "2015-05-08T12:00:00Z").actor1 == (
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    )
    shekau = body.replace("Boko Haram", "Shekau's Boko Haram faction")
    assert _acled(shekau, "2020-05-08T12:00:00Z").actor1 == (
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    )
