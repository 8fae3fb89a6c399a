"""News furniture: datelines, credits, outlets and date words are found as such, and are never
event places or actors."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.document import Document
from newsevents.extraction.pipeline import Pipeline, extract_events
from newsevents.extraction.text.furniture import find_furniture


def _furniture(text: str) -> set[tuple[str, str]]:
    doc = Document(article_id="t", text=text, published=dt.date(2024, 5, 14))
    find_furniture(doc)
    return {(item.kind, item.text) for item in doc.furniture}


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ERBIL, Kurdistan Region – Troops shelled a village.", "ERBIL, Kurdistan Region –"),
        ("BEIRUT (AP) — Shelling hit Idlib on Monday.", "BEIRUT (AP) —"),
        ("Beirut, May 14 (IANS) Clashes erupted in Daraa.", "Beirut, May 14 (IANS)"),
        ("DAMASCUS, (SANA) – Terrorists shelled Aleppo.", "DAMASCUS, (SANA) –"),
        ("Homs, SANA – Terrorists shelled a school.", "Homs, SANA –"),
        # the dash lost with the page's markup, after a time stamp
        ("Updated at Mar 122019 BEIRUT A rocket hit a farm near Mayadin.", "BEIRUT"),
        ("AMMAN The foreign minister met envoys.", "AMMAN"),
        # a town in title case before a colon, opening a line
        ("Kabul: Gunmen attacked a police post in Khost province.", "Kabul"),
        ("Gaza : Two fighters were killed in a strike.", "Gaza"),
        # a tag with a hyphen; the agency before the place and its country
        ("NAIROBI, Aug 30 (NNN-AGENCIES) — Gunmen killed two.", "NAIROBI, Aug 30 (NNN-AGENCIES) —"),
        ("APA – Bamako (Mali) – Gunmen kidnapped ten people.", "Bamako"),
        # the country in square brackets after the place, as one agency's house style has it
        (
            "Kano [Nigeria], May 4 (ANI): Gunmen killed six people.",
            "Kano [Nigeria], May 4 (ANI):",
        ),
    ],
)
def test_datelines_are_found(text: str, dateline: str) -> None:
    assert ("dateline", dateline) in _furniture(text)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Six fighters were killed near Sirte (dpa/GNA).", "(dpa/GNA)"),
        ("Clashes resumed. Reporting by Ali Omar; Editing by Jane Roe", "Reporting by Ali Omar"),
        ("Smoke rose. Photo: Reuters/Omar Sanadiki", "Photo: Reuters/Omar Sanadiki"),
        ("Two died. (presstv) - A third was wounded.", "(presstv) -"),
    ],
)
def test_credits_are_found(text: str, credit: str) -> None:
    assert any(kind == "credit" and found.startswith(credit) for kind, found in _furniture(text))


def test_names_and_hyphenated_modifiers_are_no_datelines() -> None:
    """ "US-led" has no spaced dash; "(SDF)" after a group's name is its acronym, no tag."""
    found = _furniture(
        "US-led coalition aircraft struck Raqqa. The Syrian Democratic Forces (SDF) said so."
    )
    assert not {kind for kind, _ in found} & {"dateline", "credit"}


def test_capitals_naming_no_place_open_no_dateline() -> None:
    for text in (
        "ISIS fighters stormed Raqqa.",
        "NATO A spokesman said.",
        "SDF Forces advanced.",
        "Update: Gunmen stormed a police post in Khost.",
    ):
        assert not {kind for kind, _ in _furniture(text)} & {"dateline"}, text


def test_an_agency_before_a_group_names_no_dateline_place() -> None:
    """After "AFP –" only a place the gazetteer knows is a dateline's: not the SDF."""
    found = _furniture("AFP – Syrian Democratic Forces (SDF) – fighters stormed Raqqa.")
    assert not [text for kind, text in found if kind == "dateline" and "Syrian" in text]


def _places(text: str) -> list[tuple[str, str]]:
    doc = Pipeline().annotate(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2016-07-18T00:00:00Z"}
        )
    )
    return [(p.text, p.country_code) for p in doc.places]


def test_a_dateline_is_no_event_place() -> None:
    text = (
        "ERBIL, Kurdistan Region - The Syrian defense ministry said an Israeli airstrike "
        "targeted a building in Damascus on Monday, killing two people."
    )
    events = extract_events(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2024-05-14T00:00:00Z"}
        )
    )
    assert events
    assert {e.locations[0].name for e in events if e.locations} == {"Damascus"}


