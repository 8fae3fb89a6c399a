"""The wordings of a death toll, one pattern each: "3 fatalities", "killed two soldiers", "a man
was found dead", "the body of a man", "N soldiers and M auxiliaries were killed". Read in order
by :func:`.find_deaths`, which owns what a match counts (ages, acronyms, one named before
a count, sums of two counts).
"""

from __future__ import annotations

import re

from ..numbers import WORDS
from .one_dead import BODY_FOUND, PRONOUN_DEAD
from .one_person import ONE_PERSON_PATTERNS
from .words import (
    ADVERBS,
    ALONG_WITH,
    AND_KIN,
    AUXILIARY,
    BE,
    BOUND,
    DEATH_AHEAD,
    DEATH_NUMBER,
    DIED,
    GROUP_WORD,
    KILL_VERB,
    KIN,
    KIN_CLAUSE,
    KIN_PLURAL,
    MEMBERSHIP,
    NAME_WORDS,
    NO_VAGUE_OBJECT,
    NOT_A_SPAN,
    NOT_AFTER_PREPOSITION,
    NOT_ANIMALS,
    NOT_BETWEEN,
    NOT_IN_DASHES,
    NOT_IN_NAMED,
    NOT_INSIDE,
    NOT_OBJECT_END,
    NUMBER_START,
    PERSONS,
    RAISED_TALLY_OF,
    REPORTED,
    ROLE,
    TALLY_HEAD,
    UNREALISED,
    WHEN_BEFORE_VERB,
)

# whose a count of the dead is, after "of": "killing 12 of them", "two of his guards"
_OWNERS = r"(?:them|its|their|the|those|his|her|our)\b"

