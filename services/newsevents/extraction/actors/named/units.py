"""Named armed units the dictionary lacks, read from their shape: proper words or an ordinal
followed by a unit noun ("the 47th Regiment", "“Al-Sheikh” Brigade"). A unit wins over the
shorter names it contains; a unit shape that only adds a place, a day or an opening word to a
known actor ("Idleb Syrian Army") adds nothing; a unit named by its branch belongs to the state
or the actor named with it ("the Air Force of the Libyan National Army").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ...document import ActorMention, Document, PlaceMention, Span
from ...text.numbers import NUMBER_WORDS
from ...vocabulary import NAME_ARTICLES
from ..dictionary import NOT_A_NAME
from ..relabel import Nearby
from ..unnamed.country_words import country_word
from ..unnamed.unit_forces import branch_unit, country_unit, service_unit

UNIT_NOUNS = (
    "Regiment|Brigade|Brigades|Division|Battalion|Battalions|Forces|Force|Army|Front|Corps|"
    "Scouts|Militia|Movement|Units|Guards|Legion|Squadron"
)
# A name word starts a word and is read whole (possessive): "AlBuKamalAlBuKamal..." without
# spaces would otherwise be tried from each capital and read back letter by letter.
NAME_WORD = rf"(?<![\w’'])(?:(?:{'|'.join(NAME_ARTICLES)})-)?[A-Z][\w’'-]*+"
_NAMED_UNIT = re.compile(
    rf"""(?:[“"](?P<quoted>[^”"]{{2,40}})[”"]\s+(?P<qnoun>{UNIT_NOUNS})\b)
    |(?P<named>(?:{NAME_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:\s+{NAME_WORD}){{0,4}}\s+(?:{UNIT_NOUNS})\b)""",
    re.VERBOSE,
)


def add_named_units(doc: Document, found: list[ActorMention], country: str | None) -> None:
    """Units the dictionary lacks, which win over the shorter names they contain: "the 47th
    Regiment", "“Al-Sheikh” Brigade". (The matches do not overlap one another: a unit added
    never holds the next one, so only the mentions found before are looked up.)"""
    nearby = Nearby(found)
    places = _Places(doc.places)
    added: list[ActorMention] = []
    for match in _NAMED_UNIT.finditer(doc.text):
        start, end = match.span()
        surface = match.group()
        if match.group("named"):
            surface = _strip_leading_article(surface)
            start = end - len(surface)
            if _admin_division(doc.text, start, surface):
                continue
        span = Span(start, end)
        near = [found[i] for i in nearby.near(span)]
        if any(m.span.contains(span) for m in near) or _adds_nothing(doc, near, places, span):
            continue
        if " " not in surface and branch_unit(surface, country) is None:
            continue  # ("Others Army": no name left before the unit noun)
        nearby.removed.update(i for i in nearby.near(span) if span.contains(found[i].span))
        # ("the Air Force of the Libyan National Army": the actor it belongs to)
        state = (
            country_unit(surface)
            or _owner(doc, found, span)
            or branch_unit(surface, country)
            or service_unit(surface, country)
        )
        if state is not None:
            added.append(replace(state, span=span, text=surface))
            continue
        added.append(ActorMention(span, surface, _unit_name(surface), "militia", country))
    nearby.rebuild(added)


_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")


def _owner(doc: Document, found: list[ActorMention], span: Span) -> ActorMention | None:
    """The actor a unit named by its branch only belongs to, named right after it: "the Air
    Force of the Libyan National Army"."""
    if branch_unit(doc.text[span.start : span.end], None) is None:
        return None
    of = _OF_OWNER.match(doc.text, span.end)
    owner = of and next((m for m in found if m.span.start == of.end()), None)
    return owner if owner is not None and owner.kind not in ("person", "civilians") else None


class _Places:
    """The article's places (sorted by start, not overlapping) and the names it gives them."""

    def __init__(self, places: list[PlaceMention]) -> None:
        self.places = places
        self.names = {p.text for p in places}
        self._starts = [p.span.start for p in places]

    def overlap(self, span: Span) -> bool:
        """Whether a place overlaps ``span``: the last place starting at or before it, or the
        next one (if that one does not, no later one does)."""
        index = bisect_right(self._starts, span.start) - 1
        return any(p.span.overlaps(span) for p in self.places[max(0, index) : index + 2])


_UNIT_WORD = re.compile(rf"(?:{UNIT_NOUNS}|Units?|Troops)$")


def _adds_nothing(doc: Document, near: list[ActorMention], places: _Places, span: Span) -> bool:
    """A unit shape around a known actor that adds only a place, a day or an opening word
    ("Idleb Syrian Army", "Saturday Syrian Army", "Also Syrian Armed Forces") or a unit noun
    ("Syrian Army Units"), or that is only a place before a unit noun ("Daraa Army units")."""
    words = list(re.finditer(r"\S+", doc.text[span.start : span.end]))
    known = [m for m in near if span.contains(m.span)]
    extra = [w for w in words if not any(m.span.contains(_at(span, w)) for m in known)]

    # A word the article names a place with elsewhere is that place ("Hama Army units").
    def filler(word: re.Match[str]) -> bool:
        return (
            _DESCRIPTOR.fullmatch(word.group()) is not None
            or word.group() in places.names
            or places.overlap(_at(span, word))
            or word.group() in NOT_A_NAME
            or word.group() in _CALENDAR_WORDS
            or _UNIT_WORD.fullmatch(word.group()) is not None
            # the known actor's own country told again ("the Indian Border Security Force")
            or _demonym_of(word.group(), known)
        )

    if known:
        return all(filler(w) for w in extra)
    leading = words[:-1]
    # A place of several words the article names ("Damascus Countryside Army units": the
    # province, named so again later; twenty-fourth round).
    if leading and " ".join(w.group() for w in leading) in places.names:
        return True
    return (
        bool(leading)
        and all(filler(w) for w in leading)
        and any(w.group() in places.names or places.overlap(_at(span, w)) for w in leading)
    )


# A compound adjective describes the name after it, never starts one: "Kurdish-led", "US-backed",
# "Turkish-supported", "Iran-aligned" (its last part in small letters; "Al-Quds", "al-Sham" are
# names).
# (its inner parts may be a name's: "Al-Qaeda-linked", "Al-Qaeda-affiliated"; fiftieth round)
_DESCRIPTOR = re.compile(r"[A-Z][\w.]*-(?:[\w.]+-)*[a-z]+")


def _demonym_of(word: str, known: list[ActorMention]) -> bool:
    """Whether ``word`` is the demonym of a known actor's country ("Indian" before the Border
    Security Force the dictionary makes India's)."""
    code = country_word(word)
    return code is not None and any(m.country_code == code for m in known)


# "in Kopsiro Division", "at Mau Narok Division": a division told as where something is, with
# no article, is a unit of administration (Kenya's, Bangladesh's, India's), not of an army
# ("the 4th Division", "the Hamza Division").
_WHERE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ww]ithin|[Aa]cross|[Ff]rom)\s+$")


