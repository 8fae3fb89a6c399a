"""Shared word sets: one copy of each vocabulary that more than one stage reads.

A word list used by one module stays in that module; one read by two modules lives here, so the
copies cannot drift apart. Each set says who reads it.
"""

from __future__ import annotations

# --- text and actors ---------------------------------------------------------------------------

# Verbs that report speech ("X said", "said X"), as a regex alternation. The actor finder reads a
# person's name beside them (actors/people.py); attribution credits a sentence to its source with
# them (text/attribution.py).
REPORTING_VERBS = (
    r"said|says|noted|added|told|explained|stated|claimed|reported|confirmed|denied|warned"
)
# Attribution also credits the rarer verbs ("Saleh wrote", "the ministry announced"): there the
# source is an actor already found, so a wider list cannot invent one. The person finder keeps
# the shorter list: there the verb alone makes the capitalised words before it a person, so
# every verb added would read more names as people. The wider list also tells who speaks
# (events/link/telling.py) and which date is a telling's, not an act's (events/link/when.py).
STATEMENT_VERBS = rf"{REPORTING_VERBS}|say|insisted|wrote|announced|alleged|observed|recounted"

# Livestock, as a regex alternation: a raid that drives it off is an attack on the herders
# (events/detect/refine/fights/communal_fights.py), and animals killed are no toll of the dead
# (text/deaths/words.py: "killed 15 livestock", "40 cows were killed").
LIVESTOCK = r"cattle|livestock|goats|camels|cows|sheep|bulls|donkeys|herds?|animals"

# Animals that hurt or kill people, as a regex alternation: an animal acts as no one's side
# (events/detect/refusals/who_acts.py: "the dog pinned the man down"), and the dead it kills are
# no one's act (events/detect/refusals/gates/causes.py: "an elephant trampled a farmer").
ANIMALS = (
    r"dogs?|canines?|horses?|bulls?|bears?|snakes?|elephants?|lions?|leopards?|tigers?|"
    r"crocodiles?|hippos?|hippopotamus|wolves|wolf|hyenas?|sharks?|buffalo(?:es)?|rhinos?"
)

# Stems of words that tell fighting between two sides ("clashes", "fought", "battled",
# "skirmish"); the detect passes that read a two-sided fight add their own words to them.
FIGHT_STEMS = r"clash|fight|fought|battl|skirmish"

# The side that attacked, named by what it did or is: the attackers' own dead told apart from
# their victims' (output/tolls/attackers.py), armed men fleeing after their act (the relocation
# trigger's gate, events/detect/refusals/gates/acts.py).
ATTACKER_NOUNS = (
    r"attackers?|assailants?|militants?|insurgents?|gunm[ae]n|terrorists?|bombers?|"
    r"raiders?|jihadists?|fighters?|rebels?|separatists?|secessionists?"
)

# Military aircraft told by their maker's model code ("Iraqi F-16s", "a Russian Su-24", "Mi-8
# helicopters", "MQ-9 drones"; not "B-18", a gang as often as a bomber): a code, a hyphen, a
# number. Case-sensitive inside any pattern ("(?-i:...)"); the lexicon (data/triggers.tsv)
# writes the same out.
AIRCRAFT_MODELS = r"(?-i:(?:F|Su|MiG|AC|MQ|Mi|Tu)-\d{1,3}[A-Z]?s?)"

# --- dates ------------------------------------------------------------------------------------

# Month and weekday names in full, as regex alternations: the date finder reads them after a
# preposition or bare (text/dates.py); a "since" before a month counts a period
# (events/link/time_frame.py, events/link/status.py).
MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# --- places and actors -------------------------------------------------------------------------

# Arabic articles, in three sets that differ on purpose (a wider set would change what is read):
# - DEFINITE_ARTICLES: "al-" / "el-" as written before a capitalised name ("al-Jammal",
#   "El Fasher"); the actor dictionary lets the word after them be small ("Al shabaab"), and
#   short forms and surnames may gain or lose them ("the al-Haj Qassem Soleimani");
# - NAME_ARTICLES: those and their sun-letter forms, hyphened to a name word of a person or unit
#   ("Abu Fadl al-Abbas", "Hayat Tahrir ash-Sham"): the actor patterns' set. The place set's vowel
#   variants ("ez-", "ul-", "il-") would make more lowercase prefixes start a name;
# - PLACE_ARTICLES: every spelling of the article that place names in the gazetteer use, vowel
#   variants included ("Deir ez-Zor"), dropped from name keys (places/shared/keys.py).
DEFINITE_ARTICLES = ("al", "el")
NAME_ARTICLES = (*DEFINITE_ARTICLES, "ad", "ar", "as", "az", "an", "at", "ash", "adh")
PLACE_ARTICLES = frozenset(
    (*NAME_ARTICLES, "ath", "ed", "er", "es", "ez", "en", "et", "ul", "ud", "ur", "uz", "il")
)
# A surname loses its article before it is looked for alone ("al-Jammal" -> "Jammal"), for every
# name article but "adh": kept as it was written (drift, not design), so that behaviour stays.
SURNAME_ARTICLES = tuple(article for article in NAME_ARTICLES if article != "adh")

# --- events and evaluation ---------------------------------------------------------------------

# The nouns of a campaign of acts, as a regex alternation: an offensive told as going on is a
# standing situation ("pressed ahead with their offensive": events/link/temporal/standing.py),
# and one told with its aim is the aim planned ("launched an offensive to retake the town":
# events/detect/words/modality.py).
CAMPAIGN_NOUNS = r"offensive|campaign|operation|onslaught|drive|push"

# Words that report a toll (someone died, was hurt, a body found) rather than the act itself, as
# the prefixes a bare casualty trigger starts with: "killed", "found dead", "bodies". Linking
# lets the act stand for its type and take the toll (events/draft.py, read by linking and
# merging); the main event of a report is an act before a toll (evaluation/primary.py).
CASUALTY_WORDS: tuple[str, ...] = (
    "killed",
    "dead",
    "died",
    "found dead",
    "injured",
    "wounded",
    "bod",
)
