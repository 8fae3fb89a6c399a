"""Gates on a violence word's sense: the literal act, not sport, business or a figure of speech.

Ordinary news uses the words of violence for other things: a team "beat" its rival, a firm
"beat three rival bidders" for the rights, a rider is "the rider to beat", drivers are "fighting
for the lead", a minister "shot down rumours" or "took a shot at" a plan, crews are "fighting a
warehouse fire", banks suffer "ransomware attacks", players go "back into their shell",
comments are "offensive and baseless". None is an event an analyst codes (twenty-sixth round,
spur46: half the spurious events of ordinary news came from such senses). A sentence that names
harm or armed men keeps the literal reading: "fans beat a referee after the match".
"""

from __future__ import annotations

import re

from ...sides.parties import ARMED

# The words of a game or a market: a contest told in the sentence.
_CONTEST = re.compile(
    r"\b(?:(?<!rainy )(?<!dry )(?<!lean )(?<!harvest )(?<!planting )(?<!farming )(?<!festive )"
    r"(?<!election )(?<!campaign )(?<!monsoon )(?<!grazing )(?<!fasting )season|matche?s?|"
    r"(?:premier|football|cricket|rugby|basketball|baseball|hockey|super|champions|europa|"
    r"major|minor) league|league (?:tables?|titles?|matche?s?|games?|seasons?|leaders|cup)|"
    r"championships?|tournaments?|world cup|scored|(?:a|the) (?:[\w-]+ )?draw|racing|race winners?|"
    r"striker|midfielder|innings|wickets?|cricket|football|soccer|rugby|tennis|golf|"
    r"basketball|baseball|hockey|grand prix|semi-?finals?|quarter-?finals?|trophy|medals?|"
    r"olympics?|fixtures?|relegation|premiership|bidders?|share prices?|stock market|"
    r"profits?|revenues?|investors?|shareholders|customers|consumers|brands?|earnings|"
    r"ratings|broadcast(?:ing)? rights|television rights|digital rights|"
    # the clock and the goal of a match: "shot wide twice before half-time"
    r"half-?time|(?:first|second) half|extra time|stoppage time|injury time|free[- ]kicks?|"
    r"corner kicks?|crossbar)\b"
    # a score told with the result: "massacred 7-1", "losing 6-0", "a 5-0 thrashing" (lexicon48)
    r"|\b(?:won|win|wins|winning|lost|lose|loses|losing|beaten|beat|thrashed|drubbed|"
    r"massacred|defeated|hammered|crushed|routed)\s+(?:[\w-]+\s+)?\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}-\d{1,2}\s+(?:wins?|defeats?|loss|losses|victory|draw|thrashing|drubbing|rout|"
    r"scoreline|home|away)\b",
    re.IGNORECASE,
)


# What tells the literal act in a contest's sentence: someone hurt, killed or arrested, a
# weapon, a crowd's violence, its doers ("fans clashed with police after the match").
_HARM = re.compile(
    r"\b(?:kill\w*|dead|death|died|injur\w*|wound\w*|hurt|hospital\w*|blood\w*|bruis\w*|"
    r"arrest\w*|guns?|knives|knife|machetes?|sticks|stones?|weapons?|violen\w*|riot\w*|"
    r"fans|supporters|mobs?|brawl\w*|assault\w*|stabb?\w*|unconscious|"
    # who does violence, not in a game: "assailants attacked customers at a bar", "herders
    # fought farmers at the start of the season" (review46b)
    r"assailants|attackers|thugs|kidnappers|herders|clans(?:men)?|tribesmen)\b",
    re.IGNORECASE,
)


