"""The gazetteer: its data agree with each other, its cache, the tools that build its data."""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
from importlib import resources
from pathlib import Path

import pytest

from newsevents.extraction.places.gazetteer import admin1_spellings, gazetteer
from newsevents.extraction.places.shared.keys import name_key
from tests.unit.extraction.places.helpers import places_in


def test_gazetteer_is_built_once_and_searchable() -> None:
    """The cached gazetteer finds a place under any spelling."""
    assert gazetteer() is gazetteer()
    assert name_key("Deir Ezzor") == name_key("Dayr az Zur") == name_key("Deir al-Zour")
    assert "SY" in {p.country_code for p in gazetteer().search("Boukamal")}


def test_supplement_admin1_names_agree_with_admin1_table() -> None:
    """Every supplement row names an admin1 region that exists in admin1.tsv."""
    data = resources.files("newsevents.extraction").joinpath("data")
    table = set(admin1_spellings())
    for line in data.joinpath("places_supplement.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _, feature, country, admin1, *_ = line.split("\t")
        if admin1:
            assert (country, admin1) in table, (name, country, admin1)
        if feature == "admin1":
            assert admin1 == name


def test_admin1_names_are_current_english_names_with_old_ones_as_alternates() -> None:
    """France's 2016 regions, Morocco's 2015 regions, English governorate names; the old
    GeoNames spelling still finds the region."""
    (strasbourg,) = places_in("Farmers blocked a road in Strasbourg.")
    assert strasbourg.admin1 == "Grand Est"
    (casablanca,) = places_in("Teachers marched in Casablanca.")
    assert casablanca.admin1 == "Casablanca-Settat"
    sfax = places_in("Workers went on strike in Sfax, Tunisia.")[0]
    assert (sfax.name, sfax.admin1) == ("Sfax", "Sfax")
    old = [
        p for p in places_in("Troops were sent to Shamal Sina', Egypt.") if p.country_code == "EG"
    ]
    assert [p.admin1 for p in old if p.precision == "admin1"] == ["North Sinai"]


def test_actor_areas_are_admin1_regions_of_the_actors_country() -> None:
    from newsevents.extraction.actors.find import default_matcher

    regions = set(admin1_spellings())
    entries = [e for e in default_matcher().entries if e.areas]
    assert len(entries) >= 10
    for entry in entries:
        for area in entry.areas:
            assert (entry.country_code, area) in regions, (entry.name, area)


def test_district_units_name_admin1_regions_that_exist() -> None:
    """admin_units.tsv.gz is built after admin1.tsv: every unit's region is one of its names."""
    import gzip

    regions = set(admin1_spellings())
    data = resources.files("newsevents.extraction").joinpath("data/admin_units.tsv.gz")
    rows = [
        line.split("\t")
        for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    stale = [(name, country, admin1) for name, country, admin1, *_ in rows if admin1]
    stale = [row for row in stale if (row[1], row[2]) not in regions]
    assert len(rows) > 50_000 and not stale, stale[:5]


def test_provinces_fill_a_whole_level_inside_their_regions() -> None:
    """provinces.tsv (tools/build_provinces.py) gives every province of Burkina Faso (45) and of
    the Philippines (80 or so) inside a region of admin1.tsv, near that region's towns."""
    regions = set(admin1_spellings())
    data = resources.files("newsevents.extraction").joinpath("data/provinces.tsv")
    rows = [
        line.split("\t")
        for line in data.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    by_country = {c: [r for r in rows if r[1] == c] for c in ("BF", "PH")}
    assert len(by_country["BF"]) == 45 and len(by_country["PH"]) >= 75
    assert all((country, admin1) in regions for _, country, admin1, *_ in rows)
    assert all(9 < float(r[3]) < 16 and -6 < float(r[4]) < 3 for r in by_country["BF"])
    assert all(4 < float(r[3]) < 22 and 116 < float(r[4]) < 127 for r in by_country["PH"])
    found = {(p.name, p.admin1) for p in gazetteer().search("Negros Occidental")}
    assert ("Negros Occidental", "Western Visayas") in found


def test_boundary_sets_whose_points_miss_their_names_are_dropped(tmp_path: Path) -> None:
    """build_admin_units.py drops a boundary set whose points do not sit at their names."""
    script = Path(__file__).resolve().parents[5] / "tools" / "build_admin_units.py"
    spec = importlib.util.spec_from_file_location("build_admin_units", str(script))
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    towns = {
        f"Town{c}{d}": (10.0 + i, 20.0 + i)
        for i, (c, d) in enumerate(itertools.product("ABCD", "XYZ"))
    }
    cities = {
        name: {"name": name, "latitude": lat, "longitude": lon}
        for name, (lat, lon) in towns.items()
    }
    lines = ["name,shape_id,lon,lat,admin1,admin2"]
    for n, (name, (lat, lon)) in enumerate(towns.items()):
        lines.append(f"{name},111B{n},{lon + 0.05},{lat},Sound,Sound")  # 5 km off: sound
        lines.append(f"{name},222B{n},{lon + 2.0},{lat},Shuffled,Shuffled")  # 200 km off
    path = tmp_path / "units.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert build.misplaced_sets(path, cities) == {"222"}


def test_a_unit_takes_its_boundary_sets_country_across_a_border() -> None:
    """A unit whose point lies nearer a town across the border keeps its own set's country
    when a town of that country lies near too (twenty-seventh round): Bangladesh's upazilas
    along India's border are Bangladesh's, not India's."""
    script = Path(__file__).resolve().parents[5] / "tools" / "build_admin_units.py"
    spec = importlib.util.spec_from_file_location("build_admin_units", str(script))
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    grid = {
        (10, 20): [
            (10.50, 20.50, "AA", "North", "abtown"),  # 2 km from the unit below
            (10.50, 20.70, "BB", "East", "bbtown"),  # 20 km
        ]
    }
    nearest, by_country, same_town = build._nearest_towns(grid, 10.5, 20.52, "border")
    assert nearest == "AA" and set(by_country) == {"AA", "BB"} and not same_town
    assert by_country["BB"][1] == "East"
    for name in ("Hatibandha", "Patgram", "Kulaura"):
        units = [p for p in gazetteer().search(name) if p.feature == "district"]
        assert units and all(p.country_code == "BD" for p in units), name


def test_the_gazetteer_cache_key_digests_every_place_module() -> None:
    """An edit to any module of places/, its gazetteer/ subpackage included, rebuilds the
    cached gazetteer: the digest reads every module, in sorted relative-path order."""
    from newsevents.extraction import places
    from newsevents.extraction.places import gazetteer as module

    package = Path(places.__file__).parent
    on_disk = [
        (Path(folder) / name).relative_to(package).as_posix()
        for folder, _, names in os.walk(package)
        for name in names
        if name.endswith(".py")
    ]
    digested = [path.relative_to(package).as_posix() for path in module._digested_modules()]
    assert digested == sorted(on_disk)
    assert {
        "__init__.py",
        "find.py",
        "shared/keys.py",
        "reading/surface.py",
        "choosing/choose.py",
        "gazetteer/__init__.py",
        "gazetteer/build.py",
        "gazetteer/compact.py",
        "gazetteer/geonames_dump.py",
        "gazetteer/place.py",
        "gazetteer/sources.py",
    } <= set(digested)


def test_an_edit_to_a_module_of_the_subpackage_is_a_new_index_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index file's name changes with the source of a gazetteer/ module, and with a module
    moved to another folder (same source, another path)."""
    from newsevents.extraction import places
    from newsevents.extraction.places import gazetteer as module

    copy = tmp_path / "places"
    shutil.copytree(
        Path(places.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    monkeypatch.setattr(module, "_PLACES_PACKAGE", copy)
    first = module._cache_name(None)
    assert module._cache_name(None) == first  # the same sources, the same file
    build = copy / "gazetteer" / "build.py"
    build.write_text(build.read_text("utf-8") + "# an edit\n", "utf-8")
    edited = module._cache_name(None)
    assert edited != first
    (copy / "gazetteer" / "build.py").rename(copy / "build.py")
    assert module._cache_name(None) not in {first, edited}
