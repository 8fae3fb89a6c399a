"""State forces named by their country rather than by a name: "a Turkish drone strike",
"Israel's strikes", "US warplanes", "regime helicopters".

News names the attacker of most air and artillery strikes only by the adjective, the possessive
or the compound before the weapon, or by the country after it ("air strikes by Russia"). ACLED
codes them as that state's forces ("Military Forces of Turkey"), so such a phrase is an actor
mention of the state force, spanning the country word and the weapon noun. "regime" is the
article's own country's ("regime helicopters dropped barrel bombs" in an article about Syria).
ACLED's own wording ("military forces of Armenia") and a unit named by its country only ("Burma
Army") are state forces too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...document import ActorMention, Span
from ...places.gazetteer.sources import demonym_rows
from ...prefilter import first_char_alternation
from ...runs import run_finditer
from ...vocabulary import AIRCRAFT_MODELS
from ..dictionary import country_name, country_names, default_matcher

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
# Short forms of demonyms that also name peoples living in neighbouring countries.
_PEOPLES_ACROSS_BORDERS = frozenset({"Serb", "Croat", "Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Lao"})
# Short forms ACLED and the press use for countries with long names.
_SHORT_NAMES = {
    "US": "US",
    "U.S.": "US",
    "UK": "GB",
    "American": "US",
    "British": "GB",
    # (the South Asian press's short form: "Pak Army", "Pak troops")
    "Pak": "PK",
}
# Territories whose soldiers are another state's: ACLED codes no Palestinian military (the
# Palestinian Authority's men are police), so troops, soldiers and the army told in the West
# Bank or Gaza are Israel's ("soldiers detained two farmers near Hebron").
_MILITARY_OF = {"PS": "IL"}


def state_force_name(force: str, code: str | None) -> str:
    """ "Police Forces of Syria"; "Military Forces of the United States" as the dictionary
    names it, with the article ACLED writes before some countries; "Police Forces" alone when
    the country is unknown (never "Police Forces of International")."""
    if code is None:
        return force
    if force == "Military Forces":
        code = _MILITARY_OF.get(code, code)
    with_the = f"{force} of the {country_name(code)}"
    if default_matcher().entry(with_the) is not None:
        return with_the
    return f"{force} of {country_name(code)}"


def military_of_government(government: str, code: str) -> str:
    """The armed forces a government fights with, as ACLED codes them ("the GNA shelled",
    "Assad forces": the state's military): the dictionary's "Military Forces of ..." whose
    patron the government is, else its country's military forces. Read here once for the
    actors' stage (a leader's men, :mod:`..named.leaders_men`) and the output's (a government
    that fights, :mod:`...output.sides.sides`), so the two cannot drift apart."""
    return _commanded_by().get(government) or state_force_name("Military Forces", code)


@cache
def _commanded_by() -> dict[str, str]:
    """Government -> the dictionary's military forces whose patron it is."""
    forces: dict[str, str] = {}
    for entry in default_matcher().entries:
        if (
            entry.kind == "state_force"
            and entry.affiliation
            and entry.name.startswith("Military Forces of ")
        ):
            forces.setdefault(entry.affiliation, entry.name)
    return forces


@cache
def _country_words() -> dict[str, str]:
    """Adjective, possessive and short forms of each country -> its code ("Turkish": "TR",
    "Israel's": "IL", "US": "US")."""
    words: dict[str, str] = {}
    for code, name in country_names().items():
        words[f"{name}'s"] = code
        words[f"{name}’s"] = code
        # (copy stripped of its apostrophes: "Russias military", "Turkeys army"; only before a
        # force's noun, so no plural of a name is read)
        if not name.endswith("s"):
            words.setdefault(f"{name}s", code)
    for code, demonym, _forms in demonym_rows():
        words.setdefault(demonym, code)
    # An adjective's short form before a weapon or force ("a Saudi drone strike");
    # not a plural ("Saudis"), nor the name of a people that also lives beyond the country
    # ("Uzbek forces" in Afghanistan are no army of Uzbekistan).
    for code, _demonym, forms in demonym_rows():
        for form in filter(None, forms.split("|")):
            if not form.endswith("s") and form not in _PEOPLES_ACROSS_BORDERS:
                words.setdefault(form, code)
    words.update(_SHORT_NAMES)
    return words


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(_country_words(), key=len, reverse=True)
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
    return re.compile(rf"(?<![\w-])(?P<named>{_country_alternation()})\s+$")