def _admin_division(text: str, start: int, surface: str) -> bool:
    return (
        surface.endswith(" Division") and _WHERE.search(text, max(0, start - 8), start) is not None
    )


def _at(span: Span, word: re.Match[str]) -> Span:
    return Span(span.start + word.start(), span.start + word.end())


_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Today Yesterday Earlier Later".split()
)


# Words that open a phrase and never a unit's name: articles, conjunctions opening the
# sentence ("And Army patrols were hit"), the doubt told of a group ("Suspected Oromo
# Liberation Army fighters"), determiners, counts and the headline's "Latest" ("Others Army",
# "Latest Syrian Army", "One Border Security Force jawan", "on Tuesday Army and police ...").
_OPENERS = frozenset(
    {"And", "But", "Or", "Yet", "Suspected", "Alleged", "Latest", "Other", "Others", "Both",
     "Most", "Each", "Every", "Last", "Next", "Recent", "Then", "Now", "When", "While",
     "After", "Before", "As", "If", "Since", "Meanwhile"}
    | (NOT_A_NAME - {"Local", "Members", "Sources", "Observatory"})
    | {word.capitalize() for word in NUMBER_WORDS}
    | _CALENDAR_WORDS
    | {"the"}
)  # fmt: skip


def _strip_leading_article(surface: str) -> str:
    """The unit's words without the openers before its name, "the" included."""
    while (opener := _OPENER.match(surface)) and opener.group(1) in _OPENERS:
        surface = surface[opener.end() :]
    return surface


_OPENER = re.compile(r"(\S+)\s+(?=\S)")


def _unit_name(surface: str) -> str:
    name = surface.replace("“", "").replace("”", "").replace('"', "")
    return name[0].upper() + name[1:]
