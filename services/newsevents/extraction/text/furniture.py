"""News furniture: the parts of an article that say who wrote it, where and when it was filed,
not what happened.

Four kinds of span (``doc.furniture``), none of which is ever an event place; datelines and
credits are never actors either:

- ``dateline``: where and by whom a report was filed, at the start of a paragraph or sentence:
  "ERBIL, Kurdistan Region –", "BEIRUT (AP) —", "DAMASCUS, (SANA) –", "Beirut, May 14 (IANS)",
  "Aleppo, SANA –" (an all-caps place before a dash, or any place before an agency tag), and
  at the start of a line, after at most a time stamp, a place the gazetteer knows in capitals
  whose dash was lost with the page's markup: "Updated at Mar 12 2019 AMMAN The minister
  said …" (capitals naming no place, "ISIS fighters …", are no dateline);
- ``credit``: agency tags and bylines: "(dpa/GNA)", "(AFP)", "(presstv) - ", "Reporting by …",
  "Editing by …", "Photo: Reuters";
- ``outlet``: names of news outlets, from the actor dictionary ("SANA", "Al-Manar TV") or by
  their shape, a proper name before an outlet word ("Sama TV", "Aleppo Today News Agency"):
  "told SANA" is not Sanaa, "Al-Manar" not Mannar;
- ``date``: weekdays and months abbreviated in a date: "Mon Jul 18 2016" is no Mon State,
  "Sun, 17 Aug" no Sun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..actors.dictionary import named_actors
from ..document import Document, Furniture, FurnitureKind, Span
from ..places.gazetteer import Kind, gazetteer

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\.?"
# A date in a dateline: "May 14", "14 May", "May 14, 2024".
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# An agency tag: "(AP)", "(dpa/GNA)", "(SANA)", "(presstv)", "(Kurdistan 24)",
# "(NNN-AGENCIES)": up to three short names, whose later words may be numbers.
_TAG_NAME = r"[A-Za-z][\w.&'’-]*(?:\s[A-Z0-9][\w.&'’-]*){0,2}"
_TAG = rf"\(\s*{_TAG_NAME}(?:\s*/\s*{_TAG_NAME}){{0,2}}\s*\)"
# A dash closing a dateline; a hyphen only between spaces ("US-led" is no dateline), or
# glued to the first word after an agency's tag ("LAREDO, Tex. (KGNS) -A massacre").
_DASH = r"(?:\s*[—–:]|\s+--?(?=\s)|(?<=\))\s+-(?=[A-Z]))"
_CAPS_WORD = r"[A-Z][A-Z'’.-]{2,}"
# (at most 40 letters: a word with no end, "Abc'Def'Ghi…" for pages, would be read again from each
# capital inside it, in time growing with the square of its length)
_NAME_WORD = r"(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’.-]{0,40}"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
# Where a dateline may stand: the start of a line or of a sentence ("… Syria. (presstv) - At").
_OPENING = r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\"\s))"

# Wire agencies by their tags, wherever they stand: "… were killed (AFP)."
_WIRE_TAGS = (
    r"AP|AFP|Reuters|dpa|DPA|IANS|ANI|PTI|UPI|Xinhua|SANA|IRNA|KUNA|WAFA|MENA|QNA|SPA|WAM|"
    r"ISNA|NNA|APA|AA|Anadolu|EFE|ANSA|TASS|RIA|Sputnik|Interfax|BNA|INA|Petra|SUNA|APS|TAP|MAP"
)
_WIRE_TAG = rf"\(\s*(?:{_WIRE_TAGS})\s*\)"

# "ERBIL, Kurdistan Region –", "BEIRUT (AP) —", "DAMASCUS, (SANA) –", "GAZA CITY, May 14 -",
# "AL AQABA (Palestinian Territories) (AFP) –": a region may stand in brackets before the tag.
# Two filing places joined by a slash ("JERUSALEM/GAZA:"); a date closed by commas where the
# page lost its dash ("QUETTA, Pakistan, April 18 ,, Gunmen").
_CAPS_PLACE = rf"(?:(?:AL|EL)[ -])?{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}"
_CAPS_DATELINE = re.compile(
    rf"{_OPENING}[ \t]*{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})?(?:,\s*{_NAME})?"
    rf"(?:,?\s*{_DATE})?(?:,?\s*{_TAG}){{0,2}}(?:{_DASH}|(?<=\d)\s*,{{1,2}}(?=\s))",
    re.MULTILINE,
)
# A line's opening time stamp: "Updated at Mar 122019", "Published 14 May 2024 08:00".
_STAMP = (
    rf"(?:(?:(?:Last\s+)?[Uu]pdated|Published|Posted)(?:\s+(?:at|on))?"
    rf"(?:\s+(?:{_WEEKDAY}|{_MONTH}|\d[\d:,/.]*|AM|PM|GMT|UTC))*\s+)?"
)
# "BEIRUT A rocket hit …": capitals, then a capitalised word, at a line's opening
# (checked against the gazetteer: see _bare_datelines).
_BARE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*{_STAMP}(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})"
    rf"(?=\s+[A-Z](?:[a-z]|\s))",
    re.MULTILINE,
)
# "Beirut: At least 22 civilians …", "Gaza : Four members …", "Bamako - At least 40 …": a
# town in title case opening a line, then a colon or a spaced dash; "Saada | 28 September |":
# then the day between bars; "Gaza, (Asian independent) An …", "Bamako (UNA-OIC) – At least",
# "Aden (South24) Earlier today": then an outlet's name in brackets, in any case, after a comma
# or not, before a dash or not; "Benghazi, 6 June 2016: Five soldiers": then a comma, the day
# and a colon or a dash (each checked against the gazetteer like the bare ones).
_TITLE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    rf"(?:[ \t]?:|[ \t]+[—–-][ \t]|[ \t]*\|[ \t]*{_DATE}[ \t]*\||,[ \t]*{_DATE}[ \t]*(?::|[—–-])"
    rf"|,?[ \t]*\([ \t]*[A-Z][\w.&'’-]*(?:[ \t][\w.&'’-]+){{0,3}}[ \t]*\)(?:[ \t]*[—–-])?)"
    rf"(?=[ \t]*[A-Z])",
    re.MULTILINE,
)
# A byline before the place it was filed from, opening a line (forty-fifth round): "By Staff
# Reporter | Maiduguri — Boko Haram insurgents ...", "By Ahmed Musa, Maiduguri - Gunmen ...".
_BYLINE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:By|From)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
    rf"[ \t]*[|,][ \t]*(?P<place>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"[ \t]*(?::|[—–-])(?=[ \t]*[A-Z])",
    re.MULTILINE,
)
# "Beirut, May 14 (IANS)", "Damascus, (SANA) –", "Idlib (AFP) -": a place, then a date and a
# tag, a comma and a tag, or a wire agency's tag ("The Syrian Democratic Forces (SDF)" is none).
# The country may follow the place in square brackets ("Kabul [Afghanistan], May 4 (ANI):").
_TAGGED_DATELINE = re.compile(
    rf"{_OPENING}[ \t]*{_NAME}(?:,\s*{_NAME}|\s*\[\s*{_NAME}\s*\])?"
    rf"(?:,?\s*{_DATE},?\s*{_TAG}|,\s*{_TAG}|\s*{_WIRE_TAG}){_DASH}?",
    re.MULTILINE,
)
# A dateline of a date alone, its outlet in brackets, before a dash or a rule of underscores:
# "December 6 (Yemen Daily) ___ Clashes …", "14 May (Sahel Post) – ": the day the report was
# filed, not the day of what it tells.
_DATE_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*{_DATE},?\s*{_TAG}(?:{_DASH}|\s*_{{2,}})", re.MULTILINE
)
# A wire agency glued to its dash, after the place: "Aleppo SANA-Terrorists fired …",
# "Damascus, SANA –".
_WIRE_DATELINE = re.compile(rf"\b{_NAME},?\s+(?:{_WIRE_TAGS})\s*[—–-]")
# The agency first, then the place and its country: "APA – Bamako (Mali) – At least …"
# (the place checked against the gazetteer: see _bare_datelines).
_AGENCY_FIRST_DATELINE = re.compile(
    rf"{_OPENING}[ \t]*(?:{_WIRE_TAGS})\s*[—–]\s*(?P<place>{_NAME})(?:\s*\(\s*{_NAME}\s*\))?"
    rf"(?={_DASH})",
    re.MULTILINE,
)
# "(presstv) - At least …", "(AFP) — ": a tag alone opening a sentence, before a dash.
_TAG_OPENING = re.compile(rf"{_OPENING}[ \t]*{_TAG}{_DASH}", re.MULTILINE)
# A list naming a wire agency is a credit: "(dpa/GNA)", "(AFP/Getty)"; "(ISIS/ISIL)" is none.
_TAG_LIST = re.compile(rf"\(\s*(?:{_TAG_NAME}\s*/\s*)*(?:{_WIRE_TAGS})(?:\s*/\s*{_TAG_NAME})*\s*\)")
_WIRE = re.compile(_WIRE_TAG)
# Bylines run to the end of their line or sentence: "Reporting by A; Editing by B".
_BYLINE = re.compile(
    r"\b(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|Edited|Written|Compiled)"
    r"\s+by\s+[A-Z][^\n.)]*"
)
# "Photo: Reuters/Omar Sanadiki", "(File photo: AFP)": the credited names after the colon.
_PHOTO = re.compile(
    r"\b(?:[Ff]ile\s+)?(?:Photo|Picture|Image|Photograph|photo)s?(?:\s+credit)?\s*:\s*"
    rf"{_NAME}(?:\s*/\s*{_NAME})*"
)
# An outlet by its shape: a proper name before an outlet word ("Sama TV", "Orient News").
_OUTLET_SHAPE = re.compile(
    rf"\b{_NAME}\s+(?:TV|Television|Channel|Radio|FM|News\s+Agency|News\s+Network|News|"
    r"Agency|Network|Media\s+Cent(?:er|re)|Media\s+Office|Press)\b(?!\s+[A-Z])"
)
# A source's own outlet after the dash of a dateline: "Aleppo SANA-Terrorists shelled …".
_OUTLET_DASH = r"\s*(?:[—–-])"
_DATE_WORDS = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
    rf"|\b{_WEEKDAY},?\s+\d{{1,2}}/\d{{1,2}}"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+\d{{4}}\b"
)


# The patterns that open a line or a sentence (_OPENING, or a line's opening alone): tried only
# where one opens, not at every character of the text (their lookbehinds, tried at each of
# thousands of characters, cost more than the rest of their search).
_AT_OPENINGS = (
    _CAPS_DATELINE,
    _TAGGED_DATELINE,
    _DATE_DATELINE,
    _TAG_OPENING,
    _BARE_DATELINE,
    _TITLE_DATELINE,
    _AGENCY_FIRST_DATELINE,
    _BYLINE_DATELINE,
)
# The whitespace after which a line or a sentence opens: the places of _OPENING but the text's
# start (a line's opening is among them).
_OPENS = re.compile(r"\s(?:(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\"\s))")


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, as a list; one of _AT_OPENINGS is matched at each opening in
    turn (the same matches: each starts at an opening and holds a character at least)."""
    if not any(pattern is opening for opening in _AT_OPENINGS):  # (by identity: see prefilter)
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for opening in _openings(text):
        if opening < end:
            continue  # inside the match before (finditer goes on after it)
        match = pattern.match(text, opening)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