# "air strikes by Russia", "shelling by regime ally Russia": a strike whose agent is a country
# named after "by" (ACLED codes it as that state's forces).
_STRIKES = (
    r"(?:(?:drone|air|missile|rocket|artillery)\s?strikes?|airstrikes?|air\s+raids?|strikes|"
    r"raids|bombardment|shelling|bombing)"
)


@cache
def _codes_by_name() -> dict[str, str]:
    """Country name -> code, with the short forms ("US", "UK")."""
    names = {name: code for code, name in country_names().items()}
    names.update({"US": "US", "U.S.": "US", "UK": "GB"})
    return names


@cache
def _country_alternation() -> str:
    """Every country name, longest first, as a regex alternation."""
    return first_char_alternation(sorted(_codes_by_name(), key=len, reverse=True))


@cache
def _by_country_pattern() -> re.Pattern[str]:
    alternation = _country_alternation()
    return re.compile(
        rf"(?i:{_STRIKES})\s+by\s+(?:the\s+)?(?:(?:[Rr]egime|[Gg]overnment|[Ii]ts|[Tt]heir)\s+)?"
        # (not the home of the one named after it: "shelling by Sudan's paramilitary Rapid
        # Support Forces" is the RSF's; forty-fourth round)
        rf"(?:all(?:y|ies)\s+)?(?P<country>{alternation})(?![\w-]|['’]s?\b)"
    )


# "military forces of Armenia", "the security forces of Pakistan": ACLED's own wording.
@cache
def _forces_of_pattern() -> re.Pattern[str]:
    alternation = _country_alternation()
    return re.compile(
        r"(?<![\w-])(?P<force>(?i:military|armed|security|police))\s+(?i:forces?)\s+of\s+"
        rf"(?:the\s+)?(?P<country>{alternation})(?![\w-])"
    )


def _by_country(text: str) -> list[ActorMention]:
    found = []
    for match in run_finditer(_by_country_pattern(), text):  # (where a strike is told)
        code = _codes_by_name()[match.group("country")]
        span = Span(match.start("country"), match.end("country"))
        name = state_force_name("Military Forces", code)
        found.append(ActorMention(span, match.group("country"), name, "state_force", code))
    for match in _forces_of_pattern().finditer(text):
        code = _codes_by_name()[match.group("country")]
        police = match.group("force").lower() in ("security", "police")  # as generic.py names them
        name = state_force_name("Police Forces" if police else "Military Forces", code)
        found.append(ActorMention(Span(*match.span()), match.group(), name, "state_force", code))
    return found


def country_word(word: str) -> str | None:
    """The country an adjective or possessive names: "Iranian" -> "IR"."""
    return _country_words().get(word)


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
        code = _country_words()[country]
        name = state_force_name("Police Forces" if police else "Military Forces", code)
        found.append(ActorMention(span, match.group(), name, "state_force", code))
    found.extend(_by_country(text))
    return tuple(found)


def _named_country_men(text: str, start: int, men: re.Match[str]) -> ActorMention:
    """ "Niger soldiers", "Kenya Police": the state force of the country named."""
    code = _codes_by_name()[text[start : men.start()].rstrip()]
    noun = men.group("men")
    police = _POLICE_NOUNS.fullmatch(noun) or noun.lower() == "policemen"
    name = state_force_name("Police Forces" if police else "Military Forces", code)
    # (generic as "soldiers" alone is: a named country adds no identity to merge on)
    span = Span(start, men.end())
    return ActorMention(span, text[start : men.end()], name, "state_force", code, generic=True)


