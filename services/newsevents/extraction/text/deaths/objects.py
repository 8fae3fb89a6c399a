"""The wordings of a death toll that tell the dead as the object of a verb of killing: "killed two
soldiers", "killed the commander and two others", "was killed along with two of his aides",
"beat a young man to death". Part of :data:`.wordings.FATALITY_PATTERNS`, read in their places
there by :func:`.find_deaths`.
"""

from __future__ import annotations

import re

from .words import (
    AND_KIN,
    DEATH_NUMBER,
    KILL_VERB,
    KIN,
    KIN_CLAUSE,
    NOT_A_SPAN,
    NOT_ANIMALS,
    NOT_BETWEEN,
    NOT_OBJECT_END,
    ROLE,
    UNREALISED,
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

NAMED_AND_OTHERS = (
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
)

ALONG_WITH_OTHERS = (
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
)

TO_DEATH_PATTERNS = (
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
)
