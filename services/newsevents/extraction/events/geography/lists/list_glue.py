"""Places listed together in one sentence: the words that join two places of one list (commas,
"and", "as well as", a list that lost its commas), and the act told again for another place with
its own count.

Shared by the merging passes that keep one list's places together
(:mod:`...merge.places.localities`) and the one that splits it per place
(:mod:`...merge.places.per_place.listed_places`).
"""

from __future__ import annotations

import re

from ....text.numbers import MANY, counting

# The words that may stand between two places of one list: ", ", " and ", ", and the town of ",
# " and nearby " ("shelled Douma and nearby Harasta": thirty-seventh round).
# A town told with the land around it, "Khan Sheikhoun and its surroundings, Kafr Nabudah and
# its countryside and the town of Hass" (forty-eighth round, list68): the words that close such a
# member before the glue of the list.
AROUND_IT = (
    r"(?:\s+and\s+(?:its|their)\s+(?:immediate\s+|nearby\s+)?(?:surroundings|countryside|outskirts"
    r"|environs|vicinity|periphery|suburbs|farmlands?|farms|orchards))?"
)
LIST_GLUE = re.compile(
    r"^"
    + AROUND_IT
    + r"\s*(?:,|,?\s*and|,?\s*as well as|&)\s+(?:(?:the|in|on|at)\s+)?(?:nearby\s+)?"
    r"(?:(?:villages?|towns?|neighbou?rhoods?|areas?|city|cities|suburbs?)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)

# A place noun that names what kind of place the next listed name is ("the town of").
_KIND = (
    r"(?:villages?|towns?|neighbou?rhoods?|areas?|city|cities|suburbs?|districts?|camps?"
    r"|outskirts|vicinity|surroundings?|environs|side|part"
    # "clashed with terrorists in Harasta and the farms of Douma" (fiftieth round, clash70)
    r"|farms|farmlands?|orchards)"
)
_DIRECTION = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
# Two place phrases coordinated, each with its own descriptor: "Kidal and the northern town of
# Tessalit", "the capital Bamako and the port city of Mopti", "Djibo and the nearby town of
# Arbinda", "Bama and east of Dikwa". The second phrase is a noun phrase (articles, a
# direction, up to three adjectives or a region's name, a place noun and "of"), never a
# clause: no verb stands between the two places.
_PHRASE = (
    rf"(?:(?:the|in|on|at|to)\s+)*(?:(?:{_DIRECTION}|nearby|neighbou?ring|port|border|coastal"
    rf"|residential|[A-Z][\w-]*)\s+){{0,3}}(?:{_KIND}|{_DIRECTION})\s+(?:of\s+)?(?:the\s+)?"
)
_WEEKDAY = r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today"
_COUNT = (
    rf"(?:\d[\d,]*|a|an|one|another|{counting(2, 12)}"
    rf"|{'|'.join(MANY)})"
)
# ... or told by what it lies near: "around the town of A and near B" (fifty-fourth round,
# air74: the strikes told at both).
_NEAR = r"(?:near|around|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
COORDINATED = re.compile(rf"^{AROUND_IT}\s*(?:,?\s*and|,?\s*as well as)\s+(?:{_PHRASE}|{_NEAR})?$")
# The act told again for another place with its own count, the verb left out: "killed two
# gunmen in Kano on Friday and four others in the town of Bauchi on Sunday", "arrested 14
# ISIS members in Deir ez-Zor on Tuesday and a leader in Hasaka on Sunday" (issue 10). Two
# counts are two acts: an arrest told so is split too.
_ELLIPTIC = re.compile(
    rf"^\s*(?:{_WEEKDAY})?\s*,?\s*and\s+{_COUNT}(?:\s+[a-z][\w-]*){{0,2}}\s+(?:in|at|near)\s+"
    rf"(?:{_PHRASE})?$",
)


# One word of a listed name the gazetteer may lack, perhaps with its Arabic article ("al-Latamneh",
# "Kafr", "Ras-al-Ain"): the lists below, with and without their commas, are runs of it.
_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"


# A list that lost its commas (places/reading/runs.py): "in Saraqeb Binnish and Taftanaz", "in the
# towns of Saraqeb Binnish Taftanaz": two places with nothing between them but a space, names of the
# list the gazetteer lacks (up to four) and a last "and".
_COMMALESS = re.compile(rf"^(?:\s+{_NAME_WORD}){{0,4}}\s+(?:and\s+)?$")


# The same list as it keeps its commas, names the gazetteer lacks between two known places: "the
# towns of Kafr Zita, al-Latamneh and Morek", "struck Saraqib, Kafr Batikh, Abdita and Binnish"
# (thirty-fifth round). Each name up to three words, none a unit's noun ("Harasta, Rif Dimashq
# Province and Douma" locates Harasta), the last one closed by "and".
LISTED_NAME = (
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    r"(?<!Province)(?<!District)(?<!Governorate)(?<!County)(?<!State)(?<!Region)"
)
# (Up to eight names: an opposition release lists eight or ten villages of one raid, "the towns
# of Kafranbel, Hass, Kafr Sijna, Maarat Harma, Abdin, Al-Habeet and Maarat al-Numan";
# forty-eighth round, list68.)
# (The last one may be told as the area around it: "in Morek, Latamneh and the outskirts of
# Kafr Zita"; fiftieth round, clash70.)
COMMA_NAMES = re.compile(
    rf"^\s*,\s+(?:{LISTED_NAME}\s*,\s+){{0,7}}{LISTED_NAME}\s*,?\s+and\s+"
    r"(?:(?:in\s+)?the\s+(?:villages?|towns?|neighbou?rhoods?|outskirts|surroundings?|vicinity|environs|farms)\s+of\s+)?$"
)


# The same list going on past "as well as", perhaps with its noun again: "the towns of A, B and
# C, as well as the villages of D and E" (forty-fifth round, air65); names the gazetteer lacks
# between the two known places.
_SEPARATOR = (
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+"
    r"(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?"
)
_ALSO_NAMES = re.compile(
    rf"^(?=.*\bas\s+well\s+as\b){_SEPARATOR}(?:{LISTED_NAME}{_SEPARATOR}){{0,3}}$"
)


# Two lists of one roundup, each told in its own province: "struck A and B in Idlib province
# and C and D in Hama province", "in the Idlib countryside, and C in the Hama countryside"
# (forty-sixth round, list66). The province closes the first list, "and" opens the second.
# Names the gazetteer lacks may open the second list ("... and Latamneh and Kafr Zita in Hama").
# Fiftieth round (raid70): the province told as "rural Idlib", as the opposition's releases
# write it, and the second list opened by "as well as" ("struck A and B in rural Idlib as well
# as C and D in rural Hama"), names the gazetteer lacks closing the first list ("struck A and
# Maarat Harma in rural Idlib").
_NEXT_PROVINCE = re.compile(
    rf"^(?:\s*(?:,|,?\s+and)\s+{LISTED_NAME})*"
    r"\s+in\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?i:countryside|province|governorate)"
    r"|rural\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:in\s+)?"
    r"(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?"
    rf"(?:{LISTED_NAME}\s*(?:,|,?\s+and)\s+){{0,3}}$"
)


def coordinated(glue: str) -> bool:
    """Whether the text between two places lists them as two places of one act."""
    return any(p.match(glue) is not None for p in (LIST_GLUE, COORDINATED, _ELLIPTIC))


def listed_with(glue: str) -> bool:
    """Whether the text between two places of a violent act lists them, commas or not."""
    return (
        coordinated(glue)
        or _COMMALESS.match(glue) is not None
        or COMMA_NAMES.match(glue) is not None
        or _ALSO_NAMES.match(glue) is not None
        or _NEXT_PROVINCE.match(glue) is not None
    )


def elliptic(glue: str) -> bool:
    """Whether the text between two places tells the act again with its own count there."""
    return _ELLIPTIC.match(glue) is not None


def plainly_listed(glue: str) -> bool:
    """Whether two names are joined as items of a plain list (commas, "and", "as well as"), not
    as the act told again with a count of its own ("23 in A and 21 others in B": the elliptic
    reading of ``split_listed_places``)."""
    return any(p.match(glue) is not None for p in (LIST_GLUE, COORDINATED))
