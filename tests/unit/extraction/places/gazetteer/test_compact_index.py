"""The gazetteer's index file: it answers as the tables it was written from, it is shared by
mapping, and an unsound or concurrent cache is built once and replaced."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

from newsevents.extraction.places import gazetteer as gazetteer_module
from newsevents.extraction.places.gazetteer import Kind, Place, gazetteer
from newsevents.extraction.places.gazetteer.compact import (
    BadIndex,
    Gazetteer,
    PlaceTable,
    Tables,
    encode,
    open_index,
)

_PLACES = [
    Place("Albu Kamal", "SY", "Deir ez-Zor", 34.45226, 40.91854, 57572, "city", "town",
          Kind.GEONAMES, 174448),
    Place("Deir ez-Zor", "SY", "Deir ez-Zor", 35.05, 40.35, 1_000_000, "admin1", "admin1",
          Kind.ADMIN1, 0, curated=True),
    Place("São Tomé", "ST", "", 0.33654, 6.72732, 53300, "city", "town", Kind.GEONAMES, 2410763),
    Place("Syria", "SY", "", 35.0, 38.0, 16_906_283, "demonym", "country", Kind.DEMONYM,
          163843, curated=True),
    Place("Lima", "PE", "Lima", -12.04318, -77.02824, 7_737_002, "city", "town",
          Kind.GEONAMES, 3936456),
]  # fmt: skip
_INDEX: dict[str, int | tuple[int, ...]] = {
    "albukamal": 0,
    "~albukamal": 0,
    "boukamal": 0,
    "deirzor": (1, 0),
    "~dayrzur": (1, 0),
    "saotome": 2,
    "syrian": 3,
    "lima": 4,
}


def _tables() -> Tables:
    return Tables(list(_PLACES), dict(_INDEX))


def test_the_index_answers_as_the_tables_it_was_written_from() -> None:
    """Every key gives its places (names, countries, admin1, coordinates, kinds, flags) and
    an unknown key none."""
    index = Gazetteer(encode(_tables()))
    assert len(index) == len(_PLACES)
    assert list(index.places) == _PLACES
    assert [index.places[n] for n in range(len(_PLACES))] == _PLACES
    assert index.places[-1] == _PLACES[-1] and index.places[1:3] == _PLACES[1:3]
    with pytest.raises(IndexError):
        index.places[len(_PLACES)]
    for key, ids in _INDEX.items():
        assert index.lookup(key) == ((ids,) if isinstance(ids, int) else ids), key
    assert index.lookup("damascus") == () and index.lookup("") == ()
    (kamal,) = index.search("Boukamal")
    assert (kamal.country_code, kamal.admin1) == ("SY", "Deir ez-Zor")
    assert (kamal.latitude, kamal.longitude) == (34.45226, 40.91854)
    assert type(kamal.kind) is Kind and index.places[1].curated is True
    assert [p.name for p in index.search("Deir Ezzor")] == ["Deir ez-Zor", "Albu Kamal"]
    assert index.tables() == _tables()


def test_the_embedded_gazetteer_is_a_mapped_index_that_finds_places() -> None:
    """The service's gazetteer is mapped from its file (shared by the workers), with the
    places it had as objects."""
    gaz = gazetteer()
    assert isinstance(gaz.places, PlaceTable) and len(gaz) > 300_000
    (kamal,) = gaz.search("Albu Kamal")
    assert (kamal.country_code, kamal.admin1, kamal.geonames_id) == ("SY", "Deir ez-Zor", 174448)
    assert (kamal.latitude, kamal.longitude, kamal.kind) == (34.45226, 40.91854, Kind.GEONAMES)
    regions = [p for p in gaz.search("Dayr az Zawr") if p.kind == Kind.ADMIN1]
    assert [(p.name, p.country_code, p.curated) for p in regions] == [("Deir ez-Zor", "SY", True)]
    assert {p.kind for p in gaz.search("Syrian")} == {Kind.DEMONYM}


def _write(path: Path) -> Tables:
    gazetteer_module.save(_tables(), path)
    return _tables()


def _unsound_files(path: Path) -> dict[str, bytes]:
    sound = encode(_tables())
    flipped = bytearray(sound)
    flipped[len(sound) // 2] ^= 0xFF
    other_format = bytearray(sound)
    other_format[8] += 1  # the format number, after the magic
    return {
        "empty": b"",
        "truncated": sound[: len(sound) // 2],
        "a flipped byte": bytes(flipped),
        "another format": bytes(other_format),
        "not an index": b"\x80\x04\x95 a pickle of an older version" * 10,
    }


@pytest.mark.parametrize("damage", list(_unsound_files(Path())))
def test_an_unsound_index_file_is_rebuilt(tmp_path: Path, damage: str) -> None:
    """A cut, changed or older file is not used: it is built again and replaced."""
    path = tmp_path / "gazetteer-test.idx"
    path.write_bytes(_unsound_files(path)[damage])
    with pytest.raises(BadIndex):
        open_index(path)
    builds: list[int] = []

    def build() -> Tables:
        builds.append(1)
        return _tables()

    rebuilt = gazetteer_module._cached(path.name, [tmp_path], build)
    assert builds == [1]
    assert rebuilt.lookup("boukamal") == (0,) and list(rebuilt.places) == _PLACES
    assert path.read_bytes() == encode(_tables())
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_sound_index_file_is_mapped_not_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer-test.idx"
    _write(path)

    def build() -> Tables:
        raise AssertionError("rebuilt a sound index")

    assert gazetteer_module._cached(path.name, [tmp_path], build).lookup("lima") == (4,)


def test_a_read_only_folder_falls_back_to_the_next(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    cache = tmp_path / "cache"
    found = gazetteer_module._cached("gazetteer-test.idx", [blocked, cache], _tables)
    assert found.lookup("saotome") == (2,)
    assert (cache / "gazetteer-test.idx").read_bytes() == encode(_tables())


def test_the_index_name_changes_with_the_import_manifest(tmp_path: Path) -> None:
    """An import re-done (a new manifest) is a new index file, never the old one."""
    (tmp_path / "manifest.json").write_text('{"files": ["SY.zip"]}')
    first = gazetteer_module._cache_name(tmp_path)
    (tmp_path / "manifest.json").write_text('{"files": ["SY.zip", "IQ.zip"]}')
    assert gazetteer_module._cache_name(tmp_path) != first
    assert first != gazetteer_module._cache_name(None) and first.endswith(".idx")


_STARTERS = 4


def _slow_build(folder: Path) -> Tables:
    """Waits until every starter is under way, so that their builds would overlap."""
    with (folder / "builds").open("a") as builds:
        builds.write("build\n")
    deadline = time.monotonic() + 60
    while len(list(folder.glob("started-*"))) < _STARTERS and time.monotonic() < deadline:
        time.sleep(0.01)
    return _tables()


def _start(folder: Path, number: int) -> None:
    (folder / f"started-{number}").touch()
    found = gazetteer_module._cached("gazetteer-test.idx", [folder], lambda: _slow_build(folder))
    (folder / f"found-{number}").write_text(repr(found.lookup("deirzor")))


def test_processes_starting_together_build_the_index_once(tmp_path: Path) -> None:
    """The service's workers start at once: one builds, the others wait and map its file."""
    context = multiprocessing.get_context("spawn")
    starters = [context.Process(target=_start, args=(tmp_path, n)) for n in range(_STARTERS)]
    for process in starters:
        process.start()
    for process in starters:
        # A safety cap, not a clock: on a busy machine four spawned interpreters can take
        # minutes to import the package (a run at load 17 overran two minutes).
        process.join(900)
    assert [process.exitcode for process in starters] == [0] * _STARTERS
    assert (tmp_path / "builds").read_text() == "build\n"
    answers = {(tmp_path / f"found-{n}").read_text() for n in range(_STARTERS)}
    assert answers == {"(1, 0)"}
    assert sorted(p.name for p in tmp_path.glob("gazetteer-*")) == ["gazetteer-test.idx"]