# "killed two soldiers", "killing at least 12 people"; not after a passive's "were": what
# follows "three persons were killed" is no object but a subset ("a woman among them")
KILLED_N = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )"
    # (not the crime a mob punished: "lynched a man for allegedly killing a youth")
    r"(?<!\bfor allegedly )"
    # (the dead told as a group already named: "killing its four occupants", "killed all 12
    # passengers"; thirty-ninth round. Not "killed the two", most often a retelling: "suspected
    # of having killed the two police officers")
    rf"\b{KILL_VERB}\s+(?:another\s+|a further\s+|his\s+|her\s+|their\s+|its\s+"
    r"|all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?)?"
    r"(?:at least\s+|about\s+|around\s+|nearly\s+|some\s+|more than\s+|"
    r"over\s+|as many as\s+|up to\s+|approximately\s+|roughly\s+|almost\s+)?"
    # a family counted: "killing a family of five", "wiped out an entire family of seven"
    # (five, seven; not the "a": forty-fifth round)
    r"(?:(?:a|an\s+entire|a\s+whole|the)\s+(?:[\w'’-]+\s+)?(?:family|household)\s+of\s+)?"
    # "killing 12 of them", "killed two of its members", "shot dead two of his colleagues"
    # (forty-second round): still 12, two and two
    rf"(?P<n>{DEATH_NUMBER})\b{NOT_ANIMALS}(?!\s+(?:of(?!\s+{_OWNERS})|"
    r"percent|years?|days?)\b)"
    # "8 persons killed 58 others injured" (a headline without punctuation): 58 were hurt; but
    # "killed 30 people injured 90" (a list of verbs without its commas) wounded 90 others
    r"(?!\s+(?:others?\s+|people\s+|persons\s+)?(?:injured|wounded|hurt)\b"
    r"(?!\s+(?:at least\s+|more than\s+|about\s+|some\s+|over\s+|nearly\s+)?\d))"
    # one object and a count: "killed a senior commander and three fighters" = 4
    rf"(?:\s+(?:{NOT_OBJECT_END}[\w'’-]+,?\s+){{0,6}}?and\s+(?:at least\s+|another\s+)?"
    rf"(?P<m>{DEATH_NUMBER})\b(?!\s+(?:of(?!\s+{_OWNERS})|percent|"
    # (the wounded told after the second object are that object, "and 5 others injured",
    # unless a clause of their own opens: "slew a trooper and a farmer and hurt
    # many more", twenty-fourth round)
    r"years?|days?)\b)(?![\w\s'’-]{0,30}?\b(?<!\band )(?:injur|wound|hurt))"
    # one and his kin: "killed a man and his wife" = 2
    # (not the kin as the subject of a clause of their own: "killed a trader and his son was
    # injured", "shot dead a herder and his son escaped")
    rf"|\s+(?:{NOT_OBJECT_END}[\w'’-]+\s+){{1,3}}?{AND_KIN}(?!\s+{KIN_CLAUSE}))?",
    re.I,
)
# no figure: a word of the first group is no count of its own
_NO_FIGURE = rf"(?!(?:\d[\d,]*|{WORDS})\b)"
# Two tolls of one clause add up: "five militants and one soldier were killed", "(the fighting
# left) 14 rebels and 9 extremists dead" (:func:`.find_deaths` reads its groups).
TWO_GROUPS = re.compile(
    # (a comma only before "and": "1 militant, and 2 women were killed"; a fourth word only
    # where it names persons: "two female polio campaign workers and a policeman";
    # twenty-fourth round)
    rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+"
    rf"(?:(?:{NOT_BETWEEN}[\w'’-]+\s+){{0,2}}?{NOT_BETWEEN}[\w'’-]+,?\s+"
    # (no count among the three words: "A gunfight left 4 militants and 2 soldiers dead" is
    # no "a" and two, but six; forty-fifth round)
    rf"|(?:{NOT_BETWEEN}{_NO_FIGURE}[\w'’-]+\s+){{3}}(?:{ROLE}s?|{PERSONS}),?\s+)"
    # the first group told with the force it belongs to: "eight guards from the Northern
    # Reserve Unit and a driver were killed", "16 volunteers for the defence of the
    # homeland and two civilians were killed"
    rf"(?:(?:of|from|for)\s+{GROUP_WORD}{{1,6}}?)?and\s+"
    rf"(?P<m>{DEATH_NUMBER})\s+"
    # a second group named by a force's proper name before its noun: "two soldiers and four
    # Red Hill Front fighters were killed" (capitalised words, an acronym blanked out)
    r"(?-i:(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4}?))"
    rf"(?:{NOT_BETWEEN}[\w'’-]+\s+){{1,3}}?"
    # the second group told with the force it belongs to: "17 soldiers and 36
    # auxiliaries of the army of the north were killed"
    rf"(?:(?:of|from)\s+{GROUP_WORD}{{1,6}}?)?"
    r"(?:(?:were|had been|have been)\s+(?:(?:reportedly|allegedly|also|later)\s+)?"
    rf"{DIED}\b|dead\b"
    # or without its auxiliary, as headlines and notes write it ("Seven rebels and two
    # police officers killed"), where no object follows ("... killed a man" is active)
    rf"|{DIED}\b(?!\s+(?:a|an|the|his|her|their|its|{DEATH_NUMBER})\b){NO_VAGUE_OBJECT})",
    re.I,
)

# The kin of one told before, and their death: "... and his brother were shot dead", "... along
# with her two children have died" (groups ``k``, ``kc``: one, or the kin's count)
_KIN_DIED = (
    r"(?:along\s+with|and)\s+"
    rf"(?P<k>his|her|their)\s+(?:(?P<kc>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?{KIN_PLURAL}"
    rf"|(?:[\w-]+\s+)?{KIN})\b\s+"
    rf"(?:(?:were|have been|had been|are)\s+{REPORTED}{ADVERBS}{DIED}"
    # "One mother and her child have died", "a farmer and his daughter died"
    r"|(?:(?:have|had)\s+)?(?:(?:later|also|both|then)\s+)?died)\b"
)

