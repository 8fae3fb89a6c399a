"""State forces named by their country rather than by a name: "a Turkish drone strike",
"Israel's strikes", "US warplanes", "regime helicopters".

News names the attacker of most air and artillery strikes only by the adjective, the possessive
or the compound before the weapon, or by the country after it ("air strikes by Russia"). ACLED
codes them as that state's forces ("Military Forces of Turkey"), so such a phrase is an actor
mention of the state force, spanning the country word and the weapon noun. "regime" is the
article's own country's ("regime helicopters dropped barrel bombs" in an article about Syria).
ACLED's own wording ("military forces of Armenia") is state forces too; the country words are
:mod:`.country_words`, the forces' names :mod:`.state_names`, units named by their country or
branch only :mod:`.unit_forces`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...document import ActorMention, Span
from ...prefilter import first_char_alternation
from ...runs import run_finditer
from ...vocabulary import AIRCRAFT_MODELS
from ..dictionary import default_matcher
from .country_words import all_country_words, codes_by_name, country_alternation
from .state_names import state_force_name

# Nouns of a state's armed forces and of the weapons only states field in these wars; "air" and
# "ground" qualify them ("Syrian air force", "Russian ground forces").
_FORCE_NOUNS = (
    r"(?:(?:regular|government|junta|air|ground|naval|armed|special|security|military|border|navy|"
    r"occupation|occupying|elite|"
    # "Iraqi counter-terrorism forces", "Pakistani anti-terrorism troops": a state's own units
    # named by their task (forty-fourth round)
    r"(?:counter|anti)[ -]?(?:terror(?:ism|ist)?|insurgency))\s+)?"
    # "the Russian occupiers", "Russian invaders": a state's troops as the other side calls them
    # ("US marines": a state's marines are its own, not the article country's)
    r"(?:forces?|troops|army|military|soldiers|marines|navy|artillery|tanks|gunboats|occupiers|invaders|"
    # "Syrian air defences downed most of the missiles": who intercepts
    r"air[ -]defen[cs]es?(?: systems?| units?)?|"
    # ("Pakistani Airforce": the South Asian press writes it as one word; twenty-fourth round)
    r"aerospace forces|air ?force|aircrafts?|air ?craft|warplanes?|war planes?|"
    r"(?:fighter )?(?:jets?|planes?)|(?:helicopter )?gunships?|helicopters?|choppers?|drones?|"
    r"howitzers?|"
    # "a Russian missile struck a residential building", "Russian cruise missiles": a missile
    # told by its state's adjective (not rockets, which armed groups fire too; forty-fourth round)
    r"(?:(?:cruise|ballistic|guided|hypersonic|anti-ship)\s+)?"
    r"missiles?(?![ -](?:strikes?|attacks?))|"
    # ("Iraqi F-16s", "a Russian Su-24": aircraft by their model)
    rf"{AIRCRAFT_MODELS}|"
    # "Israeli air and missile strikes", "Russian missile attacks": weapons coordinated, and the
    # attacks of a weapon only a state fields
    r"(?:(?:drone|air|missile|rocket|artillery)\s+and\s+)?"
    r"(?:(?:drone|air|missile|rocket|artillery) ?strikes?|(?:air|missile|artillery) attacks?)|"
    # ("regime bombing raids", "regime barrel bombs": what only a state's aircraft drop)
    r"airstrikes|air raids?|bombing raids?|barrel[ -]bombs?|raids|strikes?|bombers|bombardments?|"
    # "killed in Russian bombing of the village", "regime bombing on the town": the air power's
    # bombing, owned as its strikes are (not a suspect, a plot or an inquiry: "a Pakistani
    # bombing suspect", "a Kenyan bombing trial"; review63)
    r"bombings?(?!\s+(?:suspects?|plots?|inquir(?:y|ies)|investigations?|probes?|trials?|cases?|"
    r"charges?|masterminds?|convicts?|conspirac(?:y|ies)|cells?|networks?)\b)|bombs(?![ -]made)|"
    r"shelling|"
    # "regime shells", "Turkish artillery fire", "Israeli tank shells": the state's fire told by
    # its shells (not mortars or rockets, which armed groups fire too; forty-seventh round)
    r"(?:(?:artillery|tank|mortar)\s+)?shells|shellfire|(?:artillery|tank)\s+fire|"
    # "a regime sniper", "Israeli snipers": the state's marksmen
    r"snipers?)"
)
# Weapons only a state fields, after "government" ("a government airstrike").
_STATE_WEAPONS = (
    r"(?:drone|air|missile|artillery)\s?strikes?|airstrikes?|air\s+raids?|warplanes?|war\s+planes?|"
    r"(?:fighter\s+)?jets?|planes?|helicopters?|gunships?|aircraft|artillery|shelling|bombardment|"
    r"bombing"
)
# The men of a state's forces, after a country's name ("Niger soldiers", "Kenya Police").
_STATE_MEN = r"soldiers|troops|army|police|policemen|security\s+forces|armed\s+forces|military"
_POLICE_NOUNS = re.compile(r"security forces|police", re.IGNORECASE)


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(all_country_words(), key=len, reverse=True)
    alternation = first_char_alternation(words)
    return re.compile(
        rf"(?<![\w-])(?:(?P<country>{alternation})|(?P<regime>[Rr]egime|[Jj]unta)|"
        # "a government airstrike", "government warplanes": the state's weapons (not "government
        # strikes", a verb as often as a noun; "government forces" are read in generic.py)
        rf"(?P<government>[Gg]overnment)(?=\s+(?i:{_STATE_WEAPONS})\b))(?:-led)?\s+"
        # (a headline capitalises its nouns: "Israeli Drone Strike Kills 3")
        rf"(?P<noun>(?i:{_FORCE_NOUNS}))\b"
    )


# "Niger soldiers", "Kenya Police", "Mali army": a country's name before its men (found from the
# men back to the name: the nouns are rarer than the names' first letters).
@cache
def _men_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<men>(?i:{_STATE_MEN}))\b")


_WORD_BEFORE = re.compile(r"[\w.'’-]+\s+$")


@cache
def _named_before_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<named>{country_alternation()})\s+$")


# "air strikes by Russia", "shelling by regime ally Russia": a strike whose agent is a country
# named after "by" (ACLED codes it as that state's forces).
_STRIKES = (
    r"(?:(?:drone|air|missile|rocket|artillery)\s?strikes?|airstrikes?|air\s+raids?|strikes|"
    r"raids|bombardment|shelling|bombing)"
)


@cache
def _by_country_pattern() -> re.Pattern[str]:
    alternation = country_alternation()
    return re.compile(
        rf"(?i:{_STRIKES})\s+by\s+(?:the\s+)?(?:(?:[Rr]egime|[Gg]overnment|[Ii]ts|[Tt]heir)\s+)?"
        # (not the home of the one named after it: "shelling by Sudan's paramilitary Rapid
        # Support Forces" is the RSF's; forty-fourth round)
        rf"(?:all(?:y|ies)\s+)?(?P<country>{alternation})(?![\w-]|['’]s?\b)"
    )


# "military forces of Armenia", "the security forces of Pakistan": ACLED's own wording.
@cache
def _forces_of_pattern() -> re.Pattern[str]:
    alternation = country_alternation()
    return re.compile(
        r"(?<![\w-])(?P<force>(?i:military|armed|security|police))\s+(?i:forces?)\s+of\s+"
        rf"(?:the\s+)?(?P<country>{alternation})(?![\w-])"
    )


def _by_country(text: str) -> list[ActorMention]:
    found = []
    for match in run_finditer(_by_country_pattern(), text):  # (where a strike is told)
        code = codes_by_name()[match.group("country")]
        span = Span(match.start("country"), match.end("country"))
        name = state_force_name("Military Forces", code)
        found.append(ActorMention(span, match.group("country"), name, "state_force", code))
    for match in _forces_of_pattern().finditer(text):
        code = codes_by_name()[match.group("country")]
        police = match.group("force").lower() in ("security", "police")  # as generic.py names them
        name = state_force_name("Police Forces" if police else "Military Forces", code)
        found.append(ActorMention(Span(*match.span()), match.group(), name, "state_force", code))
    return found


def state_forces(text: str, main_country: str | None) -> list[ActorMention]:
    """ "Military Forces of Turkey" for "Turkish drone strike"; "Police Forces of Egypt" for
    "Egyptian police"; the article's own country's forces for "regime warplanes"."""
    found: list[ActorMention] = []
    for item in _state_forces_read(text):
        if isinstance(item, ActorMention):
            if item.country_code == main_country and _NATION_BOMBING.fullmatch(item.text):
                continue  # "an Iraqi bombing" in Baghdad: where the blast was (review63)
            found.append(item)
        elif main_country is not None:
            # (the regime's, the junta's, the government's: the article's own forces, as
            # generic as "troops")
            span, surface, police = item
            name = state_force_name("Police Forces" if police else "Military Forces", main_country)
            own = ActorMention(span, surface, name, "state_force", main_country, generic=True)
            found.append(own)
    return found


# The article's own country's adjective right before "bombing(s)" or "bombs" names where the
# blast was, as wire copy tells a militant bombing ("an Iraqi bombing killed 20 in Baghdad",
# "Nigerian bombings blamed on Boko Haram"); a state bombs its own land as "the regime" or "the
# government" (or its "air" bombing), a foreign state's bombing is its air power's ("Russian
# bombing of the village"; review63).
_NATION_BOMBING = re.compile(r"[\w'’.-]+\s+(?i:bombings?|bombs)")


# The article's own forces told without a country ("regime warplanes"): their span, surface and
# whether they are police, named after the article's country by the caller.
_OwnForces = tuple[Span, str, bool]


# The actor stage reads a text's state forces twice (the article's country is told from where
# they are, then they are named after it): the matches do not depend on the country, so they are
# read once per text (the last few texts are kept; mentions are frozen).
@lru_cache(maxsize=4)
def _state_forces_read(text: str) -> tuple[ActorMention | _OwnForces, ...]:
    """The state forces of ``text`` in :func:`state_forces`'s order, those of the article's own
    country still unnamed."""
    found: list[ActorMention | _OwnForces] = []
    for men in _men_pattern().finditer(text):
        word = _WORD_BEFORE.search(text, max(0, men.start() - 30), men.start())
        if word is None or not word.group()[0].isupper():
            continue  # ("the army", "killed 16 soldiers": most men follow no name)
        named = _named_before_pattern().search(text, max(0, men.start() - 45), men.start())
        if named is not None:
            found.append(_named_country_men(text, named.start(), men))
    for match in _pattern().finditer(text):
        country = match.group("country")
        if country and text[match.end("country")] == "-":
            # "US-led air strikes", "Saudi-led warplanes": the coalition that country leads.
            coalition = f"{country}-led coalition"
            led = default_matcher().lookup(coalition) or default_matcher().entry(coalition)
            if led is not None:
                found.append(led.mention(Span(match.start(), match.end()), match.group()))
            continue
        opening = "country" if country else "regime" if match.group("regime") else "government"
        if text[match.end(opening)] == "-":
            continue
        police = _POLICE_NOUNS.fullmatch(match.group("noun")) is not None
        span = Span(match.start(), match.end())
        if not country:
            found.append((span, match.group(), police))
            continue
        code = all_country_words()[country]
        name = state_force_name("Police Forces" if police else "Military Forces", code)
        found.append(ActorMention(span, match.group(), name, "state_force", code))
    found.extend(_by_country(text))
    return tuple(found)


def _named_country_men(text: str, start: int, men: re.Match[str]) -> ActorMention:
    """ "Niger soldiers", "Kenya Police": the state force of the country named."""
    code = codes_by_name()[text[start : men.start()].rstrip()]
    noun = men.group("men")
    police = _POLICE_NOUNS.fullmatch(noun) or noun.lower() == "policemen"
    name = state_force_name("Police Forces" if police else "Military Forces", code)
    # (generic as "soldiers" alone is: a named country adds no identity to merge on)
    span = Span(start, men.end())
    return ActorMention(span, text[start : men.end()], name, "state_force", code, generic=True)
