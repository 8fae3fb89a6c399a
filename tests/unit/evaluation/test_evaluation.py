"""The evaluation commands on tiny self-written gold files (no shared data needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.evaluation import acled, geo
from newsevents.evaluation.metrics import error_auc, same_first_level, same_region_name
from newsevents.extraction.places.shared.geometry import haversine_km

HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
    "actor2,assoc_actor_2,country,admin1,admin2,location,latitude,longitude,geo_precision,"
    "source,notes,fatalities\n"
)
ROWS = [
    # Invented events in the shape of ACLED notes.
    "T1,3-Mar-21,1,Battles,Armed clash,A,,B,,Syria,Aleppo,Aleppo,Aleppo,36.2021,37.1343,1,X,"
    '"On 3 March 2021, rebels clashed with soldiers in Aleppo. 4 fatalities.",4',
    "T2,4-Mar-21,1,Protests,Peaceful protest,A,,,,Syria,Damascus,Damascus,Damascus,33.5102,"
    '36.2913,1,X,"On 4 March 2021, teachers protested in Damascus demanding higher pay.",0',
    "T3,5-Mar-21,1,Riots,Mob violence,A,,B,,Syria,Homs,Homs,Homs,34.7324,36.7137,1,X,"
    '"On 5 March 2021, the weather was calm in Homs.",0',
]


@pytest.fixture
def acled_csv(tmp_path: Path) -> Path:
    path = tmp_path / "acled.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_acled_metrics_count_rows_without_events_as_wrong(acled_csv: Path) -> None:
    """Two of three rows are right; the event-less row is wrong everywhere."""
    report = acled.evaluate(list(acled.read_rows(acled_csv)))
    metrics = report.metrics()
    assert metrics["rows"] == 3
    assert metrics["coverage"] == pytest.approx(2 / 3)
    assert metrics["event_type_accuracy"] == pytest.approx(2 / 3)
    assert metrics["sub_event_type_accuracy"] == pytest.approx(2 / 3)
    assert metrics["location_within_25km"] == pytest.approx(2 / 3)
    assert metrics["date_accuracy"] == pytest.approx(2 / 3)
    assert metrics["fatalities_accuracy"] == 1.0  # the only row with deaths: 4 of 4
    first = report.results[0]
    assert (first.predicted_sub_type, first.predicted_admin1) == ("Armed clash", "Aleppo")


def test_acled_dates_parse_in_acled_export_format() -> None:
    assert acled.parse_date("9-May-20").isoformat() == "2020-05-09"


def test_evaluate_command_ends_with_a_json_line(
    acled_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "acled", str(acled_csv)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "event type accuracy" in "\n".join(lines[:-1])
    assert json.loads(lines[-1])["rows"] == 3


GWN = """<?xml version="1.0" ?>
<articles>
  <article file="0">
    <title>t</title><link>l</link>
    <text>Floods hit Aleppo and the Smith family moved to Damascus.</text>
    <toponyms>
      <toponym><extractedName>Aleppo</extractedName><type>Literal</type>
        <nonLocational>No</nonLocational><start>11</start><end>17</end><geonamesID>170063
        </geonamesID><latitude>36.20</latitude><longitude>37.16</longitude></toponym>
      <toponym><extractedName>Damascus</extractedName><type>Literal</type>
        <nonLocational>No</nonLocational><start>47</start><end>55</end><geonamesID/>
        <latitude>33.51</latitude><longitude>36.29</longitude></toponym>
      <toponym><extractedName>Smith</extractedName><type>Non_Toponym</type>
        <nonLocational>No</nonLocational><start>26</start><end>31</end><geonamesID/>
        <latitude/><longitude/></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_geo_metrics_on_a_small_article(tmp_path: Path) -> None:
    path = tmp_path / "gwn.xml"
    path.write_text(GWN, encoding="utf-8")
    metrics = geo.evaluate(geo.read_articles(path)).metrics()
    assert (metrics["toponyms"], metrics["recall"], metrics["precision"]) == (2, 1.0, 1.0)
    assert metrics["accuracy_161km"] == 1.0
    assert metrics["auc"] is not None and metrics["auc"] < 0.2


