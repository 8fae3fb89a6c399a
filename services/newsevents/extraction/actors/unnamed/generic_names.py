"""The generic nouns of armed men, forces and people, and the ACLED actor each names after the
article's country (read by :mod:`.generic`): "gunmen" an unidentified armed group, "troops" the
country's military, "rebels" its insurgents or rebel forces, with the countries where ACLED
names them otherwise (Syria's opposition rebels, Cameroon's Ambazonian separatists, the
Philippines' NPA, the gangs of Mexico and Central America).
"""

from __future__ import annotations

import re

# Generic nouns and the actor each names after the article's country. The order is the regex's
# alternation order: a noun before its prefix ("militia forces" before "militia").
UNIDENTIFIED = "Unidentified Armed Group ({country})"
INSURGENTS = "{insurgents}"
ETHNIC = "Unidentified Ethnic Militia ({country})"
SEPARATISTS = "{separatists}"
GENERIC_NAMES = {
    # Armed men of a community the report does not name ("ethnic militias burnt homes", "cattle
    # raiders"): ACLED's unidentified ethnic, clan or communal militia.
    "ethnic militiamen": ETHNIC,
    "ethnic militias": ETHNIC,
    "ethnic militia": ETHNIC,
    "tribal militias": ETHNIC,
    "tribal militia": ETHNIC,
    "raiders": ETHNIC,
    "raider": ETHNIC,
    # Two communities told as the sides without their names ("rival pastoralist communities
    # clashed", "fighting between rival herders"): their militias, unidentified.
    "rival pastoralist communities": ETHNIC,
    "rival pastoral communities": ETHNIC,
    "rival communities": ETHNIC,
    "rival ethnic groups": ETHNIC,
    "rival ethnic communities": ETHNIC,
    "rival pastoralists": ETHNIC,
    "rival herders": ETHNIC,
    "rival clans": ETHNIC,
    "cattle rustlers": ETHNIC,
    "cattle rustler": ETHNIC,
    "clan militias": "Unidentified Clan Militia ({country})",
    "clan militia": "Unidentified Clan Militia ({country})",
    "communal militias": "Unidentified Communal Militia ({country})",
    "communal militia": "Unidentified Communal Militia ({country})",
    "militias": UNIDENTIFIED,
    "militia forces": UNIDENTIFIED,
    "militiamen": UNIDENTIFIED,
    "militia": UNIDENTIFIED,
    "gunmen": UNIDENTIFIED,
    "gunman": UNIDENTIFIED,
    "fighters": UNIDENTIFIED,
    # (separatists: ACLED's one actor for a country's separatist insurgency, where it has one)
    "separatist fighters": SEPARATISTS,
    "separatist forces": SEPARATISTS,
    "separatists": SEPARATISTS,
    "insurgents": INSURGENTS,
    "militants": INSURGENTS,
    "militant": INSURGENTS,
    "insurgent": INSURGENTS,
    "terrorist organizations": INSURGENTS,
    "terrorist organisations": INSURGENTS,
    "terrorist organization": INSURGENTS,
    "terrorist organisation": INSURGENTS,
    "terrorist groups": INSURGENTS,
    "terrorist group": INSURGENTS,
    "terrorists": INSURGENTS,
    "jihadists": INSURGENTS,
    "extremists": INSURGENTS,
    "armed factions": INSURGENTS,
    "armed groups": INSURGENTS,
    "factions": INSURGENTS,
    "tribesmen": "Tribal Militia ({country})",
    "tribal elders": "Tribal Elders ({country})",
    "tribes": "Tribal Militia ({country})",
    "civilians": "Civilians ({country})",
    "residents": "Civilians ({country})",
    "locals": "Civilians ({country})",
    "protesters": "Protesters ({country})",
    "protester": "Protesters ({country})",
    "demonstrators": "Protesters ({country})",
    "demonstrator": "Protesters ({country})",
    "rioters": "Rioters ({country})",
    "rioter": "Rioters ({country})",
    "security forces": "Police Forces of {country}",
    # (the force's men by other nouns of the trade: "security personnel fired teargas",
    # "law enforcement officials clashed with the protesters", "cops baton-charged the crowd")
    "security personnel": "Police Forces of {country}",
    "security officers": "Police Forces of {country}",
    "law enforcement officers": "Police Forces of {country}",
    "law enforcement officials": "Police Forces of {country}",
    "law enforcement personnel": "Police Forces of {country}",
    "law enforcement agents": "Police Forces of {country}",
    "law enforcement": "Police Forces of {country}",
    "cops": "Police Forces of {country}",
    "policemen": "Police Forces of {country}",
    # (one man of the force names it as well: "two civilians and a policeman were killed")
    "policeman": "Police Forces of {country}",
    "police officers": "Police Forces of {country}",
    "police officer": "Police Forces of {country}",
    "police": "Police Forces of {country}",
    "rebels": "Rebel Forces ({country})",
    # (the wire's groups of them: "rebel groups fired mortars"; forty-seventh round)
    "rebel groups": "Rebel Forces ({country})",
    "government forces": "Military Forces of {country}",
    "government troops": "Military Forces of {country}",
    "soldiers": "Military Forces of {country}",
    # (a gendarmerie is its country's military, as ACLED codes it: "members of the gendarmerie
    # were attacked"; "armymen" the South Asian press's soldiers; "marines" a navy's troops)
    "gendarmes": "Military Forces of {country}",
    "gendarme": "Military Forces of {country}",
    "gendarmerie": "Military Forces of {country}",
    "armymen": "Military Forces of {country}",
    "marines": "Military Forces of {country}",
    # (and one soldier: "a soldier was killed in a bomb attack", "killing another soldier")
    "soldier": "Military Forces of {country}",
    "troops": "Military Forces of {country}",
    "armed forces": "Military Forces of {country}",
    # "the armys artillery": the possessive, its apostrophe sometimes lost.
    "army's": "Military Forces of {country}",
    "armys": "Military Forces of {country}",
    "army": "Military Forces of {country}",
    "air force": "Military Forces of {country}",
    "military": "Military Forces of {country}",
    # ACLED codes attackers of unknown affiliation, bandits included, as unidentified.
    "assailants": UNIDENTIFIED,
    "assailant": UNIDENTIFIED,
    "attackers": UNIDENTIFIED,
    "attacker": UNIDENTIFIED,
    "armed men": UNIDENTIFIED,
    # (the notes' other nouns of them: "police clashed with two armed individuals"; thirty-ninth
    # round)
    "armed individuals": UNIDENTIFIED,
    "armed persons": UNIDENTIFIED,
    "unidentified men": UNIDENTIFIED,
    "unknown men": UNIDENTIFIED,
    "bandits": UNIDENTIFIED,
    "bandit": UNIDENTIFIED,
    "pirates": UNIDENTIFIED,
    "kidnappers": UNIDENTIFIED,
    "abductors": UNIDENTIFIED,
    # Criminal armed men: unidentified, or ACLED's unnamed gang where it codes gangs as such.
    "gang members": UNIDENTIFIED,
    "gangsters": UNIDENTIFIED,
    "gangs": UNIDENTIFIED,
    "hitmen": UNIDENTIFIED,
}
# Where ACLED codes the armed men of organised crime as gangs (Mexico, Central America, Brazil,
# the Caribbean), unidentified armed men in a report that tells of gangs, cartels or the drug
# trade are "Unidentified Gang (X)": "gunmen thought to belong to a drug gang attacked a
# patrol", "a region torn by cartel violence". Without such a word the coders keep them
# unidentified (ACLED 2020, Mexico: 47 of 75 rows whose note names gunmen or armed men and no
# crime; with one, 5 gangs for 2). Elsewhere a gang is an armed group (Kenya's "a gang of
# youths": "Unidentified Armed Group (Kenya)"). Militias (self-defence groups, vigilantes)
# stay armed groups.
GANG_COUNTRIES = frozenset({"MX", "GT", "HN", "SV", "BR", "HT", "JM"})
# ("gang-raped", "gang rape" tell a way of raping, not a gang.)
ORGANISED_CRIME = re.compile(
    r"(?i)(?<![\w-])(?:gangs?(?![-\s]?rap)|gangsters?|cartels?|narco\w*|"
    r"drug[- ]?(?:traffick|deal|lord)\w*)\b"
)
# The nouns of unidentified armed men a gang may be: all but militias and fighters (sides of a
# war, not of crime).
GANG_NOUNS = frozenset(
    noun
    for noun, template in GENERIC_NAMES.items()
    if template == UNIDENTIFIED and "militia" not in noun and noun != "fighters"
)
# ACLED's one actor for a country's unnamed insurgents, where it has one.
INSURGENTS_BY_COUNTRY = {"SY": "Opposition Rebels (Syria)"}
# ACLED's one actor for a country's separatists, as it names them today ("armed separatist forces
# attacked a gendarmerie brigade" in Cameroon's Anglophone regions, "suspected Baloch separatists"
# in Pakistan, the Malay Muslim separatists of Thailand's south); elsewhere they are the
# country's insurgents.
SEPARATISTS_BY_COUNTRY = {
    "CM": "Ambazonian Separatists",
    "PK": "Baloch Separatists (Pakistan)",
    "TH": "Malay Muslim Separatists (Thailand)",
}
REBELS = frozenset({"rebels", "rebel groups"})
# ACLED's one actor for a country's communist insurgency ("communist rebels ambushed a patrol"
# in the Philippines: the New People's Army), by its ACLED name.
COMMUNISTS_BY_COUNTRY = {"PH": "NPA: New People's Army"}
