"""The article's persons: the capitalised words it tells as a private person's surname (read
once per article for :mod:`.who_acts`)."""

from __future__ import annotations

import re

from ....actors.dictionary import named_actors
from ....actors.unnamed.country_words import country_word

NAME_WORD = r"(?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)"
# Words a capitalised run opens with that name a place or a body, not a first name.
_NOT_A_FIRST_NAME = frozenset(
    "The A An This That These North South East West Northern Southern Eastern Western Central "
    "Upper Lower New Old Great Greater Saint St San Santa Al El Le La De Los Las Fort Port Mount "
    "Lake River Cape Bay Islamic United Democratic Republic People National Federal State "
    "Royal Free Mr Mrs Ms Miss Dr President Minister Senator General Colonel Captain Major "
    "Police Army Court Judge When While After Before Since If As But And Or Though Although "
    "In On At For From With By Of To Also Then Last Next Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December".split()
)
# Heads of the names of places and bodies, which follow a capitalised word as a surname does.
_NOT_A_SURNAME = frozenset(
    "County City Times Avenue Street Road Hospital School Schools University College Company "
    "Tower Office News Agency Media Network Line Ridge Crescent House Council Court Party Group "
    "Bank Club United Park Square Centre Center Department Ministry Post Press Service Airport "
    "Station Image Beast Journal Herald Daily Channel Region Province District State Island "
    "Valley Hill Hills Heights Beach Church Mosque Market Bridge Lakes Falls Springs Airlines "
    "Corporation Institute Foundation Association Union Committee Commission Assembly Senate "
    "Congress Reserve Guard Front Movement Army Force Forces Police Post Mail Review Week".split()
)
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<name>{NAME_WORD})\b")
_FULL_NAME = re.compile(
    rf"\b(?P<first>{NAME_WORD})\s+(?:(?-i:[A-Z])\.\s+)?(?P<name>{NAME_WORD})\b(?!\s+{NAME_WORD})"
)
_AGED = re.compile(rf"\b(?P<name>{NAME_WORD}),\s+\d{{1,2}},")


def people_of(text: str) -> frozenset[str]:
    """The surnames ``text`` tells as a person's: after a title ("Ms Ashby"), after a first
    name ("John Kelly", "Carl D. Hobbs") and alone elsewhere, before an age ("Okafor, 53,") or
    a relative ("Dunmore's former wife"); never a word of a name of the actor dictionary, a
    country, nor a word a group's noun follows ("Mutomboki fighters"). One pass per pattern:
    a page of names costs what its length does."""
    found: set[str] = {m.group("name") for m in _TITLED.finditer(text)}
    found |= {m.group("name") for m in _AGED.finditer(text)}
    found |= {m.group("name") for m in _POSSESSED.finditer(text)}
    bare = _told_bare(text)
    found |= {
        m.group("name")
        for m in _FULL_NAME.finditer(text)
        if m.group("first") not in _NOT_A_FIRST_NAME and m.group("name") in bare
    }
    # "Boko Haram": a word of a name of the dictionary is no person's
    claimed = {word for match, _ in named_actors(text) for word in match.group().split()}
    grouped = {m.group("name") for m in _GROUPED.finditer(text)}
    grouped |= {m.group("name") or m.group("named") for m in _DESCRIBED.finditer(text)}
    placed = {m.group("name") for m in _PLACED.finditer(text)}
    return frozenset(
        name
        for name in found - claimed - grouped - placed
        if name not in _NOT_A_FIRST_NAME
        and name not in _NOT_A_SURNAME
        and country_word(name) is None
    )


# A name followed by a group's noun is the group's: "Mutomboki fighters", "Garre militia".
_GROUPED = re.compile(
    rf"\b(?P<name>{NAME_WORD})\s+(?:militia\w*|fighters?|forces|group|gang|rebels?|members?|"
    r"clan|tribe|community|youths?|supporters|army|party|movement|brigade|men)\b",
    re.IGNORECASE,
)
# A person told by a political or armed role is no private person: "leader Yogendra Yadav",
# "Ashok Yadav, district chairman of the Forum", "activist X", "rebel commander X".
_ROLE = (
    r"(?:leaders?|chairman|chairperson|chief|president|activists?|MPs?|MLAs?|MCAs?|lawmakers?|"
    r"politicians?|ministers?|officials?|journalists?|reporters?|commanders?|militants?|"
    r"candidates?|aspirants?|governors?|mayors?|councillors?|senators?|secretary|"
    r"secretary-general|convenor|founder|cleric|rebels?|insurgents?|warlords?|members?|"
    r"supporters?|opposition|legislators?|deputies|deputy|soldiers?|sergeant|corporal|"
    r"lieutenant|captain|colonel|general|brigadier|major)"
)
_DESCRIBED = re.compile(
    # (a role opens a name as a title too: "Commander Abu Ali", "Sergeant Ahmed Yusuf")
    rf"\b(?i:{_ROLE})\s+(?:{NAME_WORD}\s+){{0,2}}(?P<name>{NAME_WORD})\b(?!\s+{NAME_WORD})"
    rf"|\b(?P<named>{NAME_WORD}),\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}{_ROLE}\b",
)
# A name told where something is, is a place's: "in Aleppo", "close to Jarablus".
_PLACED = re.compile(
    r"\b(?:in|at|near|outside|inside|around|into|towards?|across|through|(?:close|next) to|"
    r"(?:city|town|village|province|district|region|outskirts|countryside|suburbs?) of)\s+"
    r"(?:the\s+)?"
    rf"(?:{NAME_WORD}\s+)?(?P<name>{NAME_WORD})\b(?!['’])"
)
_RETOLD = re.compile(rf"(?<!\S)(?P<name>{NAME_WORD})(?:['’]s\b|,|\s+[a-z])")


def _told_bare(text: str) -> set[str]:
    """The capitalised words ``text`` retells alone, as news retells a person ("Kelly also
    has"): no capitalised word nor "the" right before, a verb, a possessive or a comma after."""
    bare: set[str] = set()
    for match in _RETOLD.finditer(text):
        words = text[max(0, match.start() - 30) : match.start()].split()
        last = words[-1] if words else ""
        if not (last[:1].isupper() and last[-1:].isalpha()) and last.lower() != "the":
            bare.add(match.group("name"))
    return bare


RELATIVE = (
    r"(?:father|mother|son|daughter|husband|wife|brother|sister|step(?:father|mother|son|"
    r"daughter)|boyfriend|girlfriend|ex-(?:wife|husband|boyfriend|girlfriend)|uncle|aunt|"
    r"grand(?:father|mother|son|daughter)|nephew|niece|cousin|parent|mom|mum|dad|fianc[ée]e?)"
)
_POSSESSED = re.compile(
    rf"\b(?P<name>{NAME_WORD})['’]s\s+(?:former\s+|late\s+|estranged\s+)?{RELATIVE}\b"
)