# A fight against a thing, not a side: fires, illness, vice ("fighting childhood cancer",
# "fighting a warehouse fire", "fighting for their lives", "fought for more funding").
_FOUGHT_THING = re.compile(
    r"^\s+(?:against\s+)?(?:(?:the|a|an|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fires?|blazes?|wildfires?|bushfires?|flames|cancers?|diseases?|illness(?:es)?|"
    r"infections?|viruse?s?|pandemics?|epidemics?|obesity|addictions?|corruption|graft|"
    r"poverty|hunger|inflation|unemployment|pollution|climate change|malaria|tuberculosis|"
    r"flu|influenza|(?:tax )?evasion|fraud|discrimination|racism|crime|injur(?:y|ies))\b"
    r"|^\s+for\s+(?:(?:his|her|their|its|our)\s+)?(?:li(?:fe|ves)|survival|breath)\b"
    # a cause pleaded for: "fought for more funding", "fighting for equal pay"
    r"|^\s+for\s+(?:(?:more|better|higher|greater|fair|fairer|equal|the)\s+)?(?:funding|"
    r"money|pay|wages|rights|justice|reforms?|change|votes?|budgets?|resources|jobs)\b",
    re.IGNORECASE,
)


# Words shot down that are no aircraft: "shot down rumours of a reshuffle".
_SHOT_DOWN_WORDS = re.compile(
    r"^\s+down\s+(?:(?:the|a|an|any|all|those|these|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rumou?rs?|claims?|reports?|speculation|suggestions?|ideas?|notions?|proposals?|"
    r"plans?|talk|questions?|criticism|allegations?|bills?|motions?|amendments?)\b",
    re.IGNORECASE,
)


# Idioms of a try or of a retreat: "took a shot at the tax plan", "back into their shell".
_A_SHOT_AT = re.compile(r"\b(?:a|one|another|his|her|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_INTO_THE_SHELL = re.compile(
    r"\b(?:into|out of|in|from)\s+(?:the|his|her|their|its|my|your|our)\s+$", re.IGNORECASE
)


# Attacks that are no one's violence: on computers or in the body ("ransomware attacks",
# "died of a heart attack", "a panic attack").
_NON_VIOLENT_ATTACK = re.compile(
    r"\b(?:malware|cyber|cyber-?security|ransomware|phishing|hacking|hacker|DDoS|"
    r"denial-of-service|virus|heart|panic|asthma|anxiety)[\s-]+$",
    re.IGNORECASE,
)