FATALITY_PATTERNS = (
    # "7 villagers including a man and three children were killed", "four people among them a
    # child died": the count named before the subset is the toll; the subset counts no one new
    re.compile(
        # (not a count of the shot or arrested: "13 were shot, 1 of whom was killed" is 1)
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+{NOT_A_SPAN}"
        # (up to six words: "nine suspected Baloch separatist militants, including three
        # commanders, were killed", "17 suspected militants from different groups including
        # the TTP were killed"; forty-first round)
        # (no other count among them: "as a result, at least 21 militants including ..." is
        # no toll of the "a")
        # (nor a verb of their own: "Eight soldiers were ambushed, two of them were killed" is
        # two, read below)
        rf"(?:{NOT_BETWEEN}(?!(?:shot|hit|hurt|arrested|detained|abducted|\d+|{WORDS}|{BE})\b)"
        r"[\w'’-]+,?\s+){0,6}?"
        r"(?:including|among them|among whom|among which|of whom|one of them"
        # one of them named, as wire copy without its commas tells him: "Three other fighters
        # one identified as Abu Omar were killed" is three (forty-fifth round)
        r"|one\s+(?:of\s+them\s+)?(?:identified\s+as|named)"
        # a count of them set off by commas, as wires write the part: "At least 30 people, 12
        # of them children, were killed" is 30 (forty-fourth round)
        rf"|(?<=,\s)(?:\d+|{WORDS})\s+of\s+them)\b"
        # (not the dead of a count told with its own verb: "kidnapped 20 people, five of them
        # were later killed" is five)
        r"(?!\s+(?:were|was|are|is|had|have|has|got)\b)"
        r"(?:(?!\b(?:injured|wounded|killed|and\s+\d+\s+others?)\b)[^.;:!?])"
        # a second group after the subset set off by commas adds up: "four civilians,
        # including a woman, and 11 fighters were killed" = 15
        rf"{{1,80}}?(?:,\s+and\s+(?:at least\s+)?(?P<m>{DEATH_NUMBER})\s+"
        r"(?:(?!(?:were|was|had|have|has|got)\b)[\w'’-]+\s+){1,3}?)?"
        r"(?:(?:were|was|had been|have been|has been|got)\s+"
        # ("Four people, including two policemen, were shot dead")
        rf"{ADVERBS}{DIED}"
        # or "died" ("Eight people, five of them children, died")
        r"|(?:(?:have|had)\s+)?died)\b",
        re.I,
    ),
    TWO_GROUPS,
    # one and his kin in the passive: "a park guard and his cousin were gunned down", "a
    # farmer and his 9-year-old daughter died" (two)
    # (the one told with more words, the post or group they hold set off by commas or a
    # "who" clause, "along with" for "and": "The DSP of the central jail, and his brother were
    # shot dead", "1 civilian, a member of the council, and his 2 bodyguards were killed", "a
    # policeman who worked for the bomb squad and his mother were killed", "party leader Ali
    # Omar along with his driver were shot dead")
    re.compile(
        # ("the" only with his or her kin: "The family and their driver", "The gunmen and
        # their driver" are no one and one; review62)
        rf"\b(?P<n>an?|one|1|the(?=\s[^.;:!?]{{0,150}}?\b(?:and|with)\s+(?:his|her)\s))\s+"
        rf"(?=[^.;:!?]{{0,150}}?\b(?:and|with)\s+(?:his|her|their)\s)"
        rf"(?:(?!{BE}|and\b|along\b)[\w'’/-]+,?\s+){{1,8}}?"
        rf"{_KIN_DIED}",
        re.I,
    ),
    # a group and the kin or aide of one of them (forty-second round): "Two soldiers and his
    # driver were killed" (three), "three farmers and their two sons were shot dead" (five);
    # up to three words of the group, no article among them ("Three gunmen attacked a man and
    # his wife were killed" is no toll of the gunmen)
    re.compile(
        rf"\b{NUMBER_START}{NOT_AFTER_PREPOSITION}(?!(?:an?|one|1|single)\b)"
        rf"(?P<n>{DEATH_NUMBER})\s+{NOT_A_SPAN}"
        rf"(?:(?!(?:{BE}|and|along|an?|the|his|her|their|its|{NOT_INSIDE})\b)[\w'’/-]+\s+){{1,3}}?"
        rf"{_KIN_DIED}",
        re.I,
    ),
    # "3 fatalities", "1 fatality", "two deaths", "5 dead", "one death reported", "seven
    # soldier deaths" (a noun of the victims before the deaths)
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:{NOT_A_SPAN}[a-z]+\s+)?"
        r"(?:fatalities|fatality|deaths|dead"
        r"|(?:(?<=\bone )|(?<=\b1 ))death(?!\s+(?:squad|toll|threat|sentence|penalty|row|march|camp|sq)))\b",
        re.I,
    ),
    KILLED_N,
    # One named, by name or by role, and a count of others: "killed Tomas Verel, a commander of
    # the group, and two other fighters" is three, "killed the commander and two others" three
    # (the one reads as one, the others add up)
    re.compile(
        rf"\b{KILL_VERB}\s+(?P<n>(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)[A-Z][\w'’.-]+"
        r"(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’.-]+){0,3}"
        # (also by an owner's word: "killing its driver and two others"; forty-fourth round)
        rf"|(?i:(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{ROLE}))"
        r"(?:,\s+[^,.;:!?]{1,80}?,)?\s+and\s+(?:at least\s+)?"
        rf"(?P<m>{DEATH_NUMBER})\s+(?:others?\b"
        # or a group of others by their noun: "killed the rebel commander and 12 fighters",
        # "killing the driver and five passengers" (13, 6; not animals, a span of time nor the
        # wounded: "and five passengers were wounded"; forty-fourth round)
        rf"|{NOT_ANIMALS}{NOT_A_SPAN}(?:[a-z][\w'’-]*\s+){{0,2}}?(?:[a-z][\w'’-]*s|people|men|women|children)\b"
        # (a verb of the next clause is no passive of theirs: "killing the driver and five
        # passengers and wounding eight others" is six; review65)
        r"(?!\s+(?:(?:were|was|are|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
        r"(?:injur|wound|hurt)))",
    ),
    # One named, by name or by role, and others "along with" them, the verb after: "Ali Omar
    # alongside nine of his comrades were killed", "A local commander, along with nine of his
    # fighters, was killed" (ten each: the one reads as one, the others add up; forty-fourth
    # round)
    re.compile(
        # (a name's words hold no full stop: "in Daraa. Ramadan Saleh alongside ..." is no name)
        r"\b(?P<n>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’-]+){1,3})"
        rf"|{ROLE})(?P<c>,)?\s+(?:alongside|along\s+with|together\s+with)\s+(?:at least\s+)?"
        rf"(?P<m>{DEATH_NUMBER})\s+(?:(?:other|more)\s+|of\s+(?:his|her|their|its)\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?(c),)\s+"
        rf"(?:was|were|has been|have been|had been)\s+{REPORTED}{ADVERBS}{DIED}\b",
        re.I,
    ),
    # "Seven soldiers were reportedly killed", "a man was found dead", "1 person being killed";
    # not an object that a second verb follows: "stormed a village and killed dozens" (a
    # subject told in the passive is: "a man was attacked and killed", "seized by a mob and
    # killed")
    re.compile(
        rf"\b{NUMBER_START}(?!(?<!\bby )an?\s+(?:(?!{BE})[\w'’/-]+\s+){{1,4}}?and\s+"
        rf"{DIED})"
        # nor the "a" of the group the subject belongs to: "five militants suspected to belong
        # to a separatist group were killed" (five, read below)
        r"(?!(?<=\bbelong to )an?\b)(?!(?<=\bbelonging to )an?\b)"
        rf"(?P<n>{DEATH_NUMBER}){NOT_ANIMALS}\s+{NOT_A_SPAN}"
        rf"(?:(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,4}}?"
        # (or a group's name in capitals that counts no word: "Two Delta Front cadres were
        # killed", thirty-ninth round)
        rf"|(?:{NOT_BETWEEN}{NOT_IN_NAMED}[\w'’/-]+\s+{NAME_WORDS}){{1,4}}?)"
        r"(?:(?:was|were|had been|have been|has been|being|got|is|are)\s+"
        rf"{WHEN_BEFORE_VERB}{REPORTED}(?:(?:reportedly|allegedly|also|later|subsequently|found|shot|stabbed|then)\s+){{0,2}}"
        rf"{DIED}\b"
        # "three soldiers from the government side had died"
        r"|(?:had|have|has)\s+(?:(?:reportedly|also|later|since|then)\s+)?died\b"
        # without its auxiliary (headlines, notes), where no object follows: "ten armed men
        # shot to death the secretary" tells the killers, not the dead
        r"|(?:(?:reportedly|allegedly|also|later|subsequently|found|shot|stabbed|then)\s+){0,2}"
        # (nor a count: "burned 20 huts and killed 15 livestock"; a headline's "1 killed 3
        # injured" lists the wounded, no object)
        rf"{DIED}\b(?!\s+(?:a|an|the|his|her|their|its)\b)(?!\s+(?:{DEATH_NUMBER})\b"
        r"(?!\s+(?:others?\s+|people\s+|persons\s+)?(?:injured|wounded|hurt)\b))"
        rf"{NO_VAGUE_OBJECT})"
        rf"{ALONG_WITH}",
        re.I,
    ),
    # The subject's head told with more words before its verb, in the two ways any outlet
    # writes it: a phrase set off by commas ("1 civilian, a village elder, was killed", "three
    # farmers, who were said to be brothers of the chief, were killed", "at least 38 people,
    # among them women and children, died") and the group they belonged to ("five members of
    # the Northern Defence Front were killed", "three fighters in a militia from Karu, in the
    # west, were killed"); not through another count, a clause or the wounded.
    re.compile(
        rf"\b{NUMBER_START}{NOT_AFTER_PREPOSITION}(?P<n>{DEATH_NUMBER})\s+{NOT_A_SPAN}{DEATH_AHEAD}"
        rf"(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,2}}?[\w'’/-]+"
        rf"(?:,?\s+(?:of|from|in|{MEMBERSHIP})\s+"
        rf"(?:(?!(?:{NOT_INSIDE}|and|or|but|who)\b)[^\W\d][\w'’/-]*,?\s+)"
        rf"{{1,8}}?(?:{AUXILIARY}\s+{REPORTED}{ADVERBS}{DIED}|(?:had|have|has)\s+died)\b"
        rf"{ALONG_WITH}"
        rf"|,\s+(?:(?!\b(?:{NOT_INSIDE})\b)[^,.;:!?\d]){{3,100}}?,\s+"
        rf"(?:{AUXILIARY}\s+)?{ADVERBS}{DIED}\b"
        # or set off by dashes: "Three traders - Alan, Ben and Carl - were shot dead",
        # "Five people -- a guard and four gunmen -- were killed" (the dead broken
        # down: the count before the dashes is their total)
        rf"|\s+[-–—]{{1,2}}\s+(?:(?!\b(?:{NOT_IN_DASHES})\b)[^.;:!?–—-]){{3,100}}?\s+[-–—]{{1,2}}\s+"
        rf"(?:{AUXILIARY}\s+)?{ADVERBS}{DIED}\b)",
        re.I,
    ),
    # "Fatalities coded as 4" (ACLED-style notes): a stated total
    re.compile(
        rf"\bfatalit(?:y|ies) (?:were |was |is |are )?coded as (?P<n>{DEATH_NUMBER})\b", re.I
    ),
    # "FATALITIES: 15" (a note's or a report's label of its total; thirty-ninth round)
    re.compile(
        rf"\bfatalit(?:y|ies)\s*:\s*(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s*(?:injured|wounded|percent))",
        re.I,
    ),
    # "Fatalities are split across 3 events (5)": the share this note's event was coded with
    re.compile(
        r"\bfatalit(?:y|ies) (?:were |was |is |are )?split (?:across|over|between) \w+ \w+ "
        rf"\((?P<n>{DEATH_NUMBER})\)",
        re.I,
    ),
    # "claiming the lives of more than nine people", "took the lives of 3 people", "claiming
    # the life of a woman", "claiming lives of 23 civilians" (wire copy that drops "the")
    re.compile(
        r"\b(?:claim(?:ing|ed|s)?|t(?:aking|ook|akes)|cost(?:ing|s)?)\s+(?:the\s+li(?:ves|fe)|lives)"
        r"\s+of\s+"
        rf"(?:at least\s+|about\s+|around\s+|nearly\s+|some\s+|more than\s+|over\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b"
        # the victims' words with the count, so that the same dead told twice count once
        r"(?:\s+(?!(?:and|or|in|on|at|near|while|when|after|injur\w*|wound\w*)\b)[a-z][\w'’-]*){0,2}",
        re.I,
    ),
    # "which claimed a life", "claiming 12 civilian lives"
    re.compile(
        rf"\b(?:claim(?:ing|ed|s)?|cost(?:ing|s)?)\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        r"(?:more\s+|other\s+|civilian\s+|human\s+|innocent\s+|young\s+)?li(?:ves|fe)\b",
        re.I,
    ),
    # "leading to the death of one demonstrator", "resulting in the deaths of 3 people",
    # "announced the death of three of its fighters"
    re.compile(
        # "resulting in the killing of three villagers" (a count, not "the killing of a
        # journalist": a death named, not reported)
        # (not deaths a killing answered or a suspect is behind: "beat to death a youth thought to be
        # behind the murder of three pupils", "to avenge the murder of six")
        r"(?<!\bbehind the )(?<!\bavenge the )"
        rf"\b(?:deaths?|killings?(?=\s+of\s+(?!an?\b))) of (?:at least |about |around |some )?"
        rf"(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of(?!\s+(?:them|its|their|the|those)\b)|percent|years?|days?)\b)"
        # a second one or group after the first: "the death of an officer and a civilian" (2),
        # not the wounded ("the deaths of 3 people and 5 injured")
        rf"(?:\s+(?:(?!(?:and|or|but|who|while|injur\w*|wound\w*)\b)[\w'’-]+,?\s+){{1,3}}?"
        rf"and\s+(?:at least\s+)?(?P<m>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of(?!\s+(?:them|its|their|the|those)\b)|percent|years?|days?)\b)"
        r"(?![\w\s'’-]{0,30}?\b(?:injur|wound|hurt)))?",
        re.I,
    ),
    # "six people losing their lives", "12 civilians lost their lives"
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,3}}?"
        # the dead told between commas (lead66): "Nine people, among them four children, lost"
        r"|(?:[\w'’/-]+\s+){0,2}?[\w'’/-]+,\s+(?:among\s+them|including|most\s+of\s+them|"
        r"mostly)\s+[^,.;]{1,40},\s+)"
        r"(?:(?:have|has|had)\s+)?(?:lost|losing)\s+their\s+lives\b",
        re.I,
    ),
    # one who lost his or her life (thirty-ninth round): "A supporter lost his life after
    # being beaten", "a militant lost his life in a brief gunfight" (not "nearly lost his life")
    re.compile(rf"{UNREALISED}\b(?P<n>(?:lost|losing|loses)\s+(?:his|her)\s+life)\b", re.I),
    # the others killed with one told before (twenty-fourth round): "a commander was killed
    # along with two of his aides", "was shot dead along with his driver", "along with another
    # man" (a toll of its own, added to the one before it in the sentence)
    re.compile(
        r"(?:(?<=\bkilled )|(?<=\bkilled, )|(?<=\bdead )|(?<=\bdead, )|(?<=\bdied )|"
        r"(?<=\bmurdered )|(?<=\bslain ))"
        r"along\s+with\s+(?:at least\s+)?"
        rf"(?P<n>{DEATH_NUMBER}\b(?!\s+(?:percent|years?|days?)\b)|another\b"
        rf"|(?:his|her|their)(?=\s+(?:[\w-]+\s+)?{KIN}\b))"
        r"(?![\w\s'’-]{0,30}?\b(?:injur|wound|hurt))",
        re.I,
    ),
    # "beat a young man to death", "tortured two villagers to death"
    re.compile(
        rf"{UNREALISED}\b(?:beat|beating|beaten|stabbed|stabbing|hacked|hacking|tortured|torturing|stoned|"
        r"stoning|stone|stones|chopped|chopping|slashed|slashing|burned|burnt|shot)\s+"
        rf"(?P<n>{DEATH_NUMBER})\s+(?:{NOT_BETWEEN}[\w'’/-]+\s+)"
        r"{0,3}?to death\b",
        re.I,
    ),
    # the same told the other way round: "stone to death two drivers", "tortured to death a
    # youth", "burnt alive two children"
    re.compile(
        rf"{UNREALISED}\b(?:beat|beaten|stabbed|hacked|tortured|stoned|stone|stones|chopped|slashed|burned|"
        r"burnt|shot)\s+(?:to death|alive)\s+(?:at least\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b(?!\s+(?:of|percent|years?|days?)\b)",
        re.I,
    ),
    # one person, by a pronoun, a role, kin or a name (:mod:`.one_person`)
    *ONE_PERSON_PATTERNS,
    # A toll told as the tally that grew: "the death toll has risen to at least 40", "the
    # toll rose to 17", "the number of people killed in the raid climbed to six", "the number of
    # gunmen killed has risen to five"
    re.compile(
        rf"\b{TALLY_HEAD}\s+(?:[\w'’-]+\s+){{0,25}}?(?:has\s+|had\s+)?(?:rises|rose|risen|"
        r"climbed|reached|jumped|increased|went\s+up)\s+to\s+(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b",
        re.I,
    ),
    # A tally a death told beside it raised (thirty-third round): "died of his wounds, bringing
    # the death toll to six", "raising the toll from the strike to 11", "raised the number of
    # people killed in the attack to nine" (not a toll of the war "raised" in speeches: a
    # figure must follow "to"; nor a tally of several days: ``RAISED_TALLY_OF``)
    re.compile(
        r"\b(?:rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|tak(?:e|es|ing)|"
        rf"took)\s+(?:the\s+)?{TALLY_HEAD}\s+{RAISED_TALLY_OF}to\s+"
        r"(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b(?!\s+(?:percent|years?|days?|injured|wounded)\b)",
        re.I,
    ),
    # "putting the death toll at six", "a heavy toll of at least five dead", "officials put the
    # death toll from the raid on a police post at 14"
    re.compile(
        r"\b(?:(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:death\s+)?toll\s+"
        r"(?:[\w'’-]+\s+){0,15}?at|(?:death\s+)?toll\s+(?:at|of)"
        # a toll that stands at a figure: "the death toll from the raid now stands at 15"
        # (forty-fifth round)
        r"|(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,20}?(?:stands|stood|standing)\s+at)\s+"
        r"(?:at least\s+|about\s+|nearly\s+|some\s+)?"
        rf"(?P<n>{DEATH_NUMBER})\b(?!\s+(?:of|percent|years?|days?|injured|wounded)\b)",
        re.I,
    ),
    # The words of military statements for killing, "neutralized" and "eliminated", said of
    # people only ("eliminated at least 22 terrorists", "a militant was neutralized"; not
    # "neutralized two explosive devices"): the gold counts them as dead.
    re.compile(
        rf"\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        rf"(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\b",
        re.I,
    ),
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?{PERSONS}\s+"
        r"(?:(?:were|was|had been|have been|has been|got)\s+)?(?:(?:also|reportedly|later)\s+)?"
        r"[\"“']?(?:neutrali[sz]ed|eliminated)\b",
        re.I,
    ),
    # A side's losses in its own words: "we have lost three persons", "the army lost five
    # soldiers", "they lost four of their comrades" (people only: "lost two vehicles" is none;
    # nor the wounded, missing or captured told after them; nor members who went over to
    # another side: "the party lost five members to the opposition")
    re.compile(
        # (the count whole: "lost over one hundred militants" is no "one")
        rf"\b(?:lost|losing|loses|lose)\s+{BOUND}(?P<n>{DEATH_NUMBER})\s+"
        r"(?!(?:hundred|thousand|million|dozen)s?\b)"
        r"(?:of\s+(?:their|its|our|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:persons|people|men|soldiers|officers|policemen|fighters|members|comrades|cohorts|"
        r"troops|personnel|colleagues|militants|guards|civilians|lives)\b"
        r"(?!\s+(?:(?:were|was)\s+)?(?:injured|wounded|missing|captured|taken|as prisoners)\b)"
        r"(?!\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:opposition|rivals?|part(?:y|ies)|camp|factions?|coalition|alliance|defections?)\b)",
        re.I,
    ),
    # "the martyrdom of 3 citizens", "claiming 4 martyrs" (the outlet's word for the dead)
    re.compile(rf"\bmartyrdom of (?:at least\s+)?(?P<n>{DEATH_NUMBER})\b", re.I),
    re.compile(rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?martyrs\b", re.I),
    # "beheads 8 militants", "the beheadings of at least 18 men"
    re.compile(
        rf"\bbehead(?:s|ed|ing)?\s+(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b"
        r"(?!\s+(?:of|percent|years?|days?)\b)",
        re.I,
    ),
    re.compile(rf"\bbeheadings?\s+of\s+(?:at least\s+)?(?P<n>{DEATH_NUMBER})\b", re.I),
    # "both" of two told before (thirty-ninth round): "Both men were killed", "both died on the
    # way to hospital", "killing both" (two; not "both ... and ...", a pair of groups)
    re.compile(
        rf"\b(?P<n>both)\b(?!\s+(?:[\w'’-]+\s+){{0,3}}?and\b)(?:\s+of\s+them|\s+[a-z]+)?\s+"
        rf"(?:(?:were|had been|have been|are)\s+{REPORTED}{ADVERBS}{DIED}"
        rf"|(?:later\s+|then\s+|also\s+)?(?:died|succumbed)\b)",
        re.I,
    ),
    re.compile(rf"\b{KILL_VERB}\s+(?P<n>both)\b(?!\s+(?:[\w'’-]+\s+){{0,3}}?and\b)", re.I),
    BODY_FOUND,
    PRONOUN_DEAD,
    # "the body of a man", "two bodies"; "the bodies of a man and a woman" (two), "of two men
    # and his son" (three): a second one or group after "and" (forty-second round)
    re.compile(
        rf"\bbodies of (?P<n>{DEATH_NUMBER})\b"
        rf"(?:\s+(?:{NOT_OBJECT_END}[\w'’-]+,?\s+){{1,3}}?"
        rf"(?:and\s+(?P<m>{DEATH_NUMBER})\b{NOT_ANIMALS}|{AND_KIN}))?",
        re.I,
    ),
    re.compile(rf"\bbod(?:y|ies) of (?P<n>{DEATH_NUMBER})\b", re.I),
    # ("3 villagers' bodies", "two soldiers' bodies were found"; forty-second round)
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?(?:[\w-]+s['’]\s+)?bodies\b",
        re.I,
    ),
)
