"""The words of one country's own a note tells its country by, none of them a place or a demonym.

Offices, councils and currencies ("MCAs", "panchayat", "Tk 500"), heads of state and government
("after Kibaki's re-election"), words of one country's own language in the names of its unions
and parties ("Bharatiya Kisan Union"), the country inside another word ("in Kenyas capital",
"FORD-Kenya") and a dictionary actor named as the maker or holder of another ("BNP-led alliance").
Read by :mod:`.article` as a demonym would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..dictionary import country_names, default_matcher

# Offices, councils and currencies of one country's own (public knowledge of its institutions),
# read as a demonym would be. Words shared by neighbours ("lakh", "hartal", "bandh",
# "sub-county", "shillings", "rupees") are left out. "Dharna" (a sit-in) and "lathi-charge" (a
# baton charge) are South Asia's, yet the notes of the ACLED sets (India, Pakistan, Bangladesh,
# Nepal, Sri Lanka) write them of India's crowds and police nearly only (of some 200 notes with
# either word, two are Nepal's, none Pakistan's or Bangladesh's; forty-sixth round, actor66):
# India's, as weak as a demonym (a place of another country outweighs them).
# Pakistan's own forces: the Levies (Balochistan's and the tribal districts') and the FC (the
# Frontier Corps) before its men or posts; India's "rail roko" (blocking trains) as its "rasta
# roko"; Kenya's sub-location (the unit under a location, a chief's).
# Kenya's coalitions and parties by their short names ("NASA supporters", "CORD MPs", "Jubilee
# aspirants"; "Jubilee" only before its followers: a road, a school or a village elsewhere).
_INSTITUTIONS = {
    "KE": r"MCAs?|OCPDs?|[Mm]atatus?|K[Ss]hs?\.?|[Cc]hang['’]aa|[Ss]ub-?[Ll]ocations?|NASA|CORD|"
    r"Jubilee(?= (?:[Pp]arty|supporters?|aspirants?|candidates?|nominations?|primaries|leaders?|"
    r"MPs?|youths?|coalition|politicians?|members?|officials?)\b)",
    "IN": r"MLAs?|[Pp]anchayats?|(?:Lok|Rajya|Vidhan) Sabha|[Tt]ehsildars?|[Tt]aluks?|"
    r"[Zz]illa [Pp]arishads?|[Cc]ollectorate|[Aa]nganwadi|[Rr]asta [Rr]oko|[Dd]harnas?|"
    r"[Ll]athi-?charg(?:e[sd]?|ing)|[Rr]ail [Rr]oko",
    "PK": r"MNAs?|MPAs?|Levies|FC(?= (?:soldiers?|personnel|men|troops|officials?|checkpoints?|"
    r"check-?posts?|posts?|convoys?|vehicles?|camps?|forts?|officers?|jawans?|patrols?)\b)",
    "BD": r"[Uu]pazilas?|[Uu]nion [Pp]arishads?|Tk\.?|[Tt]aka",
    "NP": r"VDCs?|CDOs?|Madhesis?",
}
# Heads of state and government of one country (public record; the regime periods of
# output/names/regimes.py follow the same people; those the actor dictionary names, "Modi", "Ruto",
# are its persons), read as a demonym would be: "after Kibaki's
# re-election", "against Thein Sein's plan". A name a head of state shares with a town or an
# institution named after them ("Kenyatta University") names the same country. A possessive
# whose apostrophe the page lost ("Kibakis victory") is read too.
_LEADERS = {
    "KE": r"Kibaki|(?:Uhuru |Jomo )?Kenyatta|(?:arap )?Moi",
    "IN": r"Manmohan Singh|Vajpayee|(?:Rahul|Sonia|Indira|Rajiv) Gandhi",
    "PK": r"(?:Nawaz|Shehbaz|Shahbaz) Sharif|Zardari|Musharraf",
    "BD": r"Sheikh Hasina|Khaleda Zia",
    "NP": r"Prachanda|Koirala|Deuba|Sharma Oli",
    "LK": r"Rajapaksa|Sirisena|Wickremesinghe",
    "MM": r"Thein Sein|Min Aung Hlaing",
    "TH": r"Prayuth|Prayut|Shinawatra",
    "KH": r"Hun Sen",
    "AF": r"Karzai|Ashraf Ghani",
    "NG": r"Buhari|Tinubu|Goodluck Jonathan",
}
# Words of one country's own language in the names of its unions, parties and movements
# (public knowledge of the languages), read as a demonym would be: "Bharatiya Kisan Union",
# "Khet Mazdoor Union", "Akhil Bharatiya Vidyarthi Parishad" are India's, "Tehreek" and "Tehrik"
# Pakistan's, "Madheshi", "Tharuhat" Nepal's. Words shared by neighbours ("Sangh", "Samiti",
# "Parishad", "Sabha", "Jamaat", "Janata", "Congress") are left out (twenty-third round).
_OWN_WORDS = {
    "IN": r"Bharatiya|Bhartiya|Bharti|Rashtriya|Akhil|Kisaan|Kisan|Mazdoor|Vidyarthi|Yuva|"
    r"Sangharsh|Adhyapak|Shikshak|Gurdwaras?",
    "PK": r"Tehreek|Tehrik|Tahreek",
    "NP": r"Madheshis?|Madeshis?|Tharuhat",
}
_INSTITUTION = re.compile(
    "|".join(
        (
            *(rf"(?<![\w-])(?P<{code}>{words})(?![\w-])" for code, words in _INSTITUTIONS.items()),
            *(
                rf"(?<![\w-])(?P<{code}_leader>{words})(?:s|['’]s?)?(?![\w-])"
                for code, words in _LEADERS.items()
            ),
            *(rf"(?<![\w-])(?P<{code}_own>{words})(?![\w-])" for code, words in _OWN_WORDS.items()),
        )
    )
)


@cache
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the two ways a note tells its country inside another word, and the codes
    of the country names: a possessive whose apostrophe the page lost ("in Kenyas capital",
    "Nepals Terai": the geoparser reads it only to keep it from a person's name) and a name
    hyphened after a party's or group's own word ("FORD-Kenya", "Forum-Nepal"; not "Indo-",
    "Sino-", "Afro-", which join two countries, nor a country before the hyphen)."""
    codes = {name: code for code, name in country_names().items() if name.isascii()}
    names = "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<possessive>{names})s(?= \w)"
        rf"|(?<![\w'’-])(?P<party>[A-Z][A-Za-z]{{2,}}[A-Za-np-z])-(?P<named>{names})(?![\w-])"
    )
    return pattern, codes


