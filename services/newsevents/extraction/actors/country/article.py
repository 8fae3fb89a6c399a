"""The article's country, which generic actors and the ACLED block are named after.

ACLED names every unnamed crowd, force or armed group after the event's country ("Protesters
(Kenya)", "Police Forces of Kenya", "Unidentified Armed Group (Pakistan)"). The places of the
article say it first. A short note often names no place the gazetteer knows ("Cane farmers in
Nzoia protest the importation of sugar; police intervene"), yet tells the country otherwise:

- a demonym or a possessive ("Kenyan police", "Pakistan's capital"): the place references;
- an actor the dictionary knows the country of ("ODM supporters", "BNP activists", "the
  Taliban"): a party, a force, a group of one country; also inside a compound modifier ("a
  BNP-led alliance", "a Taliban-controlled district").

- an office, council or currency of one country's own ("MCAs", "the OCPD", "panchayat",
  "upazila", "MNA", "VDC", "Tk 500"), or one of its heads of state or government ("after
  Kibaki's re-election", "against Thein Sein's plan");
- the country inside another word: a possessive whose apostrophe was lost ("in Kenyas
  capital"), a name hyphened after a party's own word ("FORD-Kenya");
- a name the gazetteer knows in one country only, though the geoparser did not take it as a
  place without its country named ("Protesters from West Pokot", "locals of Maharashtra"): a
  small town, a district or a province of one country says which country the note is about.

Places decide when there are any; otherwise the commonest country among the references and the
named actors (outlets aside); otherwise the first country the article's source says it is about
(``ArticleMessage.countries``); otherwise the commonest main country of the peoples it names
("Maasai protest"); otherwise the commonest country of the names of one country (those told as
places first); otherwise the country of an outlet it names, which reports from everywhere.
Transnational actors (the UN, al-Qaeda) have no country and say nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ...document import (
    NON_STATE_ARMED_KINDS,
    ActorMention,
    Document,
    Span,
    SpanIndex,
    once_per_document,
)
from ..dictionary import country_names
from ..unnamed.communal import group_countries
from .names_of_one_country import country_of_names
from .own_words import own_word_countries


def _naming_forces(text: str) -> SpanIndex:
    """The spans of the state forces ``text`` names by their country ("US warplanes", "Turkish
    drones", "Kenya Police"): a country told there is who struck, not where, and an article
    about US air strikes on Manbij is about Syria, however often it says "US"."""
    from ..unnamed.forces import state_forces

    return SpanIndex(force.span for force in state_forces(text, None))


# A country's possessive before the armed group it is home to: "Yemen's Houthi movement",
# "Sudan's paramilitary Rapid Support Forces".
_GROUP_HOME = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")


def _home_of_a_group(doc: Document, span: Span, actors: list[ActorMention] | None) -> bool:
    """Whether the country at ``span`` is told as the home of the armed group named right after
    it ("a drone launched by Yemen's Houthi movement struck a border post in Jazan": the post
    is in Saudi Arabia, the Houthis' home tells not where the news is; forty-fourth round)."""
    told = _GROUP_HOME.match(doc.text, span.end)
    if told is None:
        return False
    named = doc.actors if actors is None else actors
    return any(a.span.start == told.end() and a.kind in NON_STATE_ARMED_KINDS for a in named)


# Outlets and monitors report from everywhere ("the Syrian Observatory for Human Rights" works
# from Britain): their home is no cue to where the news is.
_REPORTERS = frozenset({"media", "monitor"})


def article_country(
    doc: Document, actors: Iterable[ActorMention] | None = None, *, outlets: bool = True
) -> str | None:
    """The commonest country of the article's places; without places, of its demonyms and
    possessives and of the ``actors`` named (default: the document's actors); with
    ``outlets=False``, never the country of an outlet it names."""
    # A dateline ("BEIRUT (Reuters) -") tells where the report was filed: wires cover Syria from
    # Beirut and Amman, Somalia from Nairobi. It decides only when no word of the text does.
    filed = SpanIndex(f.span for f in doc.furniture if f.kind == "dateline")
    protested = protested_objects(doc.text)
    references = [p for p in doc.place_references if not filed.overlaps(p.span)]
    forces = _naming_forces(doc.text)
    # (the actors found so far when the actors' stage asks, which reads no layer it writes)
    given = None if actors is None else list(actors)
    places = Counter(
        p.country_code
        for p in doc.places
        if p.country_code
        and not (
            p.precision == "country"
            and (
                forces.holds(p.span)
                or _protested(doc.text, protested, p.span)
                or _home_of_a_group(doc, p.span, given)
            )
        )
    )
    if places:
        return places.most_common(1)[0][0]
    known = country_names()
    named = given or doc.actors
    if doc.country_hints:
        # the source tells the country: of the note's own cues, only a demonym told of a side
        # outweighs it ("Ugandan raiders"), not one of a victim, a firm or a cause ("gunmen
        # killed an Italian priest", "workers of a Japanese-owned factory struck")
        sides = Counter(
            r.country_code
            for r in references
            if r.country_code in known and _names_a_side(doc.text, r.span, named)
        )
        return sides.most_common(1)[0][0] if sides else doc.country_hints[0]
    mentioned = [
        (p.span, p.country_code)
        for p in (*references, *(p for p in doc.places if _protested(doc.text, protested, p.span)))
    ] + [
        (a.span, a.country_code)
        for a in named
        if not a.generic and a.kind not in _REPORTERS and a.kind not in NON_STATE_ARMED_KINDS
    ]
    cues = Counter(
        code
        for code in (
            *(code for span, code in mentioned if not _protested(doc.text, protested, span)),
            *own_word_countries(doc.text),
        )
        if code and code in known
    )
    if cues:
        return cues.most_common(1)[0][0]
    if doc.country_hints:
        return doc.country_hints[0]
    dateline = Counter(
        p.country_code
        for p in doc.place_references
        if p.country_code in known and filed.overlaps(p.span)
    ).most_common(1)
    if dateline:
        return dateline[0][0]
    # What a crowd protests is often abroad ("Muslims protest Danish cartoons", "a march
    # against the US"): its country tells the note's only after the note's own words, the
    # feed's country and the dateline.
    against = Counter(
        code for span, code in mentioned if code in known and _protested(doc.text, protested, span)
    )
    if against:
        return against.most_common(1)[0][0]
    # An armed group fights abroad ("Al Shabaab attacked a police post" in Kenya, "the Taliban"
    # across the Durand Line): its home tells the country only when no word of the note's own
    # does (above), nor a name told as a place (below).
    armed = Counter(
        a.country_code
        for a in named
        if not a.generic and a.kind in NON_STATE_ARMED_KINDS and a.country_code in known
    ).most_common(1)
    if armed:
        return country_of_names(doc.text, named, told_only=True) or armed[0][0]
    # A people of one country's own ("Maasai protest", "police shoot Pokot herders").
    peoples = Counter(group_countries(doc.text)).most_common(2)
    if peoples and (len(peoples) == 1 or peoples[0][1] > peoples[1][1]):
        return peoples[0][0]
    # An outlet reports from everywhere ("an Associated Press reporter at the scene"): its
    # country tells where the news is only when nothing else does.
    media = Counter(a.country_code for a in named if a.kind == "media" and a.country_code)
    told = country_of_names(doc.text, named)
    return told or (media.most_common(1)[0][0] if media and outlets else None)


@once_per_document
def document_country(doc: Document) -> str | None:
    """:func:`article_country` of the annotated document with its own actors, read once per
    document: the output asks it for every event."""
    return article_country(doc)


# A demonym's gap to the side it names: a space or a hyphen, and one lower-case word at most
# ("Ugandan raiders", "Sudanese student protesters", "Somali-born gunmen").
_BEFORE_A_SIDE = re.compile(r"(?:[ -]+[a-z]+)?[ -]+")


def _names_a_side(text: str, span: Span, actors: Iterable[ActorMention]) -> bool:
    """Whether the demonym at ``span`` qualifies a side the note names right after it."""
    return any(
        a.span.start > span.end
        and a.span.start - span.end <= 16
        and _BEFORE_A_SIDE.fullmatch(text, span.end, a.span.start) is not None
        for a in actors
    )


# What a demonstration is against or about: the rest of its clause after its verb or noun
# ("Muslims protest Danish cartoons", "a march against the US and its allies", "protested over
# the arrest of a Tanzanian cleric", "protest against harassment by Ugandan forces";
# thirty-ninth round, crowds59). Not the crowd itself, told right after the word ("a protest
# by Somali refugees"; nor after "protesters", the crowd's noun), nor where it is held or goes
# ("protested in Kenya", "marched to the Chinese embassy").
_PROTEST_WORD = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:ions?|ed|ing|es?)|(?-i:march(?:es|ed|ing)?)|"
    r"rall(?:y|ies|ied|ying)|agitat(?:ions?|ed|ing|es?)|(?<!anti-)riot(?:s|ed|ing)?)\b"
    r"(?!\s+(?:police|gear|squads?|units?))",
    re.IGNORECASE,
)
_THE_CROWD_AFTER = re.compile(r"\s+(?:by|of|from|among)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|across|throughout|around|outside|near|inside|to|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def protested_objects(text: str) -> SpanIndex:
    """The stretches of ``text`` that tell what its demonstrations protest: each protest word's
    clause after it, unless the crowd itself is named right after the word."""
    index = SpanIndex()
    for m in _PROTEST_WORD.finditer(text):
        if _THE_CROWD_AFTER.match(text, m.end()):
            continue
        end = _CLAUSE_END.search(text, m.end())
        index.add(Span(m.end(), end.start() if end else len(text)))
    return index


def _protested(text: str, protested: SpanIndex, span: Span) -> bool:
    """Whether the name at ``span`` lies in what a demonstration protests, not told as where."""
    return protested.holds(span) and not _WHERE_BEFORE.search(
        text[max(0, span.start - 16) : span.start]
    )


# A capitalised word right before or after a name: the name is part of a longer one ("the
# National Congress Party" of Sudan is no "National Congress" of India); not an article that
# opens a sentence ("The Awami League held a rally").
_WORD_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|An?)[ ]$)[A-Z][\w'’-]*[ ]$")
_WORD_AFTER = re.compile(r"[ ][A-Z]")


def _in_a_longer_name(text: str, span: Span) -> bool:
    return bool(
        _WORD_BEFORE.search(text, max(0, span.start - 42), span.start)
        or _WORD_AFTER.match(text, span.end)
    )


def _own_name(text: str, actor: ActorMention) -> bool:
    """Whether ``actor`` is told by a name of its own, whole: not an acronym (the UPDF is
    Uganda's army and a Bangladeshi party) nor part of a longer name."""
    told = text[actor.span.start : actor.span.end]
    return not told.isupper() and not _in_a_longer_name(text, actor.span)


# Parties, unions and other bodies act at home; forces, armed groups, governments and people
# act abroad too ("Russian shelling of Lysychansk", "Al Shabaab attacked a police post").
_DOMESTIC_KINDS = frozenset({"political_party", "organisation"})


def owned_country(
    doc: Document, actors: Iterable[ActorMention], *, peoples: bool = True
) -> str | None:
    """The country the note's own words of one country tell, none of them a demonym: the
    parties and bodies the dictionary knows the country of, told by their whole names
    (not an acronym, nor the tail of a longer name), its offices, leaders and own
    words, a country told inside another word; else the peoples it names. A demonym often tells
    a foreigner ("an Australian man arrested in Nairobi", "traders protest Chinese businesses"),
    and a name of one country only may be a namesake, so neither outweighs a place. With
    ``peoples=False``, never the peoples (a people lives across borders, and its name may be a
    place's word). None on a tie."""
    known = country_names()
    cues = Counter(
        code
        for code in (
            *(
                a.country_code
                for a in actors
                if not a.generic and a.kind in _DOMESTIC_KINDS and _own_name(doc.text, a)
            ),
            *own_word_countries(doc.text),
        )
        if code and code in known
    ).most_common(2) or (Counter(group_countries(doc.text)).most_common(2) if peoples else [])
    if not cues or (len(cues) == 2 and cues[0][1] == cues[1][1]):
        return None
    return cues[0][0]
