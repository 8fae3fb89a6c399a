"""Where an event happened: the places of its trigger's clause, most precise first.

Origins ("from Aleppo", but a crowd's when nothing else is named) and, for fire, firing posts
("troops located at X fired on ...") are not where it happened; a relative clause about someone
else ("who had trained in Lebanon") only when it alone names a town; a road named after towns
("on Peshawar road", "the Meru-Nairobi highway") only when nothing else is named; among equally
precise places, where it happened ("a protest in Okara") comes before whose it is ("residents
of Bahawalnagar") and where people want to go ("back to their villages in Odisha"). A sentence
with no place borrows those of the nearest earlier sentence of its paragraph.
"""

from __future__ import annotations

import re

from ...document import Document, PlaceMention, Sentence, SourceMention, Span, Trigger
from ...ontology import is_violent
from ..crowds import CROWD_TYPES
from ..geography.precision import most_precise_first
from .clauses import clause_of, heads_the_sentence
from .reference_points import without_reference_points


def event_places(doc: Document, sentence: Sentence, trigger: Trigger) -> list[PlaceMention]:
    """The places of the trigger's clause, most precise first; origins ("from X") excluded."""
    source = doc.sources.get(sentence.index)
    told = [
        p
        for p in doc.in_sentence(doc.places, sentence)
        if not _describes_source(p, source) and not _stands_for_a_government(doc.text, p)
    ]
    clause = clause_of(doc, sentence, trigger.span)
    if clause is not None:
        # a roundup's clause of its own act (", while in Idlib warplanes hit Saraqeb") is
        # where that act was, not the other clause's places (:mod:`.clauses`)
        # (a clause that names no known place keeps the sentence's: nothing says where else)
        told = [p for p in told if clause.contains(p.span)] or told
    # a country before strikes names whose they are ("US airstrikes in northern Syria"), or,
    # when the sentence names no other place, where they fell ("Fresh Syria airstrikes killed
    # 20 civilians": review)
    named = [p for p in told if not _country_as_modifier(doc.text, p)] or [
        p for p in told if _before_strikes(doc.text, p)
    ]
    places = [p for p in named if not _is_origin(doc.text, p)]
    # "since the Gaza war began", "which triggered the war in the Gaza Strip": where a war is
    # fought names the war, not where this act happened, unless nothing else is named.
    places = [p for p in places if not _names_a_war(doc.text, p)] or places
    if is_violent(trigger.event_type):
        # Where the wounded were taken is no place of the attack; a relocation's destination is.
        places = [p for p in places if not _is_destination(doc.text, p)]
    # "..., a government official in Marib told Xinhua": where the teller is, not the event.
    places = [p for p in places if not is_tellers_place(doc.text, p)] or places
    if trigger.event_type in CROWD_TYPES and not _specific(places):
        # "Youths and women of Anantnag rallied over the detentions": a crowd from a town
        # that no other town sends elsewhere protests at home.
        places = named
    if trigger.event_type in CROWD_TYPES:
        # A demonstration's aim abroad is not where it is held: "staged a protest rally in
        # Dhaka, condemning Israel's aggression on Gaza and expressing solidarity with
        # Palestine" (twenty-third round). An aim in the country of the demonstration's own
        # place may be where it is: "protested against Modi in Jalandhar".
        held = [p for p in places if not _in_the_aim(doc.text, p, trigger)]
        at_home = {p.country_code for p in held}
        places = [p for p in places if p in held or p.country_code in at_home] if held else places
    # A relative clause about someone else ("who has trained in Lebanon") is not where the rest
    # happened, unless it alone says where: "police charged mill workers, who had stopped
    # trains at Kosamba (Valsad, Gujarat)".
    main = [p for p in places if not _in_other_relative_clause(doc, sentence, p, trigger)]
    if _specific(main) or not _specific(places):
        places = main
    # "Troops located at X fired on positions near Y": the act lands at Y.
    if trigger.event_type in _FIRE:
        aimed = [p for p in places if not is_firing_post(doc.text, p, trigger)]
        places = aimed or places
    # A road named after the towns it joins ("blocked the Meru-Nairobi highway", "on the
    # Dhaka-Sylhet highway") names no place of the act when the sentence names another, however
    # coarse: "traders of Tharaka-Nithi County closed the Meru-Nairobi highway" happened in
    # Tharaka-Nithi, "a bus set alight on the Dhaka-Sylhet highway near Narsingdi" at Narsingdi.
    places = _without_routes(doc.text, places)
    # "suburbs of eastern Ghouta near Damascus": the place another lies near is no act's place.
    places = without_reference_points(doc.text, places, lambda p: _is_locative(doc.text, p))
    # Among equally precise places: where it happened ("a protest in Okara") before whose it
    # is ("residents of Bahawalnagar"), and both before where people want to go ("to travel
    # back to their villages in Odisha").
    # A roundup's heading of its province ("In Hama, regime forces shelled Kafr Zita") comes
    # after the town the act hit, however the gazetteer ranks the province's capital.
    told_places = list(places)  # (a list being sorted reads as empty)
    places.sort(
        key=lambda p: (
            _is_elsewhere(doc.text, p),
            heads_the_sentence(doc.text, sentence, p, told_places),
            not _is_locative(doc.text, p),
        )
    )
    return most_precise_first(_consistent_with_regions(places))


