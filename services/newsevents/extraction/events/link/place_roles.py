"""What else a place named near an act can be than where the act happened.

A war named by where it is fought ("the Gaza war"), a government named by its capital ("talks
with Damascus"), a country before its strikes ("US airstrikes"), a firing post ("troops located
at X fired on ..."), a teller's place ("a government official in Marib told ..."), a road named
after towns ("the Meru-Nairobi highway"), an origin ("from Aleppo", but not a journey's start:
"marching from Amritsar to Delhi"), a destination ("taken to hospital in X", "back to their
villages in Odisha", a journey's end), a demonstration's aim abroad and the place of the act a
demonstration answers ("to protest the shooting of a lawyer in Allahabad").
:mod:`.where` reads these to choose the act's places; merging passes read some of them too.
"""

from __future__ import annotations

import re

from ...document import PlaceMention, Trigger

_PLACE_PREPOSITION = (
    r"\b(?:in|at|near|outside|inside|around|across|into|within|on|(?:town|city|village|zone|"
    r"district|outskirts|suburbs?|cent(?:re|er)|area|parts?|neighbou?rhood|edge|countryside) of)"
    r"\s+(?:the\s+)?"
)
_LOCATIVE = re.compile(rf"{_PLACE_PREPOSITION}$", re.IGNORECASE)
# ... and for ordering a clause's places only, with a compass word between: "a drone attack on an
# airport in southern Saudi Arabia" happened there, not in the Yemen of "Yemen's Houthi rebels"
# (forty-seventh round, lead67; not for lists and reference points, where "Morek in northern
# Hama" must stay a member of its list).
_LOCATIVE_IN_A_REGION = re.compile(
    rf"{_PLACE_PREPOSITION}(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?"
    r"\s+$",
    re.IGNORECASE,
)
# "Peshawar road", "the Kano-Maiduguri highway", "the Meru- Nairobi highway", "the Nairobi -
# Mombasa highway": the town's name, then the other end's, then the road's noun.
_ROUTE_AFTER = re.compile(
    r"^(?:\s*[-–]\s*)?[\w'’-]*\s*(?:road|highway|street|avenue|motorway|expressway)\b", re.I
)


_ELSEWHERE = re.compile(
    r"\b(?:(?:return(?:ed|ing)?|back|sent back|go home|going home|travel(?:led)?) to"
    r"(?: their| his| her)?(?: (?:homes?|hometowns?|native (?:places?|villages?|states?)) in)?)"
    r"\s+(?:the\s+)?(?:[\w'’-]+,?\s+(?:and\s+)?){0,6}$",
    re.IGNORECASE,
)


# A war or conflict named by where it is fought: "the Gaza war", "the Syria conflict", "the war
# in the Gaza Strip", "Israel's war on Gaza", "the conflict in Tigray"; so is a cause or a day
# of solidarity named by its land ("the Kashmir dispute", "rallies on Kashmir Solidarity Day").
_WAR_AFTER = re.compile(
    r"^(?:'s)?[\s-]+(?:(?:civil\s+)?(?:war|conflict)|dispute|issue|cause|(?:solidarity\s+)?day)\b",
    re.IGNORECASE,
)
_WAR_BEFORE = re.compile(r"\b(?:war|conflict)\s+(?:in|on|over|for)\s+(?:the\s+)?$", re.IGNORECASE)


def names_a_war(text: str, place: PlaceMention) -> bool:
    """Whether the place names a war ("the Gaza war", "the war in Gaza"): the war's setting."""
    after = text[place.span.end : place.span.end + 20]
    return (
        _WAR_AFTER.match(after) is not None
        or _WAR_BEFORE.search(_before(text, place, 30)) is not None
    )


def is_elsewhere(text: str, place: PlaceMention) -> bool:
    """Where people want to go: "back to their villages in Odisha", the end of a journey told
    by its two ends ("marching from Amritsar to Delhi")."""
    return _ELSEWHERE.search(_before(text, place, 80)) is not None or journey_end(text, place)


_FIRE = frozenset({"shelling", "armed_clash", "airstrike", "grenade", "attack_on_civilians"})
# "positioned in the Eastern Ghouta" too: a region's name takes the article.
_POST = re.compile(
    r"\b(?:located|positioned|based|stationed|deployed)\s+(?:at|in|near)\s+(?:the\s+)?$", re.I
)


# The verb of fire right after the post: "were killed when militants positioned in X fired
# shells on Y" (the act's word, "killed", told before the post; forty-sixth round, place66).
_FIRES_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:fired|launched|lobbed|shelled|bombarded|pounded|targeted"
    r"|opened\s+fire)\b"
)


