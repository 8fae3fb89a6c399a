"""The wordings of a death toll that tell the dead as the subject of a passive or of "died": a
count before a subset of them ("7 villagers including a man and three children were killed"),
two tolls of one clause ("five militants and one soldier were killed"), one and his kin ("a
farmer and his daughter died"), one named with others ("Ali Omar alongside nine of his comrades
were killed"), and a subject told with more words ("1 civilian, a village elder, was killed").
Part of :data:`.wordings.FATALITY_PATTERNS`, read in their places there by :func:`.find_deaths`.
"""

from __future__ import annotations

import re

from ..numbers import WORDS
from .words import (
    ADVERBS,
    ALONG_WITH,
    AUXILIARY,
    BE,
    DEATH_AHEAD,
    DEATH_NUMBER,
    DIED,
    GROUP_WORD,
    KIN,
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
    NUMBER_START,
    PERSONS,
    REPORTED,
    ROLE,
    WHEN_BEFORE_VERB,
)

# "and" inside a group's name, between two capitalised words: "20 members of the Islamic State in
# Iraq and the Levant were killed" (the alternative ends the word before it: "Iraq and the
# Levant" is one run; "the Blue Hand and two soldiers" stays two groups, read by TWO_GROUPS).
_NAMED_PAIR = r"|(?-i:[A-Z])[\w'’/-]*\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’/-]*\s+"

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

SUBSET_PATTERNS = (
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
        # their share told ("20 villagers mostly farmers were killed": 20; forty-ninth round,
        # wire69)
        r"|mostly|mainly|most\s+of\s+them"
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
)

KIN_PATTERNS = (
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
)

SUBJECT_PATTERNS = (
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
        rf"(?:(?!(?:{NOT_INSIDE}|and|or|but|who)\b)[^\W\d][\w'’/-]*,?\s+{_NAMED_PAIR})"
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
)