_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|across|into|within|on|(?:town|city|village|zone|"
    r"district|outskirts|suburbs?|cent(?:re|er)|area|parts?|neighbou?rhood|edge|countryside) of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Peshawar road", "the Kano-Maiduguri highway", "the Meru- Nairobi highway", "the Nairobi -
# Mombasa highway": the town's name, then the other end's, then the road's noun.
_ROUTE_AFTER = re.compile(
    r"^(?:\s*[-–]\s*)?[\w'’-]*\s*(?:road|highway|street|avenue|motorway|expressway)\b", re.I
)


def _specific(places: list[PlaceMention]) -> bool:
    return any(p.precision not in ("admin1", "country") for p in places)


_ELSEWHERE = re.compile(
    r"\b(?:(?:return(?:ed|ing)?|back|sent back|go home|going home|travel(?:led)?) to"
    r"(?: their| his| her)?(?: (?:homes?|hometowns?|native (?:places?|villages?|states?)) in)?)"
    r"\s+(?:the\s+)?(?:[\w'’-]+,?\s+(?:and\s+)?){0,6}$",
    re.IGNORECASE,
)


# A war or conflict named by where it is fought: "the Gaza war", "the Syria conflict", "the war
# in the Gaza Strip", "Israel's war on Gaza", "the conflict in Tigray".
_WAR_AFTER = re.compile(r"^(?:'s)?[\s-]+(?:civil\s+)?(?:war|conflict)\b", re.IGNORECASE)
_WAR_BEFORE = re.compile(r"\b(?:war|conflict)\s+(?:in|on|over|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _names_a_war(text: str, place: PlaceMention) -> bool:
    """Whether the place names a war ("the Gaza war", "the war in Gaza"): the war's setting."""
    after = text[place.span.end : place.span.end + 20]
    return (
        _WAR_AFTER.match(after) is not None
        or _WAR_BEFORE.search(_before(text, place, 30)) is not None
    )


def _is_elsewhere(text: str, place: PlaceMention) -> bool:
    return _ELSEWHERE.search(_before(text, place, 80)) is not None


_FIRE = frozenset({"shelling", "armed_clash", "airstrike", "grenade", "attack_on_civilians"})
# "positioned in the Eastern Ghouta" too: a region's name takes the article.
_POST = re.compile(
    r"\b(?:located|positioned|based|stationed|deployed)\s+(?:at|in|near)\s+(?:the\s+)?$", re.I
)


def is_firing_post(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """ "forces located at X fired on ...": where the fire came from (for acts of fire)."""
    if trigger.event_type not in _FIRE:
        return False
    before = _before(text, place, 30)
    return place.span.end <= trigger.span.start and _POST.search(before) is not None


# A city standing for its government: "trained and equipped by Washington", "calling on
# Washington to weigh in", "Moscow said", "the Damascus government".
_BY_BEFORE = re.compile(
    r"\b(?:by|call(?:s|ed|ing)? on|urg(?:es|ed|ing)|warn(?:s|ed|ing)|ask(?:s|ed|ing))\s+$"
)
_GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:government|administration|regime|said|says|announced|accused|denied|claimed)\b"
)


def _stands_for_a_government(text: str, place: PlaceMention) -> bool:
    if place.precision != "town":
        return False
    before = _before(text, place, 16)
    after = text[place.span.end : place.span.end + 20]
    return _BY_BEFORE.search(before) is not None or _GOVERNMENT_AFTER.match(after) is not None


# A country's name before a noun it qualifies, as a demonym would: "the US embassy", "along
# the US border", "a US drone", "US forces". The noun is a lowercase word after an article, or
# one of the state's own institutions and people.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^[-\s]+([a-z][\w-]*)")
_NOT_A_NOUN = frozenset(
    {"and", "or", "but", "on", "in", "at", "to", "for", "from", "with", "by", "of", "as", "since",
     "said", "says", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could",
     "last", "this", "which", "who", "where", "when", "after", "before", "during", "itself",
     "alone", "too", "also", "again"}
)  # fmt: skip
_STATE_NOUNS = frozenset(
    {"forces", "troops", "military", "army", "navy", "embassy", "consulate", "soldiers",
     "officials", "government", "border", "drone", "drones", "warplanes", "jets", "aircraft",
     "service", "servicemen", "personnel", "citizens", "nationals", "diplomats", "envoy",
     "ambassador", "president", "troop", "coalition", "authorities", "police",
     # the strikes a state's forces deliver: "US airstrikes in northern Syria", "US Warplanes
     # Bombardments in Manbij" (a headline's capitals too)
     "airstrikes", "airstrike", "strikes", "strike", "warplane", "jet", "helicopters",
     "artillery", "missiles", "bombardment", "bombardments", "raids"}
)  # fmt: skip
_STATE_NOUN_AFTER = re.compile(r"^[-\s]+([A-Za-z][\w-]*)")
_STRIKE_NOUNS = frozenset(
    {"airstrikes", "airstrike", "strikes", "strike", "bombardment", "bombardments", "raids"}
)
_OWNER_BEFORE = re.compile(r"['’]s\s+$")


def _country_as_modifier(text: str, place: PlaceMention) -> bool:
    """ "the US embassy", "US forces", "US airstrikes": a country naming whose thing it is, not
    a place."""
    if place.precision != "country":
        return False
    noun = _STATE_NOUN_AFTER.match(text[place.span.end : place.span.end + 30])
    if noun is not None and noun.group(1).lower() in _STATE_NOUNS:
        # (not after an owner already named: "the coalition's Yemen airstrikes", "Russia's
        # Syria raids" tell where the strikes fell; review)
        return not (
            noun.group(1).lower() in _STRIKE_NOUNS
            and _OWNER_BEFORE.search(_before(text, place, 4)) is not None
        )
    after = _NOUN_AFTER.match(text[place.span.end : place.span.end + 30])
    if after is None or after.group(1) in _NOT_A_NOUN:
        return False
    if after.group(1) in _STATE_NOUNS:
        return True
    return _ARTICLE_BEFORE.search(_before(text, place, 6)) is not None


def _before_strikes(text: str, place: PlaceMention) -> bool:
    """A country right before a strike noun ("Syria airstrikes", "US raids")."""
    noun = _STATE_NOUN_AFTER.match(text[place.span.end : place.span.end + 30])
    return (
        place.precision == "country" and noun is not None and noun.group(1).lower() in _STRIKE_NOUNS
    )


def _is_locative(text: str, place: PlaceMention) -> bool:
    return _LOCATIVE.search(_before(text, place, 30)) is not None


def _without_routes(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places without the towns a road is named after, when another place is told; with
    those of them inside the province told when the sentence tells no finer place than
    provinces ("along the Dadaab-Kulan road in Garissa County" happened near Dadaab)."""
    routes = [p for p in places if _names_a_route(text, p)]
    others = [p for p in places if p not in routes]
    if not routes or not others:
        return places
    if any(p.precision not in ("admin1", "country") for p in others):
        return others
    provinces = {(p.country_code, p.admin1) for p in others if p.precision == "admin1"}
    return [p for p in routes if (p.country_code, p.admin1) in provinces] + others


def _names_a_route(text: str, place: PlaceMention) -> bool:
    """ "Peshawar road", "the Kano-Maiduguri highway": a road named after a town."""
    return _ROUTE_AFTER.match(text[place.span.end : place.span.end + 30]) is not None


def origin_places(doc: Document, sentence: Sentence, trigger: Trigger) -> list[PlaceMention]:
    """The origins of the sentence ("fighters from the city of Zawiyah attacked army posts"),
    when nothing else tells where: the act is then most likely near where they come from; not
    a relative clause about someone ("Governor X, who is from Maradun, ordered ...")."""
    source = doc.sources.get(sentence.index)
    places = [
        p
        for p in doc.in_sentence(doc.places, sentence)
        if _is_origin(doc.text, p)
        and not _describes_source(p, source)
        and not _in_other_relative_clause(doc, sentence, p, trigger)
    ]
    return most_precise_first(_consistent_with_regions(places))


def earlier_places(doc: Document, sentence: Sentence) -> list[PlaceMention]:
    """The places of the nearest earlier sentence of the paragraph that names any (at most
    three back): "In X, police raided a house. A shoot-out broke out." happened in X."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        earlier = doc.sentences[back]
        if earlier.paragraph != sentence.paragraph or earlier.heading:
            break
        places = [p for p in doc.in_sentence(doc.places, earlier) if not _is_origin(doc.text, p)]
        if places:
            return most_precise_first(_consistent_with_regions(places))
    return []


def _consistent_with_regions(places: list[PlaceMention]) -> list[PlaceMention]:
    """Drop places of another country than the provinces the sentence names ("Kanpura village
    (Dhar, Madhya Pradesh)" is not a Kanpura of another country)."""
    regions = {p.country_code for p in places if _names_a_province(p)}
    if not regions:
        return places
    kept = [p for p in places if p.country_code in regions or p.precision == "country"]
    places = kept or places
    # Within the country too: "Kosamba (Valsad, Gujarat)" is not a Kosamba of another state,
    # nor, "in the eastern countryside of Homs province", al-Buseiri one of Deir ez-Zor.
    provinces = {(p.country_code, p.province) for p in places if _names_a_province(p)}
    inside = [
        p
        for p in places
        if p.precision in ("admin1", "country") or (p.country_code, p.province) in provinces
    ]
    return inside if _specific([p for p in inside if not _names_a_province(p)]) else places


def _names_a_province(place: PlaceMention) -> bool:
    """A province, or its countryside ("the eastern countryside of Homs province")."""
    return place.precision == "admin1" or place.feature == "admin1"


def _describes_source(place: PlaceMention, source: SourceMention | None) -> bool:
    """ "Deir Ezzor media activist Ammar Saleh": where the source is from, not the event."""
    if source is None or not source.description or place.text not in source.description:
        return False
    return abs(place.span.start - source.span.start) < 80


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|where)\b(?:[^,(]|\([^)]*\))*,?")


def _in_other_relative_clause(
    doc: Document, sentence: Sentence, place: PlaceMention, trigger: Trigger
) -> bool:
    """ ", who has received training from Hizbullah in Lebanon," is not where the rest happened;
    a clause about the act itself tells where it happened ("in the fighting, which was going on
    near the town of Zuwara"), not what it is said of ("a strike, which they attribute to
    Turkey")."""
    for clause in _RELATIVE_CLAUSE.finditer(sentence.text):
        span = Span(sentence.span.start + clause.start(), sentence.span.start + clause.end())
        if span.contains(place.span) and not span.contains(trigger.span):
            return not (_about_the_act(doc.text, trigger, span) and _is_locative(doc.text, place))
    return False


def _about_the_act(text: str, trigger: Trigger, clause: Span) -> bool:
    """Whether the relative clause opens right after the act's own word ("the clashes, which
    were happening around X"): it tells the act. After any other word ("killed Ahmed, who had
    fled X") it is about someone or something else."""
    return trigger.span.end <= clause.start and not text[trigger.span.end : clause.start].strip()


_TELLER_BEFORE = re.compile(
    r"\b(?:officials?|sources?|spokes(?:man|woman|person)|residents?|activists?|witness(?:es)?|"
    r"correspondents?|journalists?|reporters?|doctors?|medics?|commanders?|governor|monitors?)"
    r"\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_TELLING_AFTER = re.compile(
    r"^(?:\s*,?\s+[\w'’-]+){0,3}?,?\s+(?:told|tells|said|says|reported|confirmed|added)\b"
)


def is_tellers_place(text: str, place: PlaceMention) -> bool:
    """ "an official in Marib told Xinhua", "residents in Sanaa said": the teller's place."""
    before = _before(text, place, 40)
    after = text[place.span.end : place.span.end + 40]
    return _TELLER_BEFORE.search(before) is not None and _TELLING_AFTER.match(after) is not None


# The whole "from" phrase of an actor's origin: "fighters from Zawiyah", "from neighbouring
# Zawiyah", "from the town of Zawiyah", "militiamen from Misrata and Zintan", "reinforcements
# from the provincial capital, X".
_ORIGIN = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent)\s+)?"
    r"(?:(?:town|city|village|district|province|region|area|county)\s+of\s+|"
    r"(?:(?:provincial|regional|state|district)\s+)?capital,?\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+(?:and\s+)?)*$"
)


