"""The forces answering an attack with force, told after it: the text reading of the merging pass
``fought_back`` (:mod:`.fought_back`).

ACLED's codebook sets an armed clash apart from an attack by who fights: a battle is armed,
organised groups engaging each other; an attack is an organised armed group's violence on
people who cannot answer it. A report often opens with the raid and tells the police or an
armed guard coming to fight it after: "raiders attacked the village and stole 800 cattle.
Police intervened, killing 30 of the raiders", "herders killed four people; police reservists
engaged the raiders, killing three of them", "the attack sparked a gun battle with police".
Two organised armed sides fought, so the occurrence is a battle; a bare response ("police
responded to the scene", "launched a manhunt", "arrested three suspects") is none, nor is
villagers' or residents' answer without arms told (the hit side taking up arms is
``hit_side_fights_back``'s reading).
"""

from __future__ import annotations

import re

# The forces and armed guards that answer a raid: the police and their reservists, soldiers,
# rangers, home guards and vigilantes (Kenyan, Nigerian, Indian, Somali copy names them so).
_RESPONDERS = (
    r"(?:police(?:\s+(?:officers|reservists|officials|patrols?|units?|teams?))?|policem[ae]n|"
    r"(?:security|police|army|military)\s+(?:forces|officers|personnel|agents|men|operatives)|"
    r"(?:national\s+)?(?:police\s+)?reservists|soldiers|troops|(?:the\s+)?(?:army|military)|"
    r"KDF|GSU|rangers|(?:home|village)\s+guards|vigilantes|vigilance\s+groups?|"
    r"(?:civilian\s+)?JTF|militiamen|the\s+forces)"
)
# Verbs of coming to fight the attackers: fighting words alone ("engaged the raiders"), a
# response that must be told with its force ("intervened", "responded", "pursued").
# "Engaged" tells talk as often as fire: "engaged community leaders", "engaged the elders in
# talks" answer no raid with force (review55).
_NOT_FIGHT_ENGAGED = (
    r"(?!\s+(?:the\s+)?(?:local\s+)?(?:communit(?:y|ies)|elders|leaders|residents|locals|"
    r"villagers|stakeholders|chiefs|clergy|public|youths?|women|families)\b)"
    r"(?!(?:\s+[\w'’-]+){0,4}?\s+in\s+(?:talks|dialogue|discussions?|negotiations|meetings?|"
    r"consultations|peace))"
)
_FOUGHT = (
    rf"(?:(?:engaged?|engaging)\b{_NOT_FIGHT_ENGAGED}|routed|counter-?attack(?:ed)?|repuls\w+|"
    r"repell?\w+)"
)
_CAME = (
    r"(?:intervened|intervene|intervening|responded|respond|responding|pursued|pursue|"
    r"pursuing|chased|confronted|rushed\s+to\s+the\s+scene|caught\s+up\s+with|"
    r"moved\s+in|came\s+to\s+the\s+rescue)"
)
# What the answer did, the attackers' own acts left out: the words before a force's killing
# name no other doer ("responded to an attack by gunmen who killed three" is the gunmen's),
# and no place or time the attackers' act is told at ("responded to the scene where the
# raiders had killed five", review55).
# Not what disperses a crowd or trades words: "firing tear gas", "firing in the air",
# "exchanged information", "engaged the elders" (review55).
_FORCE_WORD = (
    r"(?:kill(?:ed|ing|s)?|shot|shoot(?:ing)?|gunned|clash\w*|battl\w+|fought|fight\w*|"
    r"gun-?fight|shoot-?out|"
    r"exchang\w+(?=\s+(?:of\s+)?(?:heavy\s+|intense\s+)?(?:gun)?(?:fire|shots|bullets))|"
    rf"engag\w+{_NOT_FIGHT_ENGAGED}|"
    r"(?:fired|firing)(?!\s+(?:(?:several|some|a\s+few)\s+)?(?:tear\s*gas|teargas|"
    r"in(?:to)?\s+the\s+air|warning\s+shots|rubber\s+bullets|water\s+cannons?|canisters)))"
)
_ANSWERED = re.compile(
    rf"\b{_RESPONDERS}\s+(?:(?:later|then|quickly|swiftly|who|had|have|also)\s+)?"
    rf"(?:{_FOUGHT}\b|{_CAME}\b(?:(?!\b(?:who|whom|whose|which|that|by|after|before|where|when|had)\b)[^.]){{0,80}}"
    rf"\b{_FORCE_WORD}\b)",
    re.IGNORECASE,
)
# The raid growing into a fight: "sparking a battle", "leading to a clash with police",
# "one officer was shot dead in the ensuing clash".
_GREW_INTO = re.compile(
    r"\b(?:(?:sparking|sparked|leading\s+to|led\s+to|resulted\s+in|resulting\s+in|"
    r"triggering|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?|"
    r"(?:in|during)\s+the\s+ensuing\s+(?:[\w-]+\s+)?)"
    r"(?:battles?|clash(?:es)?|gun-?fights?|gun-?battles?|shoot-?outs?|exchanges?\s+of\s+fire|"
    r"fire-?fights?)\b",
    re.IGNORECASE,
)


def forces_answered(text: str, after: int = 0) -> bool:
    """Whether ``text`` (an attack's occurrence told from its trigger's sentence on) tells the
    forces or armed guards answering the attack with force, or the raid growing into a fight,
    in words that end after ``after`` (the trigger's end): a response told before the attack
    noun answers it when its force comes after ("police respond to raiders attack; kill 16 of
    them"), not when all of it is told before ("after police killed two suspects last week,
    gunmen attacked the village")."""
    return any(
        m.end() > after for pattern in (_ANSWERED, _GREW_INTO) for m in pattern.finditer(text)
    )


# Fire answering a thrown bomb: "police reacted with gunfire", "the bodyguards responded by
# firing", "soldiers opened fire after the blast", "the guards returned fire" (a grenade
# thrown at the forces that they answer with their guns is a fight, ACLED's armed clash; a
# bare response, "police responded to the scene", is none).
_FIRED_BACK = re.compile(
    rf"\b(?:{_RESPONDERS}|(?:government|govt|state)\s+(?:forces|troops|soldiers)|(?:body)?guards|"
    r"(?:security\s+)?escorts?)\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:(?:then|later|quickly|immediately|swiftly|also|who)\s+)?"
    r"(?:(?:reacted|responded|retaliated)\s+(?:with\s+(?:heavy\s+)?(?:gun)?fire|"
    r"by\s+(?:opening\s+fire|firing|shooting))|opened\s+(?:gun)?fire|returned\s+fire|fired\s+back|"
    r"shot\s+back)\b",
    re.IGNORECASE,
)


def forces_fired_back(text: str, after: int = 0) -> bool:
    """Whether ``text`` (a thrown bomb's occurrence told from its trigger's sentence on) tells
    the forces or guards it was thrown at answering it with their guns, after ``after``."""
    return any(m.end() > after for m in _FIRED_BACK.finditer(text))
