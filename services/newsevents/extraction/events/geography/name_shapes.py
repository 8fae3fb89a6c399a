"""The shapes of a locality's name and of what a report puts around it, as regular-expression
fragments: a name of up to three capitalised words, a list of names, the nouns of
neighbourhoods, settlements and provinces, a countryside or a province that locates a list.
:mod:`.names.localities` builds its patterns from them; the merging's localities read a name, a list
and a kind of place with them too.
"""

from __future__ import annotations

import re

from ...places.reading.words import DIRECTION_WORDS

# A verb of the report capitalised as a title-case headline or agency copy writes it ends a
# name: "Troops Kill 9 Gunmen in Yabroud Advances in Homs" names Yabroud, "foiled an
# attack near the town of Jarablus Killing 60 terrorists" Jarablus (fifty-fourth round,
# place74: the run had been an unknown locality, placed in the province after it).
REPORT_VERBS = (
    r"Kill(?:s|ed|ing)?|Wound(?:s|ed|ing)|Injur(?:es|ed|ing)|Destroy(?:s|ed|ing)|Leaving|"
    r"Advanc(?:es|ed|ing)|Repel(?:s|led|ling)|Foil(?:s|ed|ing)|Captur(?:es|ed|ing)|"
    r"Seiz(?:es|ed|ing)|Retak(?:es|ing)|Pound(?:s|ed|ing)|Target(?:s|ed|ing)"
)
# A possessive ends a name: "Kirkuk's Bashir village" names Bashir.
# A day of the week is no word of a name: "the town of Asoun Thursday" names Asoun; nor a
# title-case headline's "And": "Fleifel And Mughayr" is two names (forty-sixth round, list66).
PART = (
    r"(?:(?:al|el|Al|El)-)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|And|"
    rf"{REPORT_VERBS})\b)"
    r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
)
# A number is part of a name only as a word of its own: "Mazzeh 86", not "Kafra 8km".
# An article written apart is a word of the name: "Urum al Kubra", "Tel el Sultan".
NAME = rf"{PART}(?:\s+(?:(?:al|el)\s+)?(?:{PART}|[0-9]+(?![\w.]))){{0,2}}"
# A list closes with "and": "al-Midan, al-Furqan and al-Jamiliyeh"; in "the village of Tal Hawash,
# a local official said" the comma ends the name.
# Wire copy pairs names inside a list: "struck Kansafra and Ibdita, and Marata in Idlib's
# southern countryside" is three villages (an inner "and" before a name and a comma).
INNER = rf"(?:\s*,\s*|\s+and\s+(?={NAME}\s*,))"
LIST = rf"{NAME}(?:(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME})?"
# A list that lost its commas, its first names one run of up to eight words closed by "and":
# "in Tal Hamra Tal Sukkar and Maarzaf in Hama northern countryside" (cut into its names by
# :func:`listed_items`).
GLUED_RUN = rf"{PART}(?:\s+(?:(?:al|el)\s+)?{PART}){{1,7}}\s+(?:and|as\s+well\s+as)\s+{NAME}"
# "Boni locality", "the Srinagar locality of Soura"; "Nur Shams refugee camp"
NEIGHBOURHOOD = (
    r"neighbou?rhoods?|quarters?|districts?|suburbs?|streets?|squares?|(?:refugee\s+)?camps?|"
    r"areas?|localit(?:y|ies)"
)
# Communes, departments and municipalities, the units of the Sahel's, Colombia's and the
# Philippines' maps, are named after their seat: "the Koulpelgou department in Soum province".
SETTLEMENT = (
    r"villages?|towns?|hamlets?|communit(?:y|ies)|communes?|departments?|municipalit(?:y|ies)"
)
# An office is no place: "Fire department officials", "the Justice department".
OFFICE = re.compile(
    r"(?i:fire|police|health|justice|state|defen[cs]e|education|treasury|sheriff|homeland|"
    r"agriculture|labou?r|finance|interior|energy|commerce|transport|water|forestry|"
    r"information|revenue|immigration|security|emergency|planning|welfare|public|works)"
)
# A province the gazetteer lacks (Burkina Faso's, the Philippines'): "a market in the Bangassogo
# province", "Ifugao province". Where nothing finer is told, monitors code the province's name.
PROVINCE = r"provinces?"
KIND = rf"(?:{NEIGHBOURHOOD}|{SETTLEMENT}|{PROVINCE})"
# A province named by its bearing alone is no name: "Central province", "North province".
BEARING_NAME = re.compile(r"(?i:central|north|south|east|west|upper|lower|middle|far|[a-z]+ern)")
# A people is no place: "the Fulani community", "the Christian community" name who lives
# somewhere. A village told as a community goes without an article ("stormed Yelwa Gari
# community in Bama") or names itself after "of" ("the rural community of Yarumal Chiquito");
# after "the", "a", "an" or a possessive, "X community" names a people, as "X communities" do.
PEOPLE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our)|['’]s?)\s+$", re.IGNORECASE)
# Sites named with their feature, which is part of the name: "al-Khuder Hill", "al-Shaer field",
# "Maisaloun farm", "al-Qadahat valley" (a capitalised Valley names a region: "Kerio Valley").
FEATURE = r"[Hh]ills?|[Ff]ields?|[Ff]arms?|valleys?"
DIRECTIONS = rf"(?i:{DIRECTION_WORDS})"
# "Idleb countryside", "Hama's northern countryside", "countryside of Hama", "Daraa province",
# "Deir Ezzor's northern countryside".
COUNTRYSIDE = (
    rf"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s)?\s+(?:(?:{DIRECTIONS})\s+)?countryside\b"
    rf"|(?:rural\s+areas|countryside)\s+of\s+(?:the\s+)?[A-Z]"
)
# A province or its parts locate a list of names as its countryside does: "in Kafar Hamra and
# Arran in the western and eastern parts of Aleppo province", "in A and B in Idlib province"
# (thirty-seventh round). A list only: one capitalised word before "in X Province" may be a
# headline's noun ("Airstrike on Village in Aleppo Province").
PROVINCE_OR_PARTS = (
    rf"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?i:province|governorate)\b"
    rf"|(?:{DIRECTIONS})\s+and\s+(?:{DIRECTIONS})\s+(?:parts?|sides?)\s+of\s+(?:the\s+)?[A-Z]"
)
# A bearing from a town between a list and its countryside: "in A B and C east of the town of T
# in Latakia northern countryside" (fifty-second round, vill72). The town says where the list
# lies: read here, it is no name of the list (a known town so told is no place of the act:
# merge/places/localities/placing/unknown_places.py).
BEARING_FROM = (
    r"(?:\s*,?\s+(?:to\s+the\s+)?(?i:north|south|east|west)\w*\s+of\s+"
    rf"(?:the\s+(?:town|city|village)\s+of\s+)?{NAME})?"
)