def country_in_words(text: str) -> Iterable[str]:
    """The countries ``text`` tells inside other words (see :func:`_country_words`)."""
    pattern, codes = _country_words()
    for match in pattern.finditer(text):
        if match.group("possessive"):
            yield codes[match.group("possessive")]
        elif match.group("party") not in codes:
            yield codes[match.group("named")]


# An actor named as the maker or holder of another ("BNP-led alliance", "Taliban-controlled
# district", "Awami League-backed candidate"): the compound is no actor mention (it describes
# the name after it), but the actor in it tells the country as well as a mention would.
_COMPOUND = re.compile(
    r"(?<![\w-])(?P<words>[A-Z][\w'’()]{0,40}(?: [A-Z][\w'’()]{0,40}){0,3})-"
    r"(?:led|backed|run|controlled|held|dominated|affiliated|aligned|linked|allied|"
    r"supported|sponsored|called|enforced)(?![\w-])"
)


def _compound_countries(text: str) -> Iterable[str | None]:
    """The countries of the dictionary actors named in compound modifiers of ``text``."""
    matcher = default_matcher()
    for match in _COMPOUND.finditer(text):
        words = match.group("words").split(" ")
        entry = next(
            (
                found
                for first in range(len(words))
                if (found := matcher.lookup(" ".join(words[first:]))) is not None
            ),
            None,
        )
        if entry is not None:
            yield entry.country_code


# India's Congress party by its short name before its followers ("Congress workers blocked the
# road", "Youth Congress activists"): not the last word of a longer name ("Nepali Congress
# cadres", "the Sudanese Congress Party"), nor a legislature ("members of Congress"; forty-sixth
# round, actor66).
_CONGRESS = re.compile(
    r"(?<![\w-])(?P<before>[A-Z][\w'’-]*\s+)?Congress\s+(?:[Pp]arty\s+)?"
    r"(?:workers?|activists?|supporters?|leaders?|cadres?|MLAs?|councillors?|corporators?)\b"
)
_CONGRESS_OWN = frozenset({"The", "Youth", "Mahila", "Pradesh", "District", "City"})


def _congress_followers(text: str) -> Iterable[str]:
    """India once for each time ``text`` names the Congress's followers by its short name."""
    if "Congress" not in text:
        return
    for match in _CONGRESS.finditer(text):
        before = match.group("before")
        if before is None or before.strip() in _CONGRESS_OWN:
            yield "IN"


def own_word_countries(text: str) -> Iterable[str | None]:
    """The countries ``text`` tells by words of one country's own: the actors of its compound
    modifiers, its offices, leaders and own-language words, India's Congress before its
    followers, a country inside another word."""
    yield from _compound_countries(text)
    yield from _congress_followers(text)
    yield from ((m.lastgroup or "")[:2] for m in _INSTITUTION.finditer(text))
    yield from country_in_words(text)
