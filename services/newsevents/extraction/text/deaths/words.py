"""The words a death toll's wordings (:mod:`.wordings`) are built from: a count of the
dead, the verbs of killing and dying, the roles and persons one of the dead is named by, and
what a toll's phrase cannot run through. One copy each, so that every wording reads a count or a
death alike.
"""

from __future__ import annotations

from ...vocabulary import LIVESTOCK
from ..numbers import COMPOUND, COUNTING, MANY, WORDS, counting

# "a couple of days", "a couple weeks later": a vague count, no couple of two people
_VAGUE_COUPLE = r"\s+(?:of|days|weeks|months|years|hours|minutes|times)\b"
_COUPLE_OF = rf"couple(?=['’]|{_VAGUE_COUPLE})"  # (and a couple's own: review63)
# Two people told as "a couple" (forty-second round): "A couple were shot dead in their
# home", "gunmen killed an elderly couple" (the "a" before it reads two, not one); not a
# couple's own: "a couple's three children were killed" (three; review63).
COUPLE = rf"\s+(?:[\w'’-]+\s+){{0,2}}?couple\b(?!['’])(?!{_VAGUE_COUPLE})"
# One person: "a soldier", "a single shell killed one".
ONE = ("a", "an", "one", "single")
# Victims who can be anyone (a later count joined to them is among them; a count of them broken
# down right after is their parts: "three people, two women and a child")
ANYONE = (
    r"(?:people|persons?|civilians|citizens|individuals|others|residents|villagers|"
    r"inhabitants|worshippers|passengers|family|members)"
)
# Of them, the people who are no civilians' kind: their parts may be soldiers ("four people, two
# soldiers and two policemen"), while civilians, passengers or residents never are.
ANYONE_AT_ALL = r"(?:people|persons?|individuals|others|members)"
# Men of armed forces and groups, who are no part of a count of civilians (review65).
COMBATANT = (
    r"(?:soldiers?|troops?|police(?:m[ae]n|\s+officers?)?|officers?|guards?|fighters?|"
    r"militants?|militiam[ae]n|gunm[ae]n|rebels?|insurgents?|servicem[ae]n|personnel|"
    r"commanders?|attackers?|bombers?)"
)
WORD_NUMBERS_AGE = COUNTING[1:10]  # "two" to "ten"
# A year is no toll ("Mon Dec 28 2015 Two civilians killed") unless victims follow it.
DEATH_NUMBER = (
    r"(?:19|20)\d\d(?=\s+(?:people|persons|civilians|soldiers|fighters)\b)|"
    # (not the month of a date told with a slash: "on 11/04 shot dead two" is two)
    r"(?!(?:19|20)\d\d\b)(?<!\d/)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)|"
    # "twenty-eight" is 28, not the "eight" after its hyphen
    # (a vague count, "dozens of people were killed", is no toll: FA-KES's crowd coders and the
    # tuning parts' annotators do not code ACLED's 12 for it; measured)
    rf"{COMPOUND}|(?<![-‐–])(?:{WORDS}|single"
    # "a" is one, not in a quantifier: "a number of militants were also killed", "an
    # unspecified number of villagers" name no figure, "a total of 12" is read by its own words
    # and "a family of six" by its count (six, not one)
    + r"|an?(?!\s+(?:(?:unspecified|unknown|undisclosed|large|small|significant|growing|"
    r"great|certain)\s+)?(?:number|few|handful|lot|host|series|spate|wave|group|dozen|"
    # (a couple is two people, "a couple were shot dead" (:data:`COUPLE`); not "a couple of")
    rf"{_COUPLE_OF}|score|total|string|(?:family|household)\s+of)\b))"
)
# The first characters of every count above: a cheap test before the alternation of number
# words at each word (the patterns that open with a count spend most of their time there).
# Not the minutes of a clock: a release stamped "Thursday 30 November 2017 16:45" glued to its
# headline "12 Civilians Killed as Jets Bomb a Market" counts 12, not 45.
NUMBER_START = r"(?<!\d:)(?=[\dotfsenha])"
# an act threatened, tried or nearly done, not done: "threatened to stone to death two
# suspects", "nearly burnt alive two thieves", "tried to beat two men to death"
UNREALISED = (
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bnot )"
    r"(?<!\bnearly )(?<!\balmost )"
)
# what one executes that is no person: "executed a search warrant", "executes two contracts"
_NOT_EXECUTED = (
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:warrants?|orders?|contracts?|plans?|projects?|programm?e?s?|"
    r"tasks?|duties|mandates?|agreements?|deals?|transactions?|budgets?|strateg(?:y|ies))\b)"
)
KILL_VERB = (
    # the present and participle of a shooting (twenty-fourth round): "Police shoot dead 15
    # bandits", "police intervened shooting dead 9", "gunmen shoot and kill two herders"
    rf"(?:{UNREALISED}(?:shoot|shoots|shooting)\s+(?:dead|and\s+kill(?:s|ing)?)|"
    rf"{UNREALISED}(?:guns|gun)\s+down|"
    r"shot and killed|shot dead|gunned down|gunning down|killed|killing|kills|murdered|"
    r"murdering|lynched|lynching|lynches|beheaded|slew|assassinated|massacred|"
    # (not a figure of speech: "police decapitated two gangs")
    r"decapitated(?!\s+(?:[\w-]+\s+){0,2}?(?:gangs?|cells?|networks?|groups?|leadership)\b)|"
    r"massacring|slaughtered|slaughtering|"
    rf"(?:executed|executing|executes){_NOT_EXECUTED}|"
    # the present of headlines and notes: "Police kill two", not "threatened to kill two"
    rf"{UNREALISED}(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?:kill|lynch|execute{_NOT_EXECUTED}))"
)
# The verbs of a killing told with "to death": "shot", "stoned", and the weapons of hand-to-hand
# killings (twenty-fourth round): "speared", "macheted", "clubbed", "axed to death".
TO_DEATH = (
    r"(?:shot|stabbed|beaten|hacked|burned|burnt|tortured|stoned|strangled|chopped|slashed|"
    r"speared|macheted|clubbed|axed|knifed|bludgeoned|hammered|kicked|trampled|crushed|"
    r"starved) to death"
)
# The lives an act took, before the dead it took them of: "claiming the lives of", "took the
# lives of", "cost the lives of" (forty-seventh round).
LIVES_OF = r"(?:claim(?:ing|ed|s)?|t(?:aking|ook|akes)|cost(?:ing|s)?)\s+(?:the\s+)?lives\s+of"
DIED = (
    # ("1 officer dies", the present of notes; forty-second round)
    r"(?:kil+ed|dead|died|(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )(?<!to )dies?|"
    r"murdered|lynched|beheaded|decapitated|executed|slain|assassinated|martyred|"
    r"massacred|slaughtered|gunned down|embraced (?:martyrdom|shahadat)|"
    # a military statement's words for the enemy's dead: "12 terrorists were sent to hell"
    r"sent to hell|"
    rf"{TO_DEATH}|(?:burned|burnt) alive|"
    # the injured who died of their wounds: "two policemen succumbed to their injuries"
    # ("succumbed to bullet injuries", "to injuries": the owner may go untold; forty-second)
    r"succumbed\s+to\s+(?:(?:their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds|burns)|"
    r"(?:fatally|mortally) (?:shot|stabbed|assaulted|beaten|attacked|wounded|injured|hit|struck)|"
    # "a 66-year-old resident received fatal injuries": the wounds that killed
    r"(?:received|sustained|suffered) (?:fatal|mortal) (?:gunshot )?(?:injur(?:y|ies)|wounds?)|"
    r"(?:shot|stabbed|beaten|attacked) and killed|"
    # a harm before the killing (twenty-fourth round): "were abducted and killed", "were
    # beaten and chopped to death"
    r"(?:abducted|kidnapped|tortured|arrested|captured|raped|robbed|ambushed|beaten|attacked|"
    # (by whom, between: "were arrested by the army and killed"; forty-second round)
    r"shot|stabbed)(?:\s+by(?:\s+(?!(?:and|or|but|who|while|after)\b)[\w'’-]+){1,4}?)?"
    rf"\s+and (?:killed|murdered|executed|shot dead|burnt alive|{TO_DEATH}))"
    # "six members were killed and wounded" tells casualties, not how many died; so do "killed
    # or injured", "killed, injured" and a headline's "Killed Injured" (its comma dropped)
    r"(?!\s*(?:(?:,|and|or|and/or|&)\s*)?(?:wounded|injured|maimed)\b)"
)
# A vague count of people after a bare verb of killing: the verb is active and its subject the
# killer, not one of the dead ("A Syrian army unit killed dozens of militants", "a bomber killed
# several soldiers"); a headline's "Three killed several injured" lists the wounded, not an object.
NO_VAGUE_OBJECT = (
    rf"(?!\s+(?:{'|'.join(MANY)}|thousands|several|many|numerous|multiple|countless|"
    r"at\s+least|more\s+than|as\s+many\s+as)\b"
    r"(?!\s+(?:others?\s+|people\s+|more\s+)?(?:injured|wounded|hurt)\b))"
)
BE = r"(?:is|was|were|are|been|being|got|gets)\b"
# Words a toll's phrase cannot run through; "and" only where another number follows ("seven
# soldiers and their commander were killed" is one toll, "two ... and three ..." two).
NOT_BETWEEN = (
    r"(?!(?:or|but|injured|wounded|killed|while|after|who)\b)"
    rf"(?!and\s+(?:{DEATH_NUMBER})\b)"
    # nor a dash: what a pair of dashes sets off is the subject's apposition (a wording of
    # :mod:`.subjects`)
    r"(?![-–—]+\s)"
)
# The words an object "killed a commander ... and three fighters" cannot run through: another
# clause, a place or time, the wounded.
NOT_OBJECT_END = (
    r"(?!(?:and|or|but|while|after|who|in|on|at|near|from|as|when|injur\w*|wound\w*)\b)"
)
# Around a subject told with more words (a wording of :mod:`.subjects`): no unit of time
# nor hour of the clock ("0147 PM") after the count, no other count, clause, verb of saying or
# wounded inside.
NOT_A_SPAN = (
    r"(?!(?:percent|years?|days?|weeks?|months?|hours?|minutes?|am|pm|a\.m|p\.m|gmt|utc)\b)"
)
NOT_INSIDE = (
    r"injured|wounded|hurt|killed|died|dead|which|where|when|while|after|that|"
    rf"{counting(2, 10)}|dozens?|hundreds?"
)
NOT_IN_DASHES = r"injured|wounded|hurt|killed|died|dead|which|where|when|while|after|that"
# a word of the force a group of the dead belongs to ("of the civil defence of Kaya"): no
# count, clause, conjunction or wounded
GROUP_WORD = rf"(?:(?!(?:{NOT_INSIDE}|and|or|but|who)\b)[^\W\d][\w'’/-]*\s+)"
# a count inside a phrase of place or company ("in a militia from Zawiyah, ...") heads no
# subject
NOT_AFTER_PREPOSITION = (
    r"(?<!\bin )(?<!\bof )(?<!\bfrom )(?<!\bat )(?<!\bto )(?<!\bon )(?<!\bwith )(?<!\bby )"
    r"(?<!\bnear )(?<!\binto )"
)
# a word of death ahead in the sentence: most counts fail here, before the longer pattern
DEATH_AHEAD = (
    r"(?=[^.;:!?]{0,180}?(?:kil|dead|die|murder|lynch|behead|execut|slain|assassin|martyr|"
    r"massacr|slaughter|gunned|death|fatally))"
)
# the present of notes and headlines too: "Three members of the same family are killed"
AUXILIARY = r"(?:was|were|had been|have been|has been|is|are)"
# The capitalised words of a group's name inside a counted subject, which tell whose the dead
# were and are no words of its length: "Two suspected Kuki Valley Front members were killed",
# "eight suspected TTP and LeI militants were killed" (thirty-ninth round).
# (before a word in lower case, the noun they qualify: a headline in title case, "Over 100
# Jeish Al Fatah Terrorists Killed", has no such names)
NAME_WORDS = r"(?:(?:(?-i:[A-Z][\w'’/-]*)\s+){1,3}(?=(?-i:[a-z])))?"
# The words of such a subject: no relative or clause of its own ("Two gunmen attacked the Alpha
# Mosque where worshippers were killed" tells no toll of two), nor a preposition, whose names
# are a place's ("Five women in a village in Alpha's Beta block were lynched" is five, not
# "a"); "of" may head a group's ("five members of the Blue Hand died").
NOT_IN_NAMED = (
    r"(?!(?:where|which|when|because|since|until|whose|in|at|near|on|from|to|into|by|with|"
    r"after|before|as|\d+)\b)"
)
# A time told between an auxiliary and its verb: "Two men were on Tuesday evening shot dead",
# "three policemen were in the early hours of Sunday killed" (the last word names a time).
WHEN_BEFORE_VERB = (
    r"(?:(?:on|in|at|during|early|late|last|this)\s+(?:[\w'’,-]+\s+){0,4}?"
    r"[\w'’-]*(?:day|morning|evening|night|afternoon|hours|dawn|midnight|weekend)\s+)?"
)
# What a tally of the dead is called: "the death toll", "the number of people killed"
TALLY_HEAD = (
    r"(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:killed|dead|deaths|victims|fatalities)"
    # the dead themselves as what grew: "deaths from the flooding of the camp went up to 9",
    # "the death from the raid has risen to 10" (not "the death of ...": one person)
    r"|deaths?(?!\s+of\b))"
)
# the group the dead belonged to, told by a participle: "six militants belonging to the TTP"
MEMBERSHIP = (
    r"(?:belonging to|affiliated (?:with|to)|loyal to|linked to|attached to|"
    # "four fighters thought to be members of rebel factions were killed"
    r"(?:suspected|believed|said|thought|reported) to belong to)"
)
# the other group killed with them: "29 fighters were killed along with six militants" = 35
ALONG_WITH = (
    rf"(?:\s+(?:along|together)\s+with\s+(?:at least\s+)?(?P<m>{DEATH_NUMBER})\b"
    r"(?!\s+(?:of|percent|years?|days?|others?\s+(?:injured|wounded))\b))?"
)
# People a statement says it "neutralized" or "eliminated": fighters and suspects, never things.
PERSONS = (
    r"(?:terrorists?|militants?|insurgents?|attackers?|assailants?|gunm[ae]n|fighters?|rebels?|"
    r"jihadists?|bandits?|separatists?|secessionists?|extremists?|criminals?|kidnappers?|"
    r"suspects?|elements|members|people|persons|combatants|assailants|outlaws)"
)
BOUND = (
    r"(?:at least\s+|about\s+|around\s+|nearly\s+|some\s+|more than\s+|over\s+|"
    r"as many as\s+|up to\s+)?"
)
ADVERBS = r"(?:(?:reportedly|allegedly|also|later|subsequently|then|found|shot)\s+){0,2}"
# a death told as reported: "three terrorists were said to be killed", "are believed to have
# been killed", "were reported killed"
REPORTED = (
    r"(?:(?:said|reported|believed|thought|feared|confirmed|understood|known)\s+"
    r"(?:to\s+(?:be|have\s+been|have)\s+)?)?"
)
# One person named by a kinship or a tie to the one before: "a ranger and his brother", "killed a
# man and his wife" (two dead).
KIN = (
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|"
    r"child|grandson|granddaughter|grandfather|grandmother|bodyguard|driver|deputy|aide|"
    r"colleague|companion|friend|passenger|"
    # (forty-first round: those who work for the one, "the driver of a truck and his helper")
    r"guard|helper|assistant|accomplice)"
)
# kin counted: "a man and his two sons" (twenty-fourth round: three dead, not two)
KIN_PLURAL = (
    r"(?:sons|daughters|wives|brothers|sisters|children|nephews|nieces|cousins|grandchildren|"
    r"bodyguards|colleagues|companions|friends|passengers|relatives|guards|helpers|assistants|"
    r"accomplices)"
)
# the one after "and": "his brother", "her 12-year-old son" (an age is read as "a"), or a
# count of them, "his two sons" (group ``kc``)
AND_KIN = (
    rf"and\s+(?P<k>his|her|their)\s+(?:(?P<kc>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?{KIN_PLURAL}"
    rf"|(?:[\w-]+\s+)?{KIN})\b"
)
# what tells the kin after "and" as the subject of a clause of their own, not a second dead:
# "his son was injured", "his wife survived", "his brother escaped"
KIN_CLAUSE = (
    r"(?:was|were|is|are|had|has|escaped|survived|fled|sustained|suffered|managed|remains?|"
    r"remained)\b"
)
# One person named by a role: "killed the commander", "Student shot dead".
ROLE = (
    r"(?:leader|commander|chief|head|driver|owner|victim|suspect|officer|mayor|chairman|"
    r"imam|cleric|sheikh|emir|governor|judge|spokesman|journalist|priest|man|woman|boy|girl|"
    r"child|person|civilian|soldier|policeman|reservist|herder|herdsman|farmer|trader|student|"
    r"teacher|guard|thief|rapist|worker|employee|villager|resident|fighter|militant|"
    # twenty-fourth round: more nouns of one person, as notes and headlines name the dead
    r"criminal|rustler|raider|bandit|insurgent|youth|elder|official|missionary|pastor|lawyer|"
    r"bodyguard|detective|informant|constable|inspector|sergeant|corporal|refugee|passenger|"
    r"fisherman|pupil|activist|politician|businessman|businesswoman|teenager|shopkeeper|"
    r"vendor|merchant|contractor|doctor|nurse|policewoman|cop|ranger|jawan|supporter|"
    r"protester|demonstrator|helper|conductor|labourer|blogger|reporter|councillor|"
    r"headmaster|tribesman|militiaman|gunman|attacker|assailant|"
    # thirty-ninth round: the youngest, as notes name them ("The baby later died in hospital")
    r"baby|infant|toddler|clerk|"
    # forty-first round: as notes name them ("Mob kills suspected robber")
    r"robber|aide|watchman|mechanic)"
)
# What a tally raised by a death beside it may be of, between its head and "to": nothing, or
# the one act ("bringing the toll from the strike to 11", "the number of people killed in the
# attack to nine"); not a period's or several acts' ("taking the death toll from a two-day
# flare-up to 12" tallies several days: the act keeps its own dead)
RAISED_TALLY_OF = (
    r"(?:(?:from|in|of)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|airstrike|air strike|raid|"
    r"blast|explosion|bombing|shelling|ambush|massacre|incident|assault|clash|clashes|crash|"
    r"shooting|fire|collapse)\s+)?"
)
# Animals after a count are no dead of a toll: "killed 15 livestock", "killing 40 head of
# cattle", "200 goats were killed" (thirty-ninth round); people named by them are: "killed 3
# suspected cattle thieves", "two cattle herders were shot dead".
NOT_ANIMALS = (
    r"(?!\s+(?:(?!(?:during|in|at|on|of|from|with|near|after|before|and|or|while)\b)"
    rf"[\w'’-]+\s+)?(?:{LIVESTOCK}|head\s+of)\b"
    rf"(?!\s+(?:{ROLE}s?|thieves|{PERSONS})\b))"
)
