"""Actor mentions: who acts in the article.

Four sources, in order of trust:
1. the actor dictionary (``data/actors.tsv``): canonical name, kind, country, patron;
2. named armed units the dictionary lacks ("the 47th Regiment", "“Al-Sheikh” Brigade"), read
   from their shape: proper words or an ordinal followed by a unit noun;
3. people, read from the contexts that name them (reporting verbs, "known as", role nouns);
4. generic actors ("militiamen", "protesters"), named the ACLED way after the article's country.

Affiliation comes from the dictionary and is overridden by the text ("IRGC-affiliated 47th
Regiment", "militias affiliated with the IRGC", "fighters trained by the IRGC").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..document import ActorMention, Document, PlaceMention, Span, SpanIndex
from ..vocabulary import DEFINITE_ARTICLES, NAME_ARTICLES, REPORTING_VERBS, SURNAME_ARTICLES
from .acronyms import defined_acronyms
from .communal import ethnic_militias
from .country import article_country
from .dictionary import (
    NOT_A_NAME,
    ActorEntry,
    ActorMatcher,
    capitalisable,
    country_name,
    default_matcher,
    named_actors,
)
from .forces import (
    branch_unit,
    country_unit,
    country_word,
    service_unit,
    state_force_name,
    state_forces,
)
from .generic import generic_actors
from .local_militias import town_militias
from .patrons import fold_patrons
from .relabel import Nearby, relabel

# The geoparser reads dictionary actors through ``named_actors`` (places/find.py) and tests the
# matcher through ``default_matcher``, both from here.
__all__ = ["default_matcher", "find_actors", "named_actors"]

# ---------------------------------------------------------------------------- patterns

_UNIT_NOUNS = (
    "Regiment|Brigade|Brigades|Division|Battalion|Battalions|Forces|Force|Army|Front|Corps|"
    "Scouts|Militia|Movement|Units|Guards|Legion|Squadron"
)
# A name word starts a word and is read whole (possessive): "AlBuKamalAlBuKamal..." without
# spaces would otherwise be tried from each capital and read back letter by letter.
_NAME_WORD = rf"(?<![\w’'])(?:(?:{'|'.join(NAME_ARTICLES)})-)?[A-Z][\w’'-]*+"
_NAMED_UNIT = re.compile(
    rf"""(?:[“"](?P<quoted>[^”"]{{2,40}})[”"]\s+(?P<qnoun>{_UNIT_NOUNS})\b)
    |(?P<named>(?:{_NAME_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:\s+{_NAME_WORD}){{0,4}}\s+(?:{_UNIT_NOUNS})\b)""",
    re.VERBOSE,
)
_PERSON = rf"{_NAME_WORD}(?:\s+(?:bin\s+|ibn\s+|abu\s+)?{_NAME_WORD}){{1,3}}"
_ROLE_NOUN = (
    r"activist|commander|spokesman|spokeswoman|spokesperson|official|journalist|correspondent|"
    r"resident|analyst|researcher|director|minister|leader|member|chief|head|governor|mayor|"
    r"general|colonel|officer|source|expert|witness|elder|sheikh|cleric|president"
)
_PERSON_CONTEXTS = (
    re.compile(rf"(?P<p>{_PERSON}),?\s+(?:{REPORTING_VERBS})\b"),
    re.compile(rf"\b(?:{REPORTING_VERBS})\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b[Aa]ccording to\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b(?:known as|by the name of|named|called)\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b(?:{_ROLE_NOUN}),?\s+(?P<p>{_PERSON})"),
)
# "IRGC-affiliated 47th Regiment": the patron word in the same phrase, before the head noun.
# The phrase ends in the mention, up to two words of it after the patron word: "IRGC-backed fighters
# clashed with rebels" leaves the rebels without a patron.
_AFFILIATED_PREFIX = re.compile(
    r"(?P<patron>[A-Z]\w*)-(?:affiliated|aligned|backed|linked|allied|supported|sponsored|led)"
    r"\s+(?:(?!(?:with|and|or|against|on|by|at|in|of|the|from|to)\b)[\w’'-]+\s+){0,2}$"
)
_AFFILIATED_SUFFIX = re.compile(
    r"^,?\s*[\w\s]{0,40}?(?:affiliated|aligned|allied|linked)\s+(?:with|to)\s+(?:the\s+)?$"
    r"|^,?\s*[\w\s—–-]{0,60}?\b(?:trained|backed|funded|supported) by\s+(?:the\s+)?$"
)
_DEMONYM_PATRON = {"Iran": "Government of Iran", "Russia": "Military Forces of Russia"}


def find_actors(doc: Document, matcher: ActorMatcher | None = None) -> None:
    matcher = matcher or default_matcher()
    found = [
        _from_entry(entry, Span(match.start(), match.end()), match.group())
        for match, entry in named_actors(doc.text, matcher)
    ]
    country = article_country(doc, found)
    found.extend(
        force
        for force in state_forces(doc.text, country)
        if not any(m.span.overlaps(force.span) for m in found)
    )
    _add_named_units(doc, found, country)
    _add_people(doc, found, matcher)
    _add_surname_mentions(doc, found)
    _add_short_forms(doc, found)
    # "Turkana raiders": the community's men, though "Turkana" is also a county.
    found.extend(
        m
        for m in ethnic_militias(doc.text, country)
        if not any(f.span.overlaps(m.span) for f in found)
    )
    # "fighters from Zawiyah": the town's communal militia (an ethnic group's name, which may
    # also be a town's, has been read above: "Kikuyu militias").
    found.extend(
        m for m in town_militias(doc, country) if not any(f.span.overlaps(m.span) for f in found)
    )
    _add_generic_actors(doc, found, country)
    # "BEIRUT (AP) —", "(dpa/GNA)": a credit names who wrote the report, not who acted.
    credits = SpanIndex(f.span for f in doc.furniture if f.kind in ("dateline", "credit"))
    found = [m for m in found if not credits.holds(m.span)]
    found.sort(key=lambda m: m.span.start)
    found = defined_acronyms(doc.text, fold_patrons(doc.text, found))
    doc.actors = [_affiliation_from_text(doc.text, m, found, matcher) for m in found]


def _taken(doc: Document, found: list[ActorMention]) -> SpanIndex:
    """The spans of the actors found before and of the places: a new mention must be free."""
    return SpanIndex([*(m.span for m in found), *(p.span for p in doc.places)])


def _add_named_units(doc: Document, found: list[ActorMention], country: str | None) -> None:
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
        span = Span(start, end)
        near = [found[i] for i in nearby.near(span)]
        if any(m.span.contains(span) for m in near) or _adds_nothing(doc, near, places, span):
            continue
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


_UNIT_WORD = re.compile(rf"(?:{_UNIT_NOUNS}|Units?|Troops)$")


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
        )

    if known:
        return all(filler(w) for w in extra)
    leading = words[:-1]
    return (
        bool(leading)
        and all(filler(w) for w in leading)
        and any(w.group() in places.names or places.overlap(_at(span, w)) for w in leading)
    )


# A compound adjective describes the name after it, never starts one: "Kurdish-led", "US-backed",
# "Turkish-supported", "Iran-aligned" (its last part in small letters; "Al-Quds", "al-Sham" are
# names).
_DESCRIPTOR = re.compile(r"[A-Z][\w.]*-(?:[a-z]+-)*[a-z]+")


def _at(span: Span, word: re.Match[str]) -> Span:
    return Span(span.start + word.start(), span.start + word.end())


_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Today Yesterday Earlier Later".split()
)


def _add_people(doc: Document, found: list[ActorMention], matcher: ActorMatcher) -> None:
    """People named beside a reporting verb, "according to", "known as" or a role noun."""
    taken = _taken(doc, found)
    for pattern in _PERSON_CONTEXTS:
        for match in pattern.finditer(doc.text):
            name = match.group("p")
            if name.split()[0] in NOT_A_NAME or matcher.lookup(name) is not None:
                continue
            span = Span(match.start("p"), match.end("p"))
            if not taken.overlaps(span):
                found.append(_person(doc, span, name))
                taken.add(span)


def _add_generic_actors(doc: Document, found: list[ActorMention], country: str | None) -> None:
    """ "militiamen", "Police", "pro-government fighters", named after the article's country."""
    taken = _taken(doc, found)
    for mention in generic_actors(doc.text, country):
        if not taken.overlaps(mention.span):
            found.append(mention)
            taken.add(mention.span)


def _from_entry(entry: ActorEntry, span: Span, surface: str) -> ActorMention:
    return ActorMention(
        span, surface, entry.name, entry.kind, entry.country_code, entry.affiliation
    )


def _strip_leading_article(surface: str) -> str:
    # (a conjunction opening the sentence is no part of a name: "And Army patrols were hit";
    # nor is the doubt told of the group: "Suspected Oromo Liberation Army fighters")
    for prefix in (
        "The ",
        "the ",
        "A ",
        "An ",
        "And ",
        "But ",
        "Or ",
        "Yet ",
        "Suspected ",
        "Alleged ",
    ):
        if surface.startswith(prefix):
            return surface[len(prefix) :]
    return surface


def _unit_name(surface: str) -> str:
    name = surface.replace("“", "").replace("”", "").replace('"', "")
    return name[0].upper() + name[1:]


def _person(doc: Document, span: Span, name: str) -> ActorMention:
    return ActorMention(span, name, name, "person", description=_describe(doc.text, span))


_DESCRIPTION_BEFORE = re.compile(rf"(?P<d>(?:[\w-]+\s+){{0,4}}(?:{_ROLE_NOUN}))\s+$")
_DESCRIPTION_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?P<d>[^,.;]{{3,80}}?\b(?:{_ROLE_NOUN}))\b")


def _describe(text: str, span: Span) -> str | None:
    after = _DESCRIPTION_AFTER.search(text[span.end : span.end + 100])
    if after:
        return after.group("d")
    before = _DESCRIPTION_BEFORE.search(text[max(0, span.start - 60) : span.start])
    if before:
        words = before.group("d").split()
        # Keep the descriptive words of the noun phrase only ("Deir Ezzor media activist").
        while words and words[0].islower() and words[0] not in {"media", "political", "local"}:
            words.pop(0)
        return " ".join(words) or None
    return None


_DEFINITE = capitalisable(DEFINITE_ARTICLES)
_SURNAME_ARTICLE = re.compile(rf"^(?:{'|'.join(SURNAME_ARTICLES)})-", re.IGNORECASE)


def _add_surname_mentions(doc: Document, found: list[ActorMention]) -> None:
    """Later mentions of a person by surname only ("Saleh said", "al-Jammal noted")."""
    people = [m for m in found if m.kind == "person" and len(m.name.split()) > 1]
    taken = _taken(doc, found)
    searched: set[str] = set()
    for person in people:
        surname = person.name.split()[-1]
        bare = _SURNAME_ARTICLE.sub("", surname)
        if bare in searched:
            continue  # another person of that surname finds only what the first took
        searched.add(bare)
        pattern = re.compile(rf"(?<![\w-])(?:(?:{_DEFINITE})-)?{re.escape(bare)}(?![\w-])")
        for match in pattern.finditer(doc.text):
            span = Span(match.start(), match.end())
            if not taken.overlaps(span):
                found.append(replace(person, span=span, text=match.group()))
                taken.add(span)


_UNIT_SUFFIX = re.compile(rf"\s+(?:{_UNIT_NOUNS})$")
_LEADING_ARTICLE = re.compile(rf"^(?:the|{'|'.join(DEFINITE_ARTICLES)})[-\s]", re.IGNORECASE)


# Distinct short forms searched per article: each is a search of the whole text, and a text of
# many names ("Deir Ezzor Albu Kamal Militia Forces Raqqa Islamic ...") makes one per name.
MAX_SHORT_FORMS = 32


def _add_short_forms(doc: Document, found: list[ActorMention]) -> None:
    """Shorter later references to a named actor, which win over overlapping matches.

    "the al-Haj Qassem Soleimani" or "al-Haj Qassem Soleimani elements" for the regiment of that
    name; "the cultural centre" for the Iranian Cultural Centre named before. An actor named
    again with the same words searches nothing new; the first MAX_SHORT_FORMS forms are searched.
    """
    searched: set[tuple[str, str]] = set()
    for actor in list(found):
        if actor.kind == "person" or actor.generic:
            continue
        forms = []
        without_noun = _UNIT_SUFFIX.sub("", actor.text)
        if without_noun != actor.text and len(without_noun.split()) >= 2:
            forms.append(re.escape(_LEADING_ARTICLE.sub("", without_noun)))
        words = actor.name.split()
        if len(words) >= 3 and words[-1][0].isupper():
            forms.append(r"(?<=\bthe )" + r"\s+".join(re.escape(w) for w in words[-2:]))
        for form in forms:
            if (form, actor.name) in searched or len(searched) >= MAX_SHORT_FORMS:
                continue
            searched.add((form, actor.name))
            pattern = re.compile(
                rf"(?:(?<=\b[Tt]he )|(?<=\b[Aa]l-)|(?<=\s)|^)(?:{form})(?![\w-])", re.I
            )
            relabel(found, actor, list(pattern.finditer(doc.text)))


def _affiliation_from_text(
    text: str, mention: ActorMention, actors: list[ActorMention], matcher: ActorMatcher
) -> ActorMention:
    if mention.kind == "person":
        return mention
    # The mention's last word is its head: "[IRGC-affiliated 47th] Regiment".
    head = mention.span.start + len(mention.text.rsplit(maxsplit=1)[0]) + 1
    if " " not in mention.text.strip():
        head = mention.span.start
    prefix = _AFFILIATED_PREFIX.search(text[max(0, mention.span.start - 40) : head])
    if prefix:
        patron = _patron_name(prefix.group("patron"), matcher)
        if patron and patron != mention.name:
            return replace(mention, affiliation=patron)
    window = text[mention.span.end : mention.span.end + 90]
    # The actors are sorted by start: those starting in the 90 characters after the mention.
    first = bisect_right(actors, mention.span.end, key=lambda a: a.span.start)
    for other in actors[first:]:
        if other.span.start > mention.span.end + 90:
            break
        between = window[: other.span.start - mention.span.end]
        if "." in between:
            break
        if _AFFILIATED_SUFFIX.search(between) and other.name != mention.name:
            return replace(mention, affiliation=other.name)
    return mention


def _patron_name(word: str, matcher: ActorMatcher) -> str | None:
    entry = matcher.lookup(word)
    if entry is not None:
        return entry.name
    country = country_word(word)
    if country is not None:
        # "Iranian-backed militias", "Turkish-backed factions": the patron state's government,
        # or its forces for a state that backs by arms ("Russian-backed": its military).
        return _DEMONYM_PATRON.get(country_name(country)) or state_force_name("Government", country)
    return _DEMONYM_PATRON.get(word, word if word.isupper() else None)