@lru_cache(maxsize=2)
def _openings(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _OPENS.finditer(text)))


def find_furniture(doc: Document) -> None:
    """Fill ``doc.furniture``: datelines, credits, outlets and dates, sorted by start; a span
    inside a longer one of another kind is kept (an outlet inside a dateline)."""
    text = doc.text
    found: list[Furniture] = []
    found += _spans(
        text,
        "dateline",
        (_CAPS_DATELINE, _TAGGED_DATELINE, _WIRE_DATELINE, _DATE_DATELINE, _BYLINE_DATELINE),
    )
    found += _bare_datelines(text)
    found += _spans(text, "credit", (_TAG_OPENING, _TAG_LIST, _WIRE, _BYLINE, _PHOTO))
    outlets = _outlets(text)
    found += outlets
    found += _outlet_datelines(text, outlets)
    found += _spans(text, "date", (_DATE_WORDS,))
    doc.furniture = sorted(_distinct(found), key=lambda f: (f.span.start, -f.span.end))


def _spans(text: str, kind: FurnitureKind, patterns: Iterable[re.Pattern[str]]) -> list[Furniture]:
    found = []
    for pattern in patterns:
        for match in _matches(pattern, text):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                found.append(Furniture(Span(start, end), text[start:end], kind))
    return found


