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
from functools import cache
from typing import TYPE_CHECKING

from ...document import NON_STATE_ARMED_KINDS, ActorMention, Document, Span, SpanIndex
from ..dictionary import country_names, default_matcher
from ..unnamed.communal import group_countries

if TYPE_CHECKING:
    from ...places.reading.surface import Match
    from ...places.reading.tokens import Tokens

# Offices, councils and currencies of one country's own (public knowledge of its institutions),
# read as a demonym would be. Words shared by neighbours ("lakh", "dharna", "hartal", "bandh",
# "sub-county", "shillings", "rupees") are left out.
_INSTITUTIONS = {
    "KE": r"MCAs?|OCPDs?|[Mm]atatus?|K[Ss]hs?\.?|[Cc]hang['’]aa",
    "IN": r"MLAs?|[Pp]anchayats?|(?:Lok|Rajya|Vidhan) Sabha|[Tt]ehsildars?|[Tt]aluks?|"
    r"[Zz]illa [Pp]arishads?|[Cc]ollectorate|[Aa]nganwadi|[Rr]asta [Rr]oko",
    "PK": r"MNAs?|MPAs?",
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
    "KE": r"Kibaki|(?:Uhuru |Jomo )?Kenyatta|arap Moi",
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


def _country_in_words(text: str) -> Iterable[str]:
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


def _naming_forces(text: str) -> SpanIndex:
    """The spans of the state forces ``text`` names by their country ("US warplanes", "Turkish
    drones", "Kenya Police"): a country told there is who struck, not where, and an article
    about US air strikes on Manbij is about Syria, however often it says "US"."""
    from ..unnamed.forces import state_forces

    return SpanIndex(force.span for force in state_forces(text, None))


def article_country(
    doc: Document, actors: Iterable[ActorMention] = (), *, outlets: bool = True
) -> str | None:
    """The commonest country of the article's places; without places, of its demonyms and
    possessives and of the ``actors`` named (default: the document's actors); with
    ``outlets=False``, never the country of an outlet it names."""
    references = doc.place_references
    forces = _naming_forces(doc.text)
    places = Counter(
        p.country_code
        for p in doc.places
        if p.country_code and not (p.precision == "country" and forces.holds(p.span))
    )
    if places:
        return places.most_common(1)[0][0]
    known = country_names()
    named = list(actors) or doc.actors
    cues = Counter(
        code
        for code in (
            *(p.country_code for p in references),
            *(
                a.country_code
                for a in named
                if not a.generic and a.kind != "media" and a.kind not in NON_STATE_ARMED_KINDS
            ),
            *_compound_countries(doc.text),
            *((m.lastgroup or "")[:2] for m in _INSTITUTION.finditer(doc.text)),
            *_country_in_words(doc.text),
        )
        if code and code in known
    )
    if cues:
        return cues.most_common(1)[0][0]
    if doc.country_hints:
        return doc.country_hints[0]
    # An armed group fights abroad ("Al Shabaab attacked a police post" in Kenya, "the Taliban"
    # across the Durand Line): its home tells the country only when no word of the note's own
    # does (above), nor a name told as a place (below).
    armed = Counter(
        a.country_code
        for a in named
        if not a.generic and a.kind in NON_STATE_ARMED_KINDS and a.country_code in known
    ).most_common(1)
    if armed:
        return _country_of_names(doc.text, named, told_only=True) or armed[0][0]
    # A people of one country's own ("Maasai protest", "police shoot Pokot herders").
    peoples = Counter(group_countries(doc.text)).most_common(2)
    if peoples and (len(peoples) == 1 or peoples[0][1] > peoples[1][1]):
        return peoples[0][0]
    # An outlet reports from everywhere ("an Associated Press reporter at the scene"): its
    # country tells where the news is only when nothing else does.
    media = Counter(a.country_code for a in named if a.kind == "media" and a.country_code)
    told = _country_of_names(doc.text, named)
    return told or (media.most_common(1)[0][0] if media and outlets else None)


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


def owned_country(doc: Document, actors: Iterable[ActorMention]) -> str | None:
    """The country the note's own words of one country tell, none of them a demonym: the
    parties and bodies the dictionary knows the country of, told by their whole names
    (not an acronym, nor the tail of a longer name), its offices, leaders and own
    words, a country told inside another word; else the peoples it names. A demonym often tells
    a foreigner ("an Australian man arrested in Nairobi", "traders protest Chinese businesses"),
    and a name of one country only may be a namesake, so neither outweighs a place. None on a
    tie."""
    known = country_names()
    cues = Counter(
        code
        for code in (
            *(
                a.country_code
                for a in actors
                if not a.generic and a.kind in _DOMESTIC_KINDS and _own_name(doc.text, a)
            ),
            *_compound_countries(doc.text),
            *((m.lastgroup or "")[:2] for m in _INSTITUTION.finditer(doc.text)),
            *_country_in_words(doc.text),
        )
        if code and code in known
    ).most_common(2) or Counter(group_countries(doc.text)).most_common(2)
    if not cues or (len(cues) == 2 and cues[0][1] == cues[1][1]):
        return None
    return cues[0][0]


# A name told as a place: after a preposition of place ("in Binodpur", "from the Rakwana area")
# or before a noun of a place or of its people ("Nyatike district", "Lodwar residents"). A bare
# capitalised word ("the State Advised Price", "Bailey Road") is a place name by chance more
# often, so one told as a place outweighs any number of bare ones.
_TOLD_AS_PLACE = 1000


@cache
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions before a place and the nouns after one."""
    # The geoparser reads the actor dictionary: imported here, not at the top.
    from ...places.reading.words import ADMIN1_WORDS, LOCALITY_WORDS, PEOPLE_NOUNS, SETTLEMENT_WORDS
    from ...places.shared.keys import word_set

    before = word_set("in at near outside around inside from of to across into towards within")
    after = ADMIN1_WORDS | SETTLEMENT_WORDS | LOCALITY_WORDS | PEOPLE_NOUNS | {"county", "area"}
    return before, after


# A town smaller than this, named only as a later word of a longer capitalised name, is a word
# of that name ("Mysore Paper Mills", "Ambedkar Circle", "the Deputy Commissioner", "Charlie
# Hebdo Magazine": small American towns), not the note's country; a region or a bigger town
# named inside a name still tells it ("All Assam Students Union", "Bruhat Bangalore Mahanagara
# Palike").
_NAME_WORD_TOWN = 10_000


def _inside_a_name(tokens: Tokens, match: Match) -> bool:
    """Whether ``match`` follows another capitalised word of the same name (one space apart),
    not a word of a place's own ("Lake Naivasha", "West Pokot")."""
    if match.first == 0:
        return False
    before = tokens[match.first - 1]
    if not before.cap or before.upper or tokens.gap(match.first - 1, match.first) != " ":
        return False
    from ...places.reading.words import DIRECTIONS

    _, nouns = _place_words()
    return before.fold not in nouns and before.fold not in DIRECTIONS and before.fold not in {
        "lake", "mount", "mt", "river", "port", "saint", "st", "san", "santa", "fort", "new",
        "el", "al", "ras", "tel", "tell", "wadi", "jebel", "jabal", "bir", "kafr", "deir",
    }  # fmt: skip


def _after_a_title(tokens: Tokens, match: Match) -> bool:
    """A word of a person's name: after a title, or after a capitalised word after one ("Prof
    David Serem", "Mr Ochieng")."""
    from ...places.reading.words import TITLES

    index = match.first - 1
    for _ in range(2):
        if index < 0 or not tokens[index].cap:
            return False
        if tokens[index].fold in TITLES:
            return True
        index -= 1
    return False


def _before_followers(tokens: Tokens, match: Match) -> bool:
    """A party's, a candidate's or a symbol's name before its followers ("Jubilee supporters",
    "Boat supporters"): no place of any country."""
    from ...places.reading.words import FOLLOWER_NOUNS

    after = tokens.after(match.last)
    return after is not None and not after.cap and after.fold in FOLLOWER_NOUNS


def _told_as_place(tokens: Tokens, match: Match) -> bool:
    locatives, nouns = _place_words()
    before = tokens.word_before(match.first)
    if before is not None and tokens[before].fold == "the":
        before = tokens.word_before(before)
    if before is not None and tokens[before].fold in locatives:
        return True
    after = tokens.after(match.last)
    return after is not None and after.fold in nouns


def _country_of_names(
    text: str, actors: Iterable[ActorMention], *, told_only: bool = False
) -> str | None:
    """The commonest country among the names the gazetteer knows in one country only, spelled
    exactly so, those told as places first (with ``told_only``, only those); not a name an
    actor holds ("Police" is a town in Poland) nor a single word opening a sentence ("Mob kills
    a thief"). None on a tie."""
    # The geoparser reads the actor dictionary: imported here, not at the top, to break the cycle.
    from ...places.gazetteer import Kind, gazetteer
    from ...places.reading.surface import admissible, opens_sentence, scan
    from ...places.reading.tokens import tokenise

    # A people, a region of the world or a country (which the geoparser takes) say nothing here.
    not_local = (Kind.DEMONYM, Kind.SUPRANATIONAL, Kind.COUNTRY)
    gaz = gazetteer()
    places = gaz.places
    tokens = tokenise(text)
    taken = SpanIndex(a.span for a in actors)
    votes: Counter[str] = Counter()
    for match in scan(tokens, gaz):
        span = Span(tokens[match.first].start, tokens[match.last].end)
        if (
            taken.overlaps(span)
            or (match.first == match.last and opens_sentence(text, span.start))
            or _after_a_title(tokens, match)
            or _before_followers(tokens, match)
        ):
            continue
        in_a_name = _inside_a_name(tokens, match)
        countries = {
            places[i].country_code
            for i in admissible(tokens, match, gaz)
            if places[i].kind not in not_local
            and i not in match.loose_only
            and not (
                in_a_name
                and places[i].kind not in (Kind.ADMIN1, Kind.ADMIN2)
                and places[i].population < _NAME_WORD_TOWN
            )
        }
        if len(countries) == 1:
            # A name told as a place outweighs any number of bare capitalised words.
            votes[countries.pop()] += _TOLD_AS_PLACE if _told_as_place(tokens, match) else 1
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    if told_only and top[0][1] < _TOLD_AS_PLACE:
        return None  # bare capitalised words only
    return top[0][0]
