"""``newsevents gazetteer import``: villages from GeoNames dumps, on small files the test writes
in GeoNames' formats (the place names are invented; none is in the embedded gazetteer)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.cli.gazetteer import ImportFailed, import_dumps
from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.gazetteer import gazetteer, use_import
from newsevents.extraction.places.gazetteer.geonames_dump import DumpError, kind_of
from newsevents.extraction.places.gazetteer.sources import ImportMissing

from .helpers import km, places_in


def _geoname(gid: int, name: str, alternates: str, lat: float, lon: float, code: str) -> str:
    feature_class, feature_code = code.split(".")
    return "\t".join(
        [
            str(gid),
            name,
            name,
            alternates,
            str(lat),
            str(lon),
            feature_class,
            feature_code,
            "SY",
            "",
            "07",
            "",
            "",
            "",
            "0",
            "",
            "250",
            "Asia/Damascus",
            "2024-01-01",
        ]
    )


# Invented places in Deir ez-Zor (GeoNames admin1 code 07); ids far above GeoNames' own.
VILLAGE = _geoname(990000001, "Tall Qarmuzan", "Tell Qarmuzan", 35.0512, 40.4433, "P.PPL")
CAMP = _geoname(990000002, "Mukhayyam Umm Sarwal", "Umm Sarwal Camp", 35.21, 40.12, "S.CMPRF")
RUIN = _geoname(990000003, "Khirbat Zaytunat", "", 35.10, 40.30, "P.PPLH")
MOUNTAIN = _geoname(990000004, "Jabal Nurayn", "", 35.30, 40.20, "T.MT")
# Damascus as the dump lists it: cities500 has it already.
DAMASCUS = _geoname(170654, "Damascus", "Dimashq", 33.5102, 36.2913, "P.PPLC")
# alternateNamesV2: id, geonameid, language, name, preferred, short, colloquial, historic, from, to
ALTERNATES = [
    "1\t990000001\t\tTal Qarmouzan\t\t\t\t\t\t",
    "2\t990000001\tlink\thttps://example.org/Tall_Qarmuzan\t\t\t\t\t\t",
    "3\t990000001\ten\tOld Qarmuzan Fort\t\t\t\t1\t\t",
    "4\t12345\ten\tSomewhere Else\t\t\t\t\t\t",
]


@pytest.fixture
def dumps(tmp_path: Path) -> tuple[Path, Path]:
    """SY.zip (with GeoNames' readme beside the table) and alternateNamesV2.txt."""
    country = tmp_path / "SY.zip"
    with zipfile.ZipFile(country, "w") as archive:
        archive.writestr("SY.txt", "\n".join([VILLAGE, CAMP, RUIN, MOUNTAIN, DAMASCUS]) + "\n")
        archive.writestr("readme.txt", "GeoNames readme\n")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("\n".join(ALTERNATES) + "\n", encoding="utf-8")
    return country, alternates


@pytest.fixture
def no_import_after() -> Iterator[None]:
    yield
    use_import(None)


def test_import_keeps_villages_and_camps_not_ruins_or_mountains(
    dumps: tuple[Path, Path], tmp_path: Path, no_import_after: None
) -> None:
    directory = tmp_path / "gazetteer"
    summary = import_dumps(list(reversed(dumps)), directory)  # order does not matter
    assert (summary.places, summary.alternate_names) == (3, 1)  # village, camp, Damascus
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["by_country"] == {"SY": 3}
    assert summary.gazetteer_places == len(gazetteer()) + 2  # Damascus was there already

    use_import(directory)
    village = gazetteer().search("Tal Qarmouzan")  # the alternate-names spelling
    assert [(p.name, p.admin1, p.country_code) for p in village] == [
        ("Tall Qarmuzan", "Deir ez-Zor", "SY")
    ]
    assert gazetteer().search("Khirbat Zaytunat") == []
    assert gazetteer().search("Old Qarmuzan Fort") == []  # a historic name
    assert len(gazetteer().search("Damascus")) == len(_embedded_search("Damascus"))


def _embedded_search(name: str) -> list[object]:
    use_import(None)
    found: list[object] = list(gazetteer().search(name))
    return found


def test_an_article_is_located_at_an_imported_village(
    dumps: tuple[Path, Path], tmp_path: Path, no_import_after: None
) -> None:
    text = (
        "Artillery shelling hit the village of Tell Qarmuzan in the Deir ez-Zor countryside "
        "on Monday, killing two civilians."
    )
    article = ArticleMessage(
        id="a1", body=text, published_at=dt.datetime(2024, 2, 20, tzinfo=dt.UTC)
    )
    before = Pipeline().extract(article)[0].locations[0]
    assert before.name != "Tall Qarmuzan"

    directory = tmp_path / "gazetteer"
    import_dumps(list(dumps), directory)
    use_import(directory)
    event = Pipeline().extract(article)[0]
    where = event.locations[0]
    assert (where.name, where.admin1, where.country_code) == ("Tall Qarmuzan", "Deir ez-Zor", "SY")
    assert (round(where.latitude, 2), round(where.longitude, 2)) == (35.05, 40.44)
    assert event.acled.location == "Tall Qarmuzan"
    camp = places_in("Aid reached Umm Sarwal Camp in Syria.")
    assert [p.name for p in camp] == ["Mukhayyam Umm Sarwal", "Syria"]
    assert km(camp[0], 35.21, 40.12) < 1


def test_the_import_is_used_when_configured_and_a_missing_one_is_a_clear_error(
    dumps: tuple[Path, Path], tmp_path: Path, no_import_after: None
) -> None:
    with pytest.raises(ImportMissing, match="newsevents gazetteer import"):
        use_import(tmp_path / "nothing-here")
    directory = tmp_path / "gazetteer"
    import_dumps(list(dumps), directory, build_index=False)
    use_import(directory)  # the index is built on first use, then cached beside the import
    assert gazetteer().search("Tell Qarmuzan")
    assert list(directory.glob("gazetteer-*.idx"))


def test_bad_files_are_refused_with_the_file_and_the_reason(tmp_path: Path) -> None:
    csv = tmp_path / "places.csv"
    csv.write_text("name,lat,lon\nX,1,2\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"places\.csv: not a GeoNames dump: 1 tab-separated"):
        import_dumps([csv], tmp_path / "out")
    with pytest.raises(ImportFailed, match="no such file"):
        import_dumps([tmp_path / "SY.zip"], tmp_path / "out")
    broken = tmp_path / "IQ.txt"
    broken.write_text(VILLAGE + "\n" + "\t".join(["1"] * 5) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"IQ\.txt: line 2: 5 columns"):
        import_dumps([broken], tmp_path / "out")
    alternates_only = tmp_path / "alternateNames.txt"
    alternates_only.write_text(ALTERNATES[0] + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no GeoNames place table"):
        import_dumps([alternates_only], tmp_path / "out")
    with pytest.raises(DumpError):
        kind_of("a\tb\tc")


def test_gazetteer_command_imports_filters_and_reports(
    dumps: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_import_after: None,
) -> None:
    monkeypatch.delenv("NEWSEVENTS_GAZETTEER_DIR", raising=False)
    assert main(["gazetteer", "import", str(dumps[0])]) == 78  # no directory given
    assert "no folder for the gazetteer import" in capsys.readouterr().err
    directory = tmp_path / "g"
    argv = ["gazetteer", "import", str(dumps[0]), "--dir", str(directory), "--features", "P"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "imported 2 places (SY 2)" in out  # the camp is not a populated place
    assert f"NEWSEVENTS_GAZETTEER_DIR={directory}" in out
    assert main(["gazetteer", "info", "--dir", str(directory)]) == 0
    assert json.loads(capsys.readouterr().out)["features"] == ["P"]
    assert main(["gazetteer", "import", str(tmp_path / "missing.zip"), "--dir", "x"]) == 65
    assert "missing.zip: no such file" in capsys.readouterr().err