def is_firing_post(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """ "forces located at X fired on ...": where the fire came from (for acts of fire), told
    before the act's word or right before a verb of fire."""
    if trigger.event_type not in _FIRE:
        return False
    if _POST.search(_before(text, place, 30)) is None:
        return False
    return (
        place.span.end <= trigger.span.start or _FIRES_AFTER.match(text, place.span.end) is not None
    )


# A city standing for its government: "trained and equipped by Washington", "calling on
# Washington to weigh in", "Moscow said", "the Damascus government".
_BY_BEFORE = re.compile(
    r"\b(?:by|call(?:s|ed|ing)? on|urg(?:es|ed|ing)|warn(?:s|ed|ing)|ask(?:s|ed|ing))\s+$"
)
_GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:government|administration|regime|said|says|announced|accused|denied|claimed)\b"
)


def stands_for_a_government(text: str, place: PlaceMention) -> bool:
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
# The noun after a model's name: "a U.S. MQ-9 Reaper drone", "Russian-made Su-24 jets".
_MODEL_THEN_NOUN = re.compile(r"^\s+(?:[A-Z][\w-]*\d[\w-]*)(?:\s+[A-Z][a-z]+)?\s+([a-z][\w-]*)")
_STRIKE_NOUNS = frozenset(
    {"airstrikes", "airstrike", "strikes", "strike", "bombardment", "bombardments", "raids"}
)
_OWNER_BEFORE = re.compile(r"['’]s\s+$")
# A country first of peers sharing one noun of the state's men or arms: "U.S. and British
# warplanes", "US, French and British jets", "U.S. and Iraqi forces" (forty-third round).
_SHARED_NOUN_AFTER = re.compile(
    r"^(?:\s*,\s*[A-Z][\w.’'-]*)*,?\s+(?:and|or)\s+[A-Z][\w.’'-]*\s+([A-Za-z][\w-]*)"
)


def country_as_modifier(text: str, place: PlaceMention) -> bool:
    """ "the US embassy", "US forces", "US airstrikes": a country naming whose thing it is, not
    a place."""
    if place.precision != "country":
        return False
    shared = _SHARED_NOUN_AFTER.match(text[place.span.end : place.span.end + 60])
    if shared is not None and shared.group(1).lower() in _STATE_NOUNS:
        return True  # "U.S. and British warplanes", "US, French and British jets"
    model = _MODEL_THEN_NOUN.match(text[place.span.end : place.span.end + 40])
    if model is not None and model.group(1) in _STATE_NOUNS:
        return True  # "a U.S. MQ-9 Reaper drone"
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


def before_strikes(text: str, place: PlaceMention) -> bool:
    """A country right before a strike noun ("Syria airstrikes", "US raids")."""
    noun = _STATE_NOUN_AFTER.match(text[place.span.end : place.span.end + 30])
    return (
        place.precision == "country" and noun is not None and noun.group(1).lower() in _STRIKE_NOUNS
    )


def is_locative(text: str, place: PlaceMention) -> bool:
    return _LOCATIVE.search(_before(text, place, 30)) is not None


def told_where(text: str, place: PlaceMention) -> bool:
    """Whether a preposition of place tells the place, for a country a compass word maybe
    between ("in southern Saudi Arabia"): the order of a clause's places. (Not a province or a
    city so told: "shelled Kafr Zita, al-Latamneh and Morek in northern Hama" would sort the
    city of Hama before the towns of the list.)"""
    before = _before(text, place, 40)
    return _LOCATIVE.search(before) is not None or (
        place.precision == "country" and _LOCATIVE_IN_A_REGION.search(before) is not None
    )


