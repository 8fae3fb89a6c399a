"""Build country_points.tsv: one representative point per country.

Run (maintainers only; countryinfo is not a runtime dependency):
    .venv/bin/pip install countryinfo==1.0.1
    .venv/bin/python services/newsevents/extraction/data/build_country_points.py

Source: the "latlng" field of the PyPI package countryinfo 1.0.1 (MIT; REST Countries / CIA
World Factbook data), rounded as given. A bare country name in news is geocoded to this point.
HAND_WRITTEN points (general knowledge, not copied from any data set) replace a countryinfo point
that is only a coarse rounding of a well-known centre.
"""

from __future__ import annotations

import json
from pathlib import Path

import countryinfo  # type: ignore[import-not-found]

HEADER = """\
# country_points.tsv -- one representative point per country, for a bare country name.
#
# Columns: ISO 3166-1 alpha-2 code, latitude, longitude, source.
# Source: the "latlng" field of the PyPI package countryinfo 1.0.1 (MIT; from the REST Countries
# and CIA World Factbook data), built by build_country_points.py in this folder.
# Rows marked "hand" are general knowledge: the United States at the geographic centre of the
# contiguous states (near Lebanon, Kansas), which countryinfo rounds to 38, -97.
# Countries absent here keep the population-weighted mean of their cities (places.py).
"""

# code -> (lat, lon): general knowledge that refines countryinfo's coarse point.
HAND_WRITTEN: dict[str, tuple[float, float]] = {
    "US": (39.83, -98.58),  # geographic centre of the contiguous United States
}


def main() -> None:
    folder = Path(countryinfo.__file__).parent / "data"
    rows: dict[str, tuple[float, float]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        latlng = data.get("latlng") or []
        if code and len(latlng) == 2:
            rows[code.upper()] = (float(latlng[0]), float(latlng[1]))
    lines = [
        f"{code}\t{lat:g}\t{lon:g}\t" + ("hand" if code in HAND_WRITTEN else "countryinfo")
        for code, (lat, lon) in sorted({**rows, **HAND_WRITTEN}.items())
    ]
    target = Path(__file__).with_name("country_points.tsv")
    target.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