def test_outlets_and_date_words_are_no_places() -> None:
    """ "told SANA" is not Sanaa, "Al-Manar TV" not Mannar, "Mon Jul 18" not Mon State."""
    text = (
        "Mon Jul 18 2016 Rebels shelled Aleppo. An official told SANA that three people "
        "died, Al-Manar TV reported."
    )
    assert _places(text) == [("Aleppo", "SY")]


def test_an_outlet_named_after_a_town_leaves_the_town() -> None:
    """ "in al-Mayadeen" is the town; "al-Mayadeen reported" the channel."""
    text = "Militias deployed in al-Mayadeen on Monday, al-Mayadeen reported."
    assert _places(text) == [("al-Mayadeen", "SY")]


def test_a_credit_is_no_actor() -> None:
    """ "(dpa/GNA)" is a credit, not Libya's Government of National Accord."""
    doc = Pipeline().annotate(
        ArticleMessage.model_validate(
            {
                "id": "t",
                "body": "Gunmen killed six soldiers near Sirte on Monday (dpa/GNA).",
                "published_at": "2024-05-14T00:00:00Z",
            }
        )
    )
    assert "Government of National Accord" not in {a.name for a in doc.actors}


def test_a_dateline_without_its_dash_is_no_event_place() -> None:
    """Scraped pages lose the dateline's dash: the capitals are still where it was filed."""
    text = (
        "Updated at Mar 122019 BEIRUT A drone strike killed four fighters on Tuesday near the "
        "river, a monitor said."
    )
    events = extract_events(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2019-03-12T00:00:00Z"}
        )
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert "Beirut" not in {loc.name for e in events for loc in e.locations}


@pytest.mark.parametrize(
    "dateline",
    ["MOPTI, Apr 17 (NNN-AGENCIES) —", "APA – Mopti (Mali) –"],
)
def test_a_dateline_after_or_with_its_agency_is_no_event_place(dateline: str) -> None:
    """The filing town is no event place when the lead names the act's towns."""
    text = (
        f"{dateline} Gunmen abducted about 60 passengers on 16 April from two lorries on the"
        " road between the towns of Bandiagara and Bankass."
    )
    (event,) = extract_events(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2022-04-17T00:00:00Z"}
        )
    )
    assert event.event_type == "abduction"
    assert [p.name for p in event.locations] == ["Bandiagara", "Bankass"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # a town in title case before a spaced dash, its day between bars, or its outlet in
        # brackets written in any case
        ("Mopti - At least 12 people died in fighting near Sevare.", "Mopti"),
        ("Hodeidah | 3 March | Sahel Post The toll rose to six.", "Hodeidah"),
        ("Rafah, (Coastal daily) A strike hit a house in Khan Younis.", "Rafah"),
        # two filing towns with a slash; a date closed by commas; a dash glued to the next word
        ("KABUL/KANDAHAR: Gunmen killed two guards.", "KABUL/KANDAHAR:"),
        ("PESHAWAR, Pakistan, May 3 ,,  Gunmen killed two guards.", "PESHAWAR, Pakistan, May 3 ,,"),
        ("TUCSON, Ariz. (KXYZ) -A shooting left two dead.", "TUCSON, Ariz. (KXYZ) -"),
    ],
)
def test_more_dateline_shapes_are_found(text: str, dateline: str) -> None:
    assert ("dateline", dateline) in _furniture(text)


def test_a_country_or_a_group_before_a_dash_is_no_dateline() -> None:
    """Only a town the gazetteer knows opens such a dateline: "Israel - Hamas talks", a group's
    name, or words in brackets that are no outlet's ("(the capital)") are none."""
    for text in (
        "Israel - Hamas talks stalled on Monday.",
        "Al-Shabaab - The group said it attacked a base.",
        "Kabul, (the capital) Gunmen attacked a post.",
        "Aleppo | The city was shelled on Monday.",
    ):
        assert not {kind for kind, _ in _furniture(text)} & {"dateline"}, text


@pytest.mark.parametrize(
    "dateline",
    ["Bamako - ", "Bamako | 12 March | Sahel Post ", "Bamako, (Sahel daily) "],
)
def test_a_title_case_dateline_is_no_event_place(dateline: str) -> None:
    """The filing town of a dateline in title case is no event place: the lead's town is."""
    text = f"{dateline}Gunmen killed 12 soldiers in an attack on an army post in Mopti on Monday."
    (event,) = extract_events(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2022-03-14T00:00:00Z"}
        )
    )
    assert event.event_type == "armed_clash"
    assert [p.name for p in event.locations] == ["Mopti"]