# "Burma Army", "Nigerian Armed Forces", "Sudan Air Force": a unit named by its country only
# is that country's forces, not a militia of that name.
_COUNTRY_UNIT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<country>.+?)\s+(?P<branch>(?:Armed|Defen[cs]e|Air|Ground|Land|Naval|"
    r"Security)\s+)?(?:Army|Forces|Force|Navy|Military)$"
)


def country_unit(surface: str) -> ActorMention | None:
    """The state force a unit named by its country is ("Burma Army": Military Forces of
    Myanmar), spanning nothing yet; None for any other unit."""
    match = _COUNTRY_UNIT.match(surface)
    if match is None:
        return None
    words = match.group("country")
    code = _codes_by_name().get(words) or country_word(words) or _country_by_any_name(words)
    if code is None:
        return None
    force = "Police Forces" if match.group("branch") == "Security " else "Military Forces"
    return ActorMention(Span(0, 0), surface, state_force_name(force, code), "state_force", code)


def _country_by_any_name(words: str) -> str | None:
    """The country the gazetteer knows by this name, its alternates included ("Burma")."""
    from ...places.gazetteer import Kind, gazetteer  # the geoparser imports the actors

    codes = {p.country_code for p in gazetteer().search(words) if p.kind == Kind.COUNTRY}
    return codes.pop() if len(codes) == 1 else None


# "the Air Force", "Special Forces", "the Armed Forces": a unit named by its branch only is a
# state's forces (its police for "Security Forces", as generic security forces are), not a
# militia of that name.
_BRANCH_WORDS = frozenset(
    "Air Armed Special Ground Land Naval Navy Defence Defense Security Force Forces Army "
    "Military".split()
)


def branch_unit(surface: str, code: str | None) -> ActorMention | None:
    """The state force of ``code`` a unit named by its branch only is ("Air Force": Military
    Forces of X), spanning nothing yet; None for any other unit."""
    words = surface.split()
    if words[0] in ("The", "the"):
        words = words[1:]
    if not words or any(w not in _BRANCH_WORDS for w in words):
        return None
    force = "Police Forces" if words[0] == "Security" else "Military Forces"
    name = state_force_name(force, code)
    return ActorMention(Span(0, 0), surface, name, "state_force", code, generic=True)


# "the 32nd Infantry Battalion", "Light Infantry Division", "an Artillery Regiment": a unit named
# by the arm it serves in is a regular army's, which ACLED codes as that state's military
# (a numbered "444th Brigade" without an arm may be a militia of its own name, and stays one).
_SERVICE_ARM = re.compile(
    r"\b(?:Infantry|Artillery|Mechani[sz]ed|Armou?red|Marine|Airborne|Cavalry|Rangers?)\b"
)

# An owner's possessive, singular or plural: "the Burma Army's", "the rebels'".
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\s")
_POLICE_WORD = re.compile(r"\bPolice\b")


def service_unit(surface: str, code: str | None) -> ActorMention | None:
    """The state force of ``code`` that a unit named by its arm of service is (its police for
    a unit named "Police" as well: "the Marine Police Force"), spanning
    nothing yet; None for any other unit, and for one an owner's possessive names ("the
    rebels' Infantry Brigade", "the Burma Army's Infantry Battalion": see docs/rounds/15.md).
    Generic, as "soldiers" is: the unit's number adds no identity to merge on (its name is its
    country's military)."""
    if _POSSESSIVE.search(surface) or _SERVICE_ARM.search(surface) is None:
        return None
    # ("the Marine Police Force" serves in the police)
    force = "Police Forces" if _POLICE_WORD.search(surface) else "Military Forces"
    name = state_force_name(force, code)
    return ActorMention(Span(0, 0), surface, name, "state_force", code, generic=True)