def test_metric_helpers() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert error_auc([0.0, 0.0]) == 0.0
    assert same_region_name("Lower Shabeelle", "Lower Shabelle")
    assert same_region_name("Nairobi Area", "Nairobi")
    assert not same_region_name("Aleppo", "Idlib")
    assert same_region_name("Kyiv City", "Kiev City")
    assert same_region_name("Mexico City", "Distrito Federal")
    assert same_region_name("Metro Manila", "National Capital Region")
    assert not same_region_name("Mexico City", "Brasilia")
    assert same_region_name("Ninewa", "Nineveh")
    assert same_region_name("Zaporizhia", "Zaporizhzhia")
    assert same_region_name("Timbuktu", "Tombouctou")
    assert same_region_name("Amran", "Omran")
    assert not same_region_name("Amran", "Sanaa")
    # ACLED's name of Syria's province around the capital, and not the capital itself
    assert same_region_name("Rif Dimashq", "Rural Damascus")
    assert same_first_level("Rif Dimashq", "Damascus Countryside")
    assert not same_region_name("Damascus", "Rural Damascus")
    assert not same_first_level("Rif Dimashq", "Damascus")


def test_annotate_prints_mentions_with_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = {
        "id": "a1",
        "body": "On 3 March 2021, rebels clashed with soldiers in Aleppo. 4 fatalities.",
        "published_at": "2021-03-04T00:00:00Z",
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    assert main(["annotate", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["article_id"] == "a1"
    kinds = {m["kind"] for m in record["mentions"]}
    assert {"place", "date", "quantity", "actor"} <= kinds
    place = next(m for m in record["mentions"] if m["kind"] == "place")
    assert article["body"][place["start"] : place["end"]] == "Aleppo"
    assert place["country_code"] == "SY" and place["admin1"] and place["geonames_id"]


def test_admin1_under_another_known_spelling_is_reported_apart(tmp_path: Path) -> None:
    """Maroua lies in Cameroon's Far North, which ACLED spells "Extreme-Nord" and admin1.tsv
    knows under that spelling too: wrong by name (the target's measure), right as a region."""
    row = (
        "T9,3-Mar-21,1,Protests,Peaceful protest,A,,,,Cameroon,Extreme-Nord,Diamare,Maroua,"
        '10.5956,14.3247,1,X,"On 3 March 2021, teachers protested in Maroua for higher pay.",0'
    )
    path = tmp_path / "far_north.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    report = acled.evaluate(list(acled.read_rows(path)))
    assert report.results[0].predicted_admin1 == "Far North"
    metrics = report.metrics()
    assert metrics["admin1_accuracy"] == 0.0
    assert metrics["admin1_region_accuracy"] == 1.0


def test_acled_location_ceiling_counts_rows_whose_place_the_gazetteer_has(
    acled_csv: Path,
) -> None:
    """Aleppo and Damascus are matched near the gold point; the Homs row's note names Homs
    too, so all three are within the ceiling, and two of three reach it."""
    report = acled.evaluate(list(acled.read_rows(acled_csv)))
    assert report.ratios["location_ceiling"].value == 1.0
    assert report.ratios["location_share_of_ceiling"].correct == 2
    # A note naming no place near the gold point is outside the ceiling.
    assert not acled.candidate_within("Clashes in Aleppo.", 33.51, 36.29)
    assert acled.candidate_within("Clashes in Aleppo.", 36.20, 37.13)


def test_old_acled_types_are_read_as_the_current_ones() -> None:
    """Asia 2015 uses ACLED's old typology: "Remote violence" is an explosion, and
    "Riots/Protests" is either current type; nothing maps to an unrelated type."""
    assert acled.type_right("Remote violence", "Explosions/Remote violence")
    assert acled.type_right("Riots/Protests", "Protests")
    assert acled.type_right("Riots/Protests", "Riots")
    assert acled.type_right("Battle-No change of territory", "Battles")
    assert not acled.type_right("Riots/Protests", "Battles")
    assert not acled.type_right("Battles", None)


def test_a_palestinian_governorate_is_inside_its_territory_not_the_other() -> None:
    assert same_first_level("Gaza Strip", "Khan Younis")
    assert same_first_level("Jenin", "West Bank")
    assert same_first_level("West Bank", "Ramallah and al-Bireh")
    assert not same_first_level("Gaza Strip", "Jenin")
    assert not same_first_level("West Bank", "North Gaza")
    assert not same_region_name("Gaza Strip", "Khan Younis")