# An attack of words: on a freedom, a right, a policy or a critic ("an attack on press freedom",
# "attacked the budget"), or told as said ("attacked the government over rising prices", "in a
# speech", "on Twitter", within a few words of the verb); a sentence that names harm keeps it
# (ordinary60).
_ABSTRACT_OBJECT = re.compile(
    r"^\s+(?:(?:on|upon)\s+)?(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+){0,2}?"
    # (in lower case: "an attack on a United People's Freedom Alliance office" is a party's)
    r"(?-i:freedoms?|rights|democracy|constitution|judiciary|rule of law|independence|values|"
    r"polic(?:y|ies)|plans?|budget|bills?|laws?|record|decisions?|remarks|comments|reforms?|"
    r"proposals?|critics|opponents|rivals|handling)\b"
    # the head of the object, no noun's modifier ("attacked a human rights activist", review61)
    r"(?!\s+(?!(?:in|on|at|of|over|by|with|for|and|as|during|after|before|last|this|that|which|"
    r"who|from|to|since|while|when|because|amid|again|today|yesterday)\b)[\w-]+)",
    re.IGNORECASE,
)
_SPOKEN = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,6}?(?:in (?:a|an|his|her|their|its) (?:[\w-]+ )?(?:speech|"
    r"interview|statement|column|op-ed|editorial|tweet|post|letter|address)|"
    r"on (?:Twitter|Facebook|social media|television|radio)|"
    # (the conference where it was said: "at a news conference", not "attacked outside a press
    # conference", "attacked by unknown men after a news conference", review61)
    r"(?:at|during|in) (?:a|an|the|his|her|their|its) (?:[\w-]+ )?(?:news|press) conference|"
    r"in parliament|during (?:a|the) (?:[\w-]+ )?debate|verbally|"
    r"over (?:(?:rising|high|the|its|his|her|their) )+(?:[\w-]+ )?(?:prices|costs|polic(?:y|ies)|"
    r"handling|economy|budget|plans?|record|remarks|comments|decisions?|taxes))\b",
    re.IGNORECASE,
)


# The attack the article tells, referred to ("condemned the attack in a statement", "Monday's
# attack"): a spoken venue after it is where it was condemned, not an attack of words.
_TOLD_ATTACK = re.compile(r"\b(?:the|this|that|these|those|[\w-]+['’]s)\s+$", re.IGNORECASE)


def _attack_of_words(sentence: str, start: int, end: int) -> bool:
    """ "an attack on press freedom", "attacked the government over rising prices"."""
    if _HARM.search(sentence) or ARMED.search(sentence):
        return False
    if _ABSTRACT_OBJECT.match(sentence[end:]):
        return True
    return not _TOLD_ATTACK.search(sentence[:start]) and bool(_SPOKEN.match(sentence[end:]))


# A feeling of being hit: "they feel more exposed, more under attack" (not "the convoy came
# under attack").
_FEELING_UNDER = re.compile(
    r"\bfe(?:el|els|eling|lt)\s+(?:[\w,]+\s+){0,5}?under\s+$", re.IGNORECASE
)


# A message aimed at its public: "targeted to young voters", "targeted at shoppers"; and a
# feeling: "they feel targeted by the new rules".
# ("targeted to" names its public too: not "were targeted to silence them", review46b.)
_AIMED_AT_AUDIENCE = re.compile(
    r"^\s+(?:to|at|towards?)\s+(?:[\w-]+\s+){0,3}?(?:audiences?|voters|consumers|"
    r"customers|markets?|readers|viewers|users|buyers|investors|shoppers|fans|listeners)\b",
    re.IGNORECASE,
)


# What is regained that is no ground: a price, a lead, one's senses ("the shares regained the
# 40-dollar level", "regained consciousness", "regained the lead").
_REGAINED_STANDING = re.compile(
    r"^\s+(?:(?:the|its|his|her|their|some|much)\s+)?(?:[\w€$£.,%+-]+\s+)?(?:levels?|marks?|"
    r"ground|momentum|composure|consciousness|form|lead|confidence|strength|footing|balance|"
    r"health|sight|title|crown|top spot|majority|seats?|losses|value|points?|trust|support)\b",
    re.IGNORECASE,
)


# Tensions defused, not a bomb: "worked to defuse the crisis between the two neighbours".
_DEFUSED_MOOD = re.compile(
    r"^\s+(?:(?:the|a|an|this|that|these|its|their|growing|rising)\s+)?(?:[\w-]+\s+)?"
    r"(?:tensions?|crisis|crises|situation|standoff|stand-off|row|dispute|conflict|anger|"
    r"hostility|hostilities|confrontation|feud|protests?|unrest)\b",
    re.IGNORECASE,
)


# "the rider to beat", "the team to beat": the one a contest is to be won against.
_TO_BEAT = re.compile(r"\b(?:the|a|one)\s+(?:[\w-]+\s+){1,2}to\s+$", re.IGNORECASE)
_NO_OBJECT = re.compile(r"^\s*(?:[.,;:!?)\"”]|$|(?:this|next|in|at|for|on|again)\b)", re.IGNORECASE)


# The adjective "offensive": of words and images ("the offensive and baseless comments", "called
# the print racist or offensive") or of a team's attack ("the offensive line").
_OFFENSIVE_ADJECTIVE_AFTER = re.compile(
    r"^\s+(?:(?:and|or)\s+[\w-]+\s+)?"
    r"(?:(?!(?:to|on|in|into|against|towards?|near|at|of|by|from|the|a|an|its|their)\b)[\w-]+\s+)?"
    r"(?:statements?|remarks?|comments?|"
    r"language|content|words?|features?|material|images?|pictures?|posts?|tweets?|"
    r"messages?|jokes?|slurs?|behaviou?r|conduct|gestures?|slogans?|songs?|"
    r"cartoons?|videos?|advert\w*|ads?|line(?:man|men)?|coordinator|rebounds?|"
    r"players?|tackles?)\b",
    re.IGNORECASE,
)
# ("as" in lower case: "seen as offensive", not the conjunction opening "As offensive
# operations went on, ...": review46b.)
_OFFENSIVE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:insensitive|racist|sexist|rude|vulgar|hurtful|deeply|highly|very|most|more|"
    r"extremely|grossly|(?-i:as)|so|too|be|is|are|was|were|found\s+it)\s+(?:(?:and|or)\s+)?$",
    re.IGNORECASE,
)


