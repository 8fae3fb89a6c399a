"""Armed groups named by an Arabic unit word the dictionary lacks: "Jaish al-Tahrir", "Liwa
Fursan al-Haq", "Harakat Nour al-Din al-Zenki", "Jabhat Ansar al-Din". A capitalised unit word
(brigade, army, battalions, companies, movement, front, legion, division, men, supporters,
league, party, soldiers ...) before a name is a named group: the actor, named by itself, as
analysts name it. The dictionary's name wins when it names the whole ("Jaish al-Islam") or the
name after the unit word in the article's country ("Harakat Ahrar al-Sham" is Ahrar al-Sham),
while a namesake abroad does not ("Saraya Ansar al-Sunna" in Yemen is no Mozambican group).
The places stage reads these spans too: the name is no place ("Liwa al-Tawhid" is no town).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...document import ActorMention, Document, Span
from ...vocabulary import NAME_ARTICLES
from ..dictionary import ActorMatcher
from ..relabel import Nearby

# Unit words that lead a group's name and nothing else (never a place's or a person's):
# brigade, army, battalions, companies, movement, front, legion, division, league, gathering,
# brigades, soldiers, hosts.
_UNIT_ONLY = (
    r"Liwaa?|Jaish|Jaysh|Jeish|Kataib|Kata'ib|Kataeb|Katibat|Katibet|Katiba|Saraya|Harakat|"
    r"Harakah|Jabhat|Faylaq|Failaq|Firqat|Firqa|Asaib|Asa'ib|Tajammu|Tajamu|Alwiya|Alwiyat|"
    r"Jund|Ajnad"
)
# Unit words that are also a people's word or a personal name ("Ansar Burney", Bangladesh's
# Ansar, "Hezb" a party): a group only before an Arabic article ("Ansar al-Sharia").
_WITH_ARTICLE = r"Ahrar|Ansar|Hezb|Hizb"
_ARTICLE = rf"(?:{'|'.join(NAME_ARTICLES)}|Al|El)"
# "al-Haq", "al Haq", "Al-Sham", "Al Sham", "ad-Din"
_ARTICLED = rf"{_ARTICLE}[- ][A-Z][\w'’]*"
_PARTICLE = r"(?:bin|ibn|bint|Abu|Ahl|Ahlu|wal|wa)"
_CAP = r"[A-Z][a-z'’]+"
_NAMED_PART = rf"(?:{_ARTICLED}|{_PARTICLE}\s+(?:{_ARTICLED}|{_CAP}))"
_NAME = re.compile(
    rf"""(?<![\w’'-])(?P<unit>{_UNIT_ONLY}|{_WITH_ARTICLE})\s+
    (?:(?P<caps>(?:{_CAP}\s+){{0,2}}){_NAMED_PART}(?:\s+{_NAMED_PART})*
      |(?P<bare>{_CAP}(?:\s+{_CAP})?))
    (?![\w’'-])""",
    re.VERBOSE,
)
_WITH_ARTICLE_WORDS = frozenset(_WITH_ARTICLE.split("|"))


def arabic_unit_names(text: str) -> Iterator[Span]:
    """The spans of the groups named by an Arabic unit word in ``text``."""
    for match in _NAME.finditer(text):
        words = match.group().split()
        if match.group("bare") is not None:
            if match.group("unit") in _WITH_ARTICLE_WORDS:
                continue
            # "Harakat Hazm Fighters": the name ends before an English word
            while len(words) > 1 and _english(words[-1]):
                words.pop()
            if len(words) == 1:
                continue
        elif match.group("caps") and any(_english(w) for w in match.group("caps").split()):
            continue  # "Jaish Forces in al-Bab": no name told between
        yield Span(match.start(), match.start() + len(" ".join(words)))


def _english(word: str) -> bool:
    return word.lower() in _english_words()


@cache
def _english_words() -> frozenset[str]:
    """The geoparser's common words, unit nouns and titles (imported here: the geoparser reads
    these names through this module)."""
    from ...places.reading.words import STOPWORDS, TITLES, UNIT_NOUNS

    return STOPWORDS | UNIT_NOUNS | TITLES


def add_arabic_units(
    doc: Document, found: list[ActorMention], country: str | None, matcher: ActorMatcher
) -> None:
    """The groups named by an Arabic unit word, which win over the shorter mentions they hold
    but a dictionary actor's of the article's country or of none; ``found`` changes in place.
    A possessive whose apostrophe the page lost is the dictionary's actor ("Jeish al-Fatahs
    positions")."""
    nearby = Nearby(found)
    added: list[ActorMention] = []
    for span in arabic_unit_names(doc.text):
        near = nearby.near(span)
        if any(found[i].span.contains(span) for i in near):
            continue  # the dictionary's whole name ("Jaish al-Islam"), or a longer unit
        if any(found[i].span.overlaps(span) and not span.contains(found[i].span) for i in near):
            continue
        inside = [found[i] for i in near if span.contains(found[i].span)]
        if any(_own(m, country) for m in inside):
            continue  # "Harakat Ahrar al-Sham": the dictionary's Ahrar al-Sham
        nearby.removed.update(i for i in near if span.contains(found[i].span))
        surface = doc.text[span.start : span.end]
        known = surface.endswith("s") and matcher.lookup(surface[:-1])
        if known:
            added.append(known.mention(span, surface))
        else:
            added.append(ActorMention(span, surface, surface, "armed_group", country))
    nearby.rebuild(added)


def _own(mention: ActorMention, country: str | None) -> bool:
    """A dictionary actor the article's group may be: of its country or of none."""
    return (
        not mention.generic
        and mention.kind != "person"
        and (mention.country_code is None or mention.country_code == country)
    )