_FILED_IN = frozenset({Kind.GEONAMES, Kind.SUPPLEMENT})  # a dateline names a town


def _bare_datelines(text: str) -> list[Furniture]:
    """Capitals at a line's opening that name a place the gazetteer knows, not an actor:
    "BEIRUT A rocket hit" (the dateline's dash lost), not "ISIS fighters stormed"; and a town
    before a colon or a dash there ("Beirut: At least 22 civilians …", "Bamako - At least"),
    before its day between bars or its outlet in brackets; and one after its agency: "APA –
    Bamako (Mali) –"."""
    found = []
    for match in (
        *_matches(_BARE_DATELINE, text),
        *_matches(_TITLE_DATELINE, text),
        *_matches(_AGENCY_FIRST_DATELINE, text),
    ):
        start, end = match.span("place")
        name = match.group("place")
        if any(True for _ in named_actors(name)):
            continue
        if any(place.kind in _FILED_IN for place in gazetteer().search(name.title())):
            found.append(Furniture(Span(start, end), name, "dateline"))
    return found


def _outlets(text: str) -> list[Furniture]:
    """Outlets of the actor dictionary ("SANA", "Al-Manar TV"), and names before an outlet word
    ("Sama TV")."""
    found = [
        Furniture(Span(match.start(), match.end()), match.group(), "outlet")
        for match, entry in named_actors(text)
        if entry.kind == "media" and _reads_as_outlet(text, match.start(), match.end())
    ]
    found += [
        Furniture(Span(match.start(), match.end()), match.group(), "outlet")
        for match in _OUTLET_SHAPE.finditer(text)
        if not _tribal_agency(text, match)
    ]
    return found


