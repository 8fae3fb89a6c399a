"""The wordings of one person killed, one pattern each: by a pronoun ("killing him", "shot her
dead"), between "shot" and "dead", kin or a neighbour as the object ("killed his mother"), a
role ("fatally shot a man", "killed the chief commander", "the driver was killed") or a name
("Alice Onduto was killed"). Part of :data:`.wordings.FATALITY_PATTERNS`, read in its place
there (after the counted wordings and before a tally that grew) by :func:`.find_deaths`.
"""

from __future__ import annotations

import re

from ...vocabulary import LIVESTOCK
from ..numbers import counting
from .words import DEATH_NUMBER, KILL_VERB, KIN, ROLE, TO_DEATH, UNREALISED

ONE_PERSON_PATTERNS = (
    # a killing "to death" of one told without an article, in the present of headlines and
    # notes (forty-first round): "Youth stone suspected thief to death", "Police arrest and
    # beat man to death" (not "vowed to stone him", nor the past, read with its count)
    re.compile(
        rf"{UNREALISED}\b(?:beat|beats|stone|stones|hack|hacks|chop|chops|stab|stabs|club|"
        rf"clubs)\s+(?P<n>(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+)?{ROLE})\s+to\s+death\b",
        re.I,
    ),
    # "killing him", "shot her dead": one person; an attacker's own death, "killing himself
    # and injuring four policemen" (twenty-fourth round)
    re.compile(
        # (the present of notes and headlines too, not a killing threatened: "attack a
        # policeman and kill him", not "vowed to kill him"; thirty-ninth round)
        rf"\b(?P<n>(?:shot and killed|shot dead|killed|killing|murdered|murdering|executed|"
        rf"executing|lynched|lynching|beheaded|assassinated|stabbed|{UNREALISED}kills?|"
        rf"{UNREALISED}(?:murders?|lynch(?:es)?))\s+(?:him|her)\b"
        r"(?:\s+dead\b|\s+to death\b)?|killing\s+(?:himself|herself)\b)",
        re.I,
    ),
    # "shot a policeman dead", "shot Yadav, a contractor, dead", "shot two guards dead"
    # (twenty-fourth round): the one or the count between "shot" and "dead"; not "shot at",
    # nor through a clause, the wounded or another verb
    re.compile(
        # ("shooting him dead", "police shoot two robbers dead": the present and participle)
        rf"{UNREALISED}\b(?:shot|shoots?|shooting)\s+(?!at\b)(?:(?P<n>{DEATH_NUMBER})\s+)?"
        r"(?:(?!(?:at|and|or|but|while|leaving|left|killing|injuring|wounding|was|were|who|"
        r"which|injured|wounded|dead)\b)[^\s.;:!?]+\s+){1,7}?dead\b",
        re.I,
    ),
    # one of kin or a neighbour, the object of a verb of killing: "a fighter killed his
    # mother", "a man shot dead his neighbour", "fatally shot her husband": one; not the crime
    # a mob punished or a suspect is charged with ("lynched for allegedly killing his brother",
    # "accused of killing his father", "a man who had killed his mother")
    re.compile(
        r"(?<!\bfor )(?<!\bof )(?<!\bhad )(?<!\bwho )(?<!\ballegedly )(?<!\bjust )"
        # "charged with killing his wife", "wanted over killing his father"
        r"(?<!\bwith )(?<!\bover )"
        rf"\b(?:{KILL_VERB}|fatally (?:shot|stabbed))\s+(?P<n>his|her|their|the)\s+(?:[\w-]+\s+)?"
        rf"(?:{KIN}|neighbou?r|employer|tenant|landlord)\b"
        r"(?!\s+and\s+(?:his|her|their|the|a|an|\d+)\b)",
        re.I,
    ),
    # "fatally shot a man", "fatally shot the leader of the movement": one
    re.compile(
        r"\b(?P<n>fatally (?:shot|stabbed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
        + ROLE
        + r")\b(?!\s+and\s+(?:his|her|their|the|a|an|\d+)\b)",
        re.I,
    ),
    # "killed the chief commander of the group", "shot dead the driver", a headline's "Mob
    # kills suspected thief": one person named by a role
    re.compile(
        # ("the killing of a journalist" names a death, reports none; nor is the crime a mob
        # punished or a suspect is accused of: "lynched for allegedly killing a youth")
        r"(?<!\bfor )(?<!\bfor allegedly )(?<!\bwith )"
        # (a bare "killed" after "of" qualifies a noun: "with the body of killed student")
        r"(?!(?<=\bof )killed\b)"
        rf"\b(?P<n>{KILL_VERB}\s+(?!of\b)(?:the\s+)?(?:[\w-]+\s+){{0,2}}?" + ROLE + r")\b"
        # (not the "head" of a count of animals: "killed 40 head of cattle")
        rf"(?!(?<=head)\s+of\s+(?:{LIVESTOCK})\b)"
        # "killed the leader and his deputy" is two: not one person
        rf"(?!\s+and\s+(?:his|her|their|the|a|an|other|\d+|{counting(1, 10)})\b)",
        re.I,
    ),
    # One person named by name, with or without a phrase set off by commas: "Alice Onduto was
    # killed", "Tomas Verel, 41, was shot dead", "Maro Lindqvist, the head of the
    # cooperative, was killed" (two capitalised words at least: a person's names)
    re.compile(
        r"(?<![\w'’.-])(?P<n>(?!(?:The|A|An|This|That|Police|Army)\b)[A-Z][\w'’.-]+"
        r"(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’.-]+){1,3})"
        r"(?:,\s+[^,.;:!?]{1,80}?,)?\s+(?:was|has been|had been|is)\s+"
        r"(?:(?:reportedly|allegedly|later|then)\s+)?(?:shot dead|shot and killed|killed|murdered|"
        r"assassinated|lynched|beheaded|executed|gunned down|"
        rf"{TO_DEATH})\b"
        r"(?!\s+(?:and|or)\s+(?:wounded|injured)\b)",
    ),
    # "the driver was killed", a headline's "Student shot dead": one person named by a role,
    # killed in the passive
    re.compile(
        # with its auxiliary, or opening a line as a headline does: "justice for the teacher
        # killed in a road crash" (a reduced relative) refers to a death, reports none
        r"(?:\b(?P<n>(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        + ROLE
        + r")\s+(?:was|is|has been|had been)\s+|^(?P<h>(?:[\w-]+\s+){0,2}?"
        + ROLE
        + r")\s+)"
        r"(?:(?:reportedly|allegedly|later)\s+)?(?:shot dead|shot and killed|killed|murdered|"
        rf"lynched|beheaded|{TO_DEATH})\b"
        r"(?!\s+(?:and|or)\s+(?:wounded|injured)\b)",
        re.I | re.M,
    ),
)
