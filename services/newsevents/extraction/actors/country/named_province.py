"""The one province a placeless note names, inside another name or as a modifier.

A short note that names no place the geoparser takes often still names its province, though
not as a place: inside the name of a union, party or institution ("the Karnataka farmers' sangha
held a dharna", "the Tamil Nadu road workers' association", "a teachers' sangh of Haryana"), or
as the modifier of a body ("Kisumu county workers", "the Punjab government"). Conflict monitors
code such a note in that province, at its seat (ACLED's geo-precision 3), and so does this
reading: when the country the note is about is known, and the note names exactly one
first-level unit of that country, the note's place is that unit. Two provinces named
("farmers of Tamil Nadu protested against the Kerala police") tell no one place, and nothing
is read.

Two kinds of capitalised words spell a province without naming it (review48): a bearing
("Central", "North", "Eastern", "Far North": "the Central Bank", "South African traders", a
sentence opening "North of the town"), read as a province only with a unit's noun after it
("Central Provincial Councillor"); and a person's name ("Farah Ahmadi said", "Mr Kogi
said", "Vladimir said"): a spelling after an honorific, or before a statement verb with at most
one more capitalised word between that is no body's noun ("Punjab Police said" stays Punjab's).
"""

from __future__ import annotations

import re
from functools import cache

from ...document import PlaceMention, Span
from ...places.gazetteer import Kind, admin1_spellings, gazetteer
from ...vocabulary import REPORTING_VERBS

# Spellings shorter than this are initials or fragments ("UP"), not names read in a text.
_MIN_LETTERS = 4
# Words that only say where within a country: a spelling made of them alone is a bearing.
_BEARINGS = frozenset(
    "north south east west northern southern eastern western central centre center middle "
    "upper lower far mid nord sud est ouest extreme extrême".split()
)
# ... read as a province only with its noun: "Central Provincial Councillor", "North Region".
_UNIT_AFTER = re.compile(r"\s+(?:Provinc\w*|Region\w*|Division\w*|State|Zone)\b")
# A name told as a person's: after an honorific, or before a statement verb (one more
# capitalised word between, not a body's noun: "Punjab Police said").
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sheikh|Gen|Col|Capt|Hon)\.?\s+$")
_SPEAKS_AFTER = re.compile(
    r"(?:\s+(?!(?:Police|Government|Assembly|Council|County|State|Province|Division|District|"
    r"Chapter|Branch|Unit|Union|Wing|Command)\b)[A-Z][a-z]+)?,?\s+"
    rf"(?:{REPORTING_VERBS})\b"
)


@cache
def _spellings_of(code: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of every spelling of country ``code``'s provinces (capitalised, whole
    words) and each spelling's province name."""
    names: dict[str, str] = {}
    for (country, name), spellings in admin1_spellings().items():
        if country != code:
            continue
        for spelling in spellings:
            if len(spelling) >= _MIN_LETTERS and spelling[0].isupper():
                names.setdefault(spelling, name)
    if not names:
        return None, names
    alternation = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


def named_province(text: str, code: str) -> PlaceMention | None:
    """The province of country ``code`` that ``text`` names, when it names exactly one."""
    pattern, names = _spellings_of(code)
    if pattern is None:
        return None
    found = [
        (match, names[match.group()])
        for match in pattern.finditer(text)
        if not _told_as_person(text, match) and not _bare_bearing(text, match)
    ]
    if not found or len({name for _, name in found}) != 1:
        return None
    match, name = found[0]
    region = next(
        (
            p
            for p in gazetteer().search(name)
            if p.kind == Kind.ADMIN1 and p.country_code == code and p.name == name
        ),
        None,
    )
    if region is None:
        return None
    return PlaceMention(
        span=Span(match.start(), match.end()),
        text=match.group(),
        name=region.name,
        country_code=code,
        admin1=region.name,
        latitude=region.latitude,
        longitude=region.longitude,
        precision="admin1",
        feature=region.feature,
        geonames_id=region.geonames_id or None,
    )


def _bare_bearing(text: str, match: re.Match[str]) -> bool:
    """Whether the spelling at ``match`` is a bearing ("the Central Bank", "North of the
    town") told without a unit's noun after it."""
    return (
        set(re.split(r"[\s-]+", match.group().lower())) <= _BEARINGS
        and _UNIT_AFTER.match(text, match.end()) is None
    )


def _told_as_person(text: str, match: re.Match[str]) -> bool:
    """Whether the spelling at ``match`` is a person's name: "Mr Kogi", "Farah Ahmadi said"."""
    return (
        _HONORIFIC.search(text, max(0, match.start() - 10), match.start()) is not None
        or _SPEAKS_AFTER.match(text, match.end()) is not None
    )