# A bare "Agency" told as where ("in Orakzai Agency", "across the Khyber Agency"): one of
# Pakistan's tribal agencies (districts since 2018), not an outlet ("Anadolu Agency reported").
# Also a part of it, "the Bara area of Khyber Agency", "Jamrud tehsil of the Khyber Agency".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|across|into|from|throughout|inside|"
    r"(?:areas?|tehsils?|towns?|villages?|region|parts?|valley|outskirts|subdivision)\s+of)"
    r"\s+(?:the\s+)?$"
)


def _tribal_agency(text: str, match: re.Match[str]) -> bool:
    return (
        match.group().endswith("Agency")
        and not match.group().endswith("News Agency")
        and _WHERE_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
    )


# Words around an outlet's name that make it the outlet, not its namesake town: "Al-Mayadeen
# reported", "told al-Mayadeen", "the Al-Mayadeen channel" (but "in al-Mayadeen" is the town).
_OUTLET_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:TV|[Tt]elevision|[Cc]hannel|[Rr]eporters?|[Cc]orrespondents?|[Rr]eported|"
    r"[Rr]eports|[Ss]aid|[Ss]ays|[Qq]uoted|[Nn]ews|[Ww]ebsite|[Bb]roadcaster|[Nn]ewspaper|[Dd]aily)\b"
)
_OUTLET_BEFORE = re.compile(r"\b(?:told|[Aa]ccording\s+to|quoted\s+by|via|[Tt]he)\s+$")
_OUTLET_WORD = re.compile(r"\b(?:TV|News|Agency|Press|FM|Radio|Online|Times)\b")


def _reads_as_outlet(text: str, start: int, end: int) -> bool:
    """A dictionary outlet's name is the outlet when it is an acronym ("SANA"), names itself
    one ("Al-Manar TV") or stands where outlets do ("told al-Mayadeen"); else it may be the
    town it is named after ("in al-Mayadeen")."""
    name = text[start:end]
    return (
        name.isupper()
        or _OUTLET_WORD.search(name) is not None
        or _OUTLET_AFTER.match(text, end) is not None
        or _OUTLET_BEFORE.search(text[max(0, start - 20) : start]) is not None
    )


def _outlet_datelines(text: str, outlets: list[Furniture]) -> list[Furniture]:
    """An outlet right before a dash closes a dateline; the name just before it is where the
    report was filed: "Damascus, SANA –", "Aleppo SANA-Terrorist organizations fired …"."""
    found = []
    for outlet in outlets:
        if not re.match(_OUTLET_DASH, text[outlet.span.end : outlet.span.end + 3]):
            continue
        before = re.search(
            rf"{_NAME},?\s*$", text[max(0, outlet.span.start - 60) : outlet.span.start]
        )
        start = outlet.span.start - len(before.group()) if before else outlet.span.start
        dash = re.match(_OUTLET_DASH, text[outlet.span.end :])
        end = outlet.span.end + (dash.end() if dash else 0)
        found.append(Furniture(Span(start, end), text[start:end], "dateline"))
    return found


def _distinct(found: list[Furniture]) -> list[Furniture]:
    seen: set[tuple[int, int, str]] = set()
    kept = []
    for item in found:
        key = (item.span.start, item.span.end, item.kind)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def inside(span: Span, furniture: list[Furniture], kinds: frozenset[FurnitureKind]) -> bool:
    """Whether ``span`` lies within furniture of one of ``kinds``."""
    return any(f.kind in kinds and f.span.contains(span) for f in furniture)
