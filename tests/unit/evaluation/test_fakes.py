"""FA-KES scoring: the main violent event's governorate, cause and toll, on invented articles
written here in FA-KES's columns (no text from the data set)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.evaluation import commands
from newsevents.evaluation.fakes import (
    cause_compatible,
    governorate_right,
    main_event,
    run,
    within_tolerance,
)
from newsevents.evaluation.fakes_rows import FakesFileError, read_rows
from newsevents.extraction.pipeline import extract_events

COLUMNS = (
    "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,"
    "nb_children,nb_civilians,nb_noncivilians,nb_women,label"
).split(",")

# (source, body, location, cause, civilians, non-civilians)
ARTICLES = [
    # A strike in Idlib, coded right on every field.
    (
        "manar",
        "Warplanes struck the town of Kafr Nabl in Idlib province on Monday, killing 12 "
        "civilians, a monitoring group said.",
        "idlib",
        "shelling",
        12,
        0,
    ),
    # A bombing in the Damascus countryside that the crowd coded "damascus".
    (
        "dailysabah",
        "A car bomb exploded in the town of Douma in the Damascus countryside on Sunday, "
        "killing 5 people.",
        "damascus",
        "explosion",
        3,
        2,
    ),
    # Shelling coded as shooting, with a toll one short of ours.
    (
        "etilaf",
        "Government forces shelled the city of Daraa on Tuesday, killing 21 people, activists "
        "said.",
        "daraa",
        "shooting",
        20,
        0,
    ),
    # No violent event at all; the cause is unknown to the crowd.
    (
        "sana",
        "Hundreds of people protested in the city of Homs on Friday against rising prices.",
        "homs",
        "unknown",
        1,
        0,
    ),
]

# The metrics by part, and the dump's record per article.
Scored = tuple[dict[str, Any], list[dict[str, Any]]]


def _write(path: Path, articles: list[tuple[str, str, str, str, int, int]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for number, (source, body, location, cause, civilians, others) in enumerate(articles):
            coded = [location, "unknown", cause, 0, civilians, others, 0, 1]
            writer.writerow([1000 + number, "Title", body, source, "5/2/16", *coded])
    return path


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Scored:
    folder = tmp_path_factory.mktemp("fakes")
    csv_path = _write(folder / "fakes-tiny.csv", ARTICLES)
    dump = folder / "dump.jsonl"
    _text, result = run(csv_path, errors=5, dump=dump)
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    return result, records


def test_each_article_is_scored_on_its_main_event(scored: Scored) -> None:
    _result, records = scored
    by_id = {r["article"]: r for r in records}
    idlib, douma, daraa, homs = (by_id[f"fakes-tiny:{n}"] for n in range(4))
    assert idlib["main"]["type"] == "airstrike"
    assert idlib["governorate"] == ["idlib", "Idlib", True]
    assert idlib["cause"] == ["shelling", "airstrike", True]
    assert idlib["toll"] == [12, 12, True, True]
    # The crowd's "damascus" also means Rif Dimashq; civilians and fighters add up.
    assert douma["governorate"] == ["damascus", "Rif Dimashq", True]
    assert douma["cause"] == ["explosion", "explosive_attack", True]
    assert douma["toll"] == [5, 5, True, True]
    # Shelling is not a shooting; 21 for 20 is within tolerance but not exact.
    assert daraa["cause"] == ["shooting", "shelling", False]
    assert daraa["toll"] == [20, 21, False, True]
    assert homs["main"] is None
    assert homs["cause"] == ["unknown", None, None]


def test_parts_and_metrics(scored: Scored) -> None:
    result, _records = scored
    assert set(result) == {"tune", "holdout", "all"}
    everything = result["all"]
    assert everything["articles"] == 4
    assert everything["coverage"] == 3 / 4
    assert everything["governorate"] == 3 / 4  # Homs has no violent event
    assert everything["governorate_strict"] == 2 / 4  # Douma is Rif Dimashq, not Damascus
    assert everything["cause_compatible"] == 2 / 3  # the unknown cause is not counted
    assert everything["toll_exact"] == 2 / 4
    assert everything["toll_within_tolerance"] == 3 / 4
    assert result["tune"]["articles"] == 2  # manar and sana
    assert result["holdout"]["articles"] == 2  # dailysabah and etilaf


def test_the_main_event_is_the_lethal_one() -> None:
    # The lead reports a clash without deaths; the strike that killed is the incident coded.
    body = (
        "Government troops clashed with rebels in the town of Tal Rifaat in Aleppo province on "
        "Monday. Warplanes bombed the town of Saraqeb in Idlib province on Monday, killing 9 "
        "civilians."
    )
    article = ArticleMessage.model_validate(
        {"id": "lead", "body": body, "published_at": "2016-05-03T12:00:00Z"}
    )
    events = extract_events(article)
    assert "armed_clash" in [e.event_type for e in events]
    main = main_event(events)
    assert main is not None
    assert (main.event_type, main.acled.admin1, main.acled.fatalities) == ("airstrike", "Idlib", 9)


def test_rules() -> None:
    assert governorate_right("deir ezzor", "Deir ez-Zor")
    assert governorate_right("hasakeh", "Al-Hasakah")
    assert governorate_right("damascus", "Rif Dimashq")
    assert not governorate_right("damascus", "Rif Dimashq", strict=True)
    assert not governorate_right("aleppo", "Idlib")
    assert not governorate_right("aleppo", None)
    assert cause_compatible("shelling", "shelling")
    assert cause_compatible("execution", "attack_on_civilians")
    assert not cause_compatible("shelling", "armed_clash")
    assert not cause_compatible("explosion", None)
    assert within_tolerance(20, 18) and within_tolerance(20, 22)
    assert not within_tolerance(20, 17)
    assert within_tolerance(4, 5) and not within_tolerance(4, 6)


def test_a_file_without_the_columns_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,text\n1,Warplanes struck Idlib.\n", encoding="utf-8")
    with pytest.raises(FakesFileError, match="missing columns: article_title"):
        read_rows(wrong)
    assert commands.evaluate("fakes", str(wrong)) == 2
    error = capsys.readouterr().err
    assert "not a FA-KES CSV" in error and "Traceback" not in error


def test_a_count_that_is_not_a_number_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.csv", [("manar", "Warplanes struck Idlib.", "idlib", "", 0, 0)])
    path.write_text(path.read_text(encoding="utf-8").replace(",0,0,0,0,1", ",0,many,0,0,1"))
    with pytest.raises(FakesFileError, match="data row 0"):
        read_rows(path)


def test_a_latin1_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.csv", [("manar", "Warplanes struck Idlib.", "idlib", "", 1, 0)])
    path.write_bytes(path.read_bytes().replace(b"Idlib.", "Idlib caf\u00e9.".encode("latin-1")))
    with pytest.raises(FakesFileError, match="not UTF-8"):
        read_rows(path)