# Where the wounded or the fleeing were taken, not where it happened: "three injured men were
# taken to the town of Niafunke", "were rushed to a hospital in X", "fled to X".
_DESTINATION = re.compile(
    r"\b(?:transferred|taken|rushed|evacuated|moved|flown|brought|airlifted|fled|fleeing|"
    r"displaced|relocated|referred)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:the\s+|a\s+)?"
    r"(?:(?:nearby|neighbou?ring)\s+)?(?:(?:town|city|village|capital|hospitals?\s+in)\s+"
    r"(?:of\s+)?)?$",
    re.IGNORECASE,
)


# The words that open a demonstration's aim after its act: what it condemns, opposes or stands
# with.
_AIM = re.compile(
    r"\b(?:condemn(?:ing|s|ed)?|denounc(?:ing|es|ed)|against|(?:in )?solidarity with|"
    r"in support of)\b",
    re.IGNORECASE,
)


def _in_the_aim(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """Whether the place follows a word of the demonstration's aim told after its act."""
    if place.span.start < trigger.span.end:
        return False
    return _AIM.search(text, trigger.span.end, place.span.start) is not None


def tells_no_act_place(text: str, place: PlaceMention) -> bool:
    """Whether the text tells the place as an origin ("fighters from X") or where people were
    taken or fled ("the wounded were taken to the town of X"): no place of an act."""
    return _is_origin(text, place) or _is_destination(text, place)


def _is_destination(text: str, place: PlaceMention) -> bool:
    return _DESTINATION.search(_before(text, place, 80)) is not None


def _is_origin(text: str, place: PlaceMention) -> bool:
    """ "fighters from Zawiyah attacked ... in Wershefana": where they come from."""
    return _ORIGIN.search(_before(text, place, 60)) is not None


def _before(text: str, place: PlaceMention, chars: int) -> str:
    """The ``chars`` characters of ``text`` right before the place's name."""
    return text[max(0, place.span.start - chars) : place.span.start]