# Work carried out, not people put to death: "the road scheme was executed by military
# engineers", "executed a search warrant", "executing the plan".
_EXECUTED_THING = re.compile(
    r"\b(?:projects?|plans?|contracts?|orders?|warrants?|programm?e?s?|schemes?|strateg(?:y|ies)|"
    r"deals?|works|tasks?|transactions?|trades?|polic(?:y|ies)|budgets?|agreements?|wills?|"
    r"manoeuvres?|maneuvers?|duties|mandates?|judg(?:e)?ments?)\b",
    re.IGNORECASE,
)


def _executed_thing(before: str, after: str) -> bool:
    """ "the scheme was executed", "executed the contract" (the thing within the clause
    before, in the passive, or the object right after)."""
    passive = re.search(r"\b(?:been|was|were|be|being|is|are)\s+$", before)
    subject = re.split(r"[,;:]", before)[-1]
    return bool((passive and _EXECUTED_THING.search(subject)) or _OBJECT_THING.match(after))


_OBJECT_THING = re.compile(
    r"^\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|our)\s+)?"
    r"(?:(?!(?:on|in|by|after|for|under|at|upon|with|without|over)\b)[\w-]+\s+)?"
    rf"{_EXECUTED_THING.pattern}",
    re.IGNORECASE,
)


# The company and the surname ("Royal Dutch Shell", "Maria Shell, 41,"): "Shell" capitalised
# mid-sentence, or at its start with a name's follower.
_NAME_AFTER = re.compile(r"^(?:,|\s+and\s+[A-Z]|\s+(?:plc|Oil|Nigeria|Petroleum)\b|['’]s\b)")


# Idioms of "storm", "raid", "blew up", "shelled" and "targeted" that are no violence (lexicon48):
# "stormed off the stage", "stormed to victory", "stormed the charts", "a raid on the fridge",
# "raided their savings", "the row blew up on social media", "he blew up at reporters",
# "shelled out", "targeted by trolls".
_STORMED_AWAY = re.compile(
    r"^\s+(?:off|out|away|back|home|ahead|past|in\s+and\s+out"
    r"|to\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?(?:victory|wins?|titles?|lead|top|"
    r"finals?|stadium|pole|podium|success|majority|the\s+top)"
    r"|into\s+(?:the\s+)?(?:lead|top|finals?|semi-?finals?|quarter-?finals?|charts?|history)"
    r"|(?:up\s+)?(?:the\s+)?(?:charts?|pitch|field|court|stage|dance\s*floor|box\s+office|"
    r"podium|rankings?|polls?|bestseller\s+lists?))\b",
    re.IGNORECASE,
)
_RAIDED_STORE = re.compile(
    r"^\s+(?:(?:on|of)\s+)?(?:(?:the|his|her|their|its|our|my|your|a)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fridge|refrigerator|kitchen|pantry|larder|wardrobe|closet|cookie\s+jar|biscuit\s+tin|"
    r"piggy\s+bank|savings|pension\s+(?:funds?|pots?)|coffers|reserves|budget|kitty|war\s+chest|"
    r"shares|stocks?|transfer\s+market|talent|archives?|dressing\s+up\s+box)\b",
    re.IGNORECASE,
)
_BLEW_UP_TEMPER = re.compile(
    r"^\s+(?:on\s+(?:social\s+media|twitter|x|facebook|tiktok|instagram|the\s+internet|air)|at\b|"
    r"over\b|into\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rows?|scandals?|crisis|controvers(?:y|ies)|"
    r"debates?|storms?|feuds?|spats?|disputes?|fights?|sensations?|stars?|hits?)\b|online\b|"
    r"in\s+(?:(?:his|her|their|its|our|my|your|the)\s+)?face)",
    re.IGNORECASE,
)
_TARGETED_BY_WORDS = re.compile(
    r"^\s+(?:by|with)\s+(?:(?:the|a|an|online|social\s+media)\s+)?(?:[\w-]+\s+)?(?:trolls?|"
    r"hackers?|scammers?|advertisers?|ads|adverts|advertising|marketing|campaigns?|critics|"
    r"criticism|abuse|insults|messages|emails?|spam|phishing|tax(?:es)?|tariffs?|sanctions|"
    r"regulators?|investigators|audits?|lawsuits?|complaints)\b",
    re.IGNORECASE,
)