def without_routes(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
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


def in_the_aim(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """Whether the place follows a word of the demonstration's aim told after its act."""
    if place.span.start < trigger.span.end:
        return False
    return _AIM.search(text, trigger.span.end, place.span.start) is not None


# The act a demonstration answers, told after its act, up to the act's place: "to protest the
# shooting of a lawyer in Allahabad", "over the killing of an advocate inside court premises
# in X", "to condemn the recent attack on X University", "demanding justice in connection with
# the attack on a temple in X" (what answers, up to three words, the act's noun, then the
# clause, a parenthesis allowed, with no comma or stop up to the place).
_GRIEVANCE = re.compile(
    r"\b(?:over|against|after|following|protest(?:ing|ed|s)?|condemn(?:ing|ed|s)?|"
    r"denounc(?:ing|ed|es)|mourn(?:ing|ed|s)?|justice\s+for|in\s+connection\s+with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:killings?|deaths?|murders?|shooting|lynching|assassination|"
    r"massacre|attacks?|assault|rape|arrests?|detention|abduction|kidnapping|torture|"
    r"bombing|blast)\b"
    r"(?:[^,.;:!?()]|\([^()]*\)){0,90}$",
    re.IGNORECASE,
)


def held_there(text: str, place: PlaceMention) -> bool:
    """Whether the place may be where people are or act: told so ("in X", "at X"), or at least
    no word inside a longer proper name ("activists of the Jan Kalyan Samiti": a capitalised
    word on both sides of it)."""
    if is_locative(text, place):
        return True
    return not (
        _CAPITALISED_BEFORE.search(_before(text, place, 40))
        and _CAPITALISED_AFTER.match(text, place.span.end)
    )


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def in_the_grievance(text: str, place: PlaceMention, trigger: Trigger) -> bool:
    """Whether the place is where the act a demonstration answers happened, told after the
    demonstration's act ("lawyers struck in Agra to protest the shooting of a lawyer in
    Allahabad"): an earlier act's place, in any country."""
    if place.span.start < trigger.span.end:
        return False
    return _GRIEVANCE.search(text, trigger.span.end, place.span.start) is not None


def tells_no_act_place(text: str, place: PlaceMention) -> bool:
    """Whether the text tells the place as an origin ("fighters from X"), where people were
    taken or fled ("the wounded were taken to the town of X") or where someone spoke ("told a
    news conference in Ankara"): no place of an act."""
    return is_origin(text, place) or is_destination(text, place) or is_speakers_place(text, place)


# A place right after a speaker's words: "at a news conference in", "told reporters in",
# "speaking in", "said in a statement in", "an interview in", "a press briefing in". The
# place a retelling of an act names that way ("Erdogan, speaking in Istanbul, said the strikes
# would go on") is the speaker's, not the act's.
_SPOKEN_FROM = re.compile(
    r"(?:\b(?:speaking|spoke|said|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+"
    r"(?:on\s+\w+\s+)?in|"
    r"\b(?:news|press)\s+(?:conference|briefing)\s+(?:\w+\s+){0,2}?in|"
    r"\b(?:interview|statement|speech)\s+in)\s+(?:the\s+(?:city|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


def is_speakers_place(text: str, place: PlaceMention) -> bool:
    """Whether the words right before the place tell where someone spoke."""
    return spoken_before(text, place.span.start)


def spoken_before(text: str, start: int) -> bool:
    """Whether the words right before ``start`` tell where someone spoke."""
    return _SPOKEN_FROM.search(text, max(0, start - 60), start) is not None


def is_destination(text: str, place: PlaceMention) -> bool:
    return _DESTINATION.search(_before(text, place, 80)) is not None


def is_origin(text: str, place: PlaceMention) -> bool:
    """ "fighters from Zawiyah attacked ... in Wershefana": where they come from; not where a
    journey told by its two ends starts ("a bus travelling from Merti to Isiolo")."""
    return _ORIGIN.search(_before(text, place, 60)) is not None and not _journey_start(text, place)


# A journey told by its two ends: "a march from Dawei to Yangon", "farmers began marching
# from Nabha to New Delhi", "a bus travelling from Merti to Isiolo", "on his way from X to Y",
# "the highway stretch from Guwahati to Nagaon". What happened on it happened where it began
# (or along the way from there), not at the end it was heading for.
_JOURNEY = (
    r"\b(?:march(?:ing|ed|es)?|rall(?:y|ies)|procession|travell?(?:ing|ed)|(?:on\s+)?"
    r"(?:its|their|his|her|the)\s+way|en\s+route|journey(?:ing|ed)?|stretch|convoy)\s+"
    r"from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
)
_JOURNEY_START = re.compile(_JOURNEY + r"$", re.IGNORECASE)
_JOURNEY_END = re.compile(
    _JOURNEY + r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:to|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TO_AFTER = re.compile(r"\s+(?:to|towards)\s+(?:the\s+)?[A-Z]")


def _journey_start(text: str, place: PlaceMention) -> bool:
    return _JOURNEY_START.search(_before(text, place, 60)) is not None and (
        _TO_AFTER.match(text, place.span.end) is not None
    )


def journey_end(text: str, place: PlaceMention) -> bool:
    """Whether the place is the end of a journey told by its two ends ("marching from Amritsar
    to Delhi"): where the marchers head, not where they march."""
    return _JOURNEY_END.search(_before(text, place, 90)) is not None


def _before(text: str, place: PlaceMention, chars: int) -> str:
    """The ``chars`` characters of ``text`` right before the place's name."""
    return text[max(0, place.span.start - chars) : place.span.start]
