"""Who was taken: people seized are abducted, and the forces taken are fought (for
:func:`..refinement.refine_type`).

- *People seized.* "Seized" is a seizure of property by its own word ("police seized two
  trucks of charcoal", "rebels seized the town's market"), but with people as its object it is
  an abduction, as West African and East African copy tells kidnappings: "gunmen seized two
  farmers near Kandi", "three aid workers were seized from their residence by gunmen",
  "bandits grabbed a trader and his son" (not "seized the farmers' cattle": their goods).
- *The forces taken.* ACLED codes violence against the state's armed men, on duty, as a battle
  with their side, the taking of one too: "gunmen abducted a police officer", "militants
  abducted an unarmed police constable", "a soldier was kidnapped at a checkpoint" (an armed
  clash). An off-duty or retired one is a civilian (:func:`..sides.parties.is_off_duty`, read
  where the hit is), and the forces' kin ("the wife of a police officer") are not the forces.
"""

from __future__ import annotations

import re

from ....text.numbers import counting
from ..sides.parties import is_off_duty

# People by the nouns reports name captives with.
_PEOPLE = (
    r"(?:people|persons|civilians|m[ae]n|wom[ae]n|child(?:ren)?|girls?|boys?|fishermen|"
    r"farmers?|herders?|herdsm[ae]n|travell?ers?|passengers?|villagers?|residents?|workers?|"
    r"students?|pupils?|teachers?|doctors?|nurses?|journalists?|officials?|tourists?|"
    r"foreigners?|hostages?|businessm[ae]n|traders?|merchants?|engineers?|priests?|pastors?|"
    r"clerics?|imams?|chiefs?|councillors?|contractors?|expatriates?|nationals|drivers?|"
    r"hunters?|miners?|monks?|nuns?|wi(?:fe|ves)|sons?|daughters?|relatives|companions?|"
    r"victims?|individuals|youths?|teenagers?|refugees?|crew\s+members|suspects?|"
    r"(?:aid|humanitarian|health|NGO)\s+workers?)"
)
_DETERMINER = rf"(?:a|an|the|his|her|their|several|some|at\s+least|{counting(2, 10)}|\d+)"
# The people right after the verb, with up to two words before their noun ("seized two
# Beninese farmers"); not their goods ("seized the farmers' cattle", "the trucks of traders",
# "houses of residents").
_PEOPLE_AFTER = re.compile(
    rf"^\s+(?:{_DETERMINER}\s+){{0,2}}(?:(?!(?:of|and|from|in|at)\b)[\w-]+\s+){{0,2}}?{_PEOPLE}\b"
    r"(?![’'])(?!\s+of\b)",
    re.IGNORECASE,
)
# The people as the subject of the passive: "three aid workers were seized".
_PEOPLE_BEFORE = re.compile(
    rf"\b{_PEOPLE}\s+(?:were|was|had\s+been|have\s+been|has\s+been|being|got)\s+$", re.IGNORECASE
)
_SEIZED = re.compile(r"(?:seiz(?:e|ed|es|ing)|grabb(?:ed|ing))", re.IGNORECASE)


def people_seized(sentence: str, start: int, end: int) -> bool:
    """Whether the seizing verb at ``sentence[start:end]`` takes people, not goods."""
    if _SEIZED.fullmatch(sentence[start:end]) is None:
        return False
    return bool(
        _PEOPLE_AFTER.match(sentence[end : end + 80])
        or _PEOPLE_BEFORE.search(sentence[max(0, start - 60) : start])
    )


# The state's forces seizing people arrest them (the lead's review, forty-fifth round): "Police
# seized two men and three vehicles in Garissa", "two suspects were seized by soldiers".
_FORCES_SUBJECT = re.compile(
    r"\b(?:police(?:m[ae]n)?|troops|soldiers|army|military|gendarmes?|gendarmerie|"
    r"security\s+(?:forces|agents|operatives|personnel)|officers|detectives|operatives)\b"
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*$",
    re.IGNORECASE,
)
_BY_FORCES = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|troops|soldiers|army|"
    r"military|gendarmes?|security\s+(?:forces|agents|operatives))\b",
    re.IGNORECASE,
)


def seized_by_forces(sentence: str, start: int, end: int) -> bool:
    """Whether the people seized at ``sentence[start:end]`` are taken by the state's forces
    (told as the verb's subject, or after "by" in the passive)."""
    return bool(
        _FORCES_SUBJECT.search(sentence[max(0, start - 60) : start])
        or _BY_FORCES.match(sentence[end : end + 80])
    )


# The people seized then killed in the same telling: "seized two herdsmen near a riverbed and
# slit their throats", "seized a trader and shot him dead" (an attack, as for an abduction
# told with its killing, :func:`..told_acts.killed_after`).
_KILLED_AFTER = re.compile(
    r"\b(?:kill\w*|murder\w*|slit|slaughter\w*|behead\w*|execut\w*|shot|hacked|butcher\w*|"
    r"strangl\w*|lynch\w*|stabbed)\b",
    re.IGNORECASE,
)


def killed_after_seizure(sentence: str, end: int) -> bool:
    """Whether the people seized before ``end`` are killed in the rest of its sentence."""
    return _KILLED_AFTER.search(sentence, end) is not None


# The state's armed men by their noun, an officer only with the force named ("a police
# officer", not a party's or a district's officer).
_FORCE = (
    r"(?:police(?:m[ae]n|wom[ae]n)?(?:\s+(?:officers?|constables?|reservists|inspectors?|"
    r"sergeants?|corporals?|guards?))?|(?:army|military|security|prison|border|gendarmerie)\s+"
    r"(?:officers?|personnel|guards?|men)|soldiers?|troops|gendarmes?|constables?|havildars?|"
    r"reservists|rangers?|jawans?|sepoys?|servicem[ae]n|guardsm[ae]n)"
)
# The forces right after the verb, with up to three words before their noun and none of them
# "of" ("abducted an unarmed police constable", not "the wife of a police officer").
_FORCES_AFTER = re.compile(
    rf"^\s+(?:{_DETERMINER}\s+){{0,2}}(?:(?!(?:of|and|or)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?P<forces>{_FORCE})\b"
    r"(?!\s+of\b)(?![’'])",
    re.IGNORECASE,
)
# The forces as the subject of the passive: "a police officer was abducted".
_FORCES_BEFORE = re.compile(
    rf"\b(?P<forces>{_FORCE})\s+(?:\([^()]{{1,40}}\)\s+)?(?:were|was|had\s+been|have\s+been|"
    r"has\s+been|being|got)\s+$",
    re.IGNORECASE,
)
# The forces as the last item of a list of the taken: "a polio worker, his driver and two
# constables were kidnapped" (the civilians among them make the abduction theirs).
_IN_A_LIST = re.compile(r"\b(?:and|as well as|along with)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_TAKEN = re.compile(r"(?:abduct|kidnap)\w*", re.IGNORECASE)


def forces_taken(sentence: str, start: int, end: int) -> bool:
    """Whether the abduction verb at ``sentence[start:end]`` takes the forces on duty."""
    if _TAKEN.fullmatch(sentence[start:end]) is None:
        return False
    offset = end
    told = _FORCES_AFTER.match(sentence[end : end + 100])
    if told is None:
        offset = max(0, start - 80)
        told = _FORCES_BEFORE.search(sentence[offset:start])
    if told is None or _IN_A_LIST.search(sentence[: offset + told.start("forces")]):
        return False
    return not is_off_duty(sentence, offset + told.start("forces"), offset + told.end("forces"))