def _idiom(word: str, after: str) -> bool:
    """ "stormed off", "a raid on the fridge", "blew up on social media", "shelled out",
    "targeted by trolls": the words of violence in an idiom of ordinary news."""
    if word.startswith("storm"):
        return bool(_STORMED_AWAY.match(after))
    if word.startswith("raid"):
        return bool(_RAIDED_STORE.match(after))
    if word == "blew up":
        return bool(_BLEW_UP_TEMPER.match(after))
    if word.startswith("shell"):
        return bool(re.match(r"\s+out\b", after))
    return word == "targeted" and bool(_TARGETED_BY_WORDS.match(after))


def literal_violence(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen beat a man", "fighting broke out", "shot a trader", not "a firm beat rival
    bidders", "fighting a warehouse fire", "shot down rumours", "ransomware attacks"."""
    word = sentence[start:end].lower()
    before, after = sentence[:start], sentence[end:]
    if _CONTEST.search(sentence) and not (_HARM.search(sentence) or ARMED.search(sentence)):
        return False
    if _idiom(word, after):
        return False
    if word.startswith(("fight", "battl", "fought")) and _FOUGHT_THING.match(after):
        return False
    if word.startswith("shot") and (
        _SHOT_DOWN_WORDS.match(after)
        or ((word == "shot at" or re.match(r"\s+at\b", after)) and _A_SHOT_AT.search(before))
    ):
        return False
    if word.startswith("shell"):
        if _INTO_THE_SHELL.search(before):
            return False
        if sentence[start:end] == "Shell" and (start > 0 or _NAME_AFTER.match(after)):
            return False
    if word.startswith("attack") and (
        _NON_VIOLENT_ATTACK.search(before)
        or _FEELING_UNDER.search(before)
        or _attack_of_words(sentence, start, end)
    ):
        return False
    if word == "beat" and _TO_BEAT.search(before) and _NO_OBJECT.match(after):
        return False
    if word.startswith("execut") and _executed_thing(before, after):
        return False
    if word == "targeted" and (
        _AIMED_AT_AUDIENCE.match(after)
        or re.search(r"\bfe(?:el|els|eling|lt)\s+(?:\w+\s+)?$", before)
    ):
        return False
    standing = _REGAINED_STANDING.match(after) if word.startswith("regain") else None
    # ground regained by armed men is the field's: "troops regained ground in Kunduz" (review46b)
    if standing and not (standing.group().lower().endswith("ground") and ARMED.search(sentence)):
        return False
    if word.startswith("defus") and _DEFUSED_MOOD.match(after):
        return False
    return not (
        word == "offensive"
        and (_OFFENSIVE_ADJECTIVE_AFTER.match(after) or _OFFENSIVE_ADJECTIVE_BEFORE.search(before))
    )
