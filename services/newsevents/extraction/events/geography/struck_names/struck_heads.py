"""The words that head or close a list of places struck by a participle ("Districts struck
included ...", "Among the areas hit on Sunday were ...", "... were also hit"), shared by the
trigger stage (:mod:`...detect.words.struck_lists`, which reads the list as an act) and the
locality reader (:mod:`..names.localities`, which reads the names of such a list as localities).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ...draft import EventDraft

PARTICIPLE = r"(?:struck|hit|targeted|shelled|bombed|pounded|bombarded|hammered|raided)"
# What fire falls by: "by the raids", "in Sunday's strikes", "by Russian jets".
MEANS = (
    r"(?:raids?|strikes?|airstrikes?|shelling|bombardments?|bombing|bombs|attacks?|shells|"
    r"rockets|missiles|mortars?|jets|warplanes|planes|aircraft|helicopters|drones|artillery|"
    r"fire|barrages?|sorties|bombs?)"
)
_DAY = (
    r"(?:(?:on|early|late|last|since|during|from)\s+)?(?:(?:the\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|overnight|today|yesterday|this\s+week|the\s+(?:night|weekend))"
    r"(?:\s+(?:morning|night|evening|afternoon))?"
)
_BY_MEANS = rf"(?:by|in|during|with)\s+(?:[\w'’-]+\s+){{0,3}}?{MEANS}"
# Where the list lies, told between the participle and its verb: "in eastern Aleppo".
WHERE = (
    r"(?:in|across|around|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:city|province|countryside|governorate|region))?"
)
# Up to three qualifiers of the participle: its day, its means (only fire: "hit by the floods"
# heads no list of this kind), where, "also".
QUALIFIERS = rf"(?:\s+(?:{_DAY}|{_BY_MEANS}|{WHERE}|also|so\s+far|again|most|heavily)){{0,3}}"
# The verb or colon that opens the list after the head: "included", "were", ":".
OPENS_LIST = r"(?:(?:included|includes|include|including|were|was|are|is)\b\s*:?|:)\s*"
# The nouns of places a reduced relative heads ("districts struck", "the towns hit").
PLACES_NOUN = (
    r"(?:areas?|districts?|neighbou?rhoods?|towns?|villages?|cities|places|sites|locations|"
    r"localities|regions|quarters|suburbs|hamlets|settlements|"
    r"parts\s+of\s+(?:the\s+)?(?:city|province|countryside))"
)
# The head of a list struck: the noun and its participle ("districts struck"), or the
# participle as an adjective before the noun ("the worst-hit neighbourhoods"); the participle
# is the group "p1" or "p2" (the trigger stage's span of the act).
HEAD = (
    rf"(?:{PLACES_NOUN}\s+(?P<p1>{PARTICIPLE})|(?:worst|hardest|most)[- ](?P<p2>{PARTICIPLE})"
    rf"\s+{PLACES_NOUN}){QUALIFIERS}\s*{OPENS_LIST}"
)
HEADS_A_LIST = re.compile(rf"\b{HEAD}", re.IGNORECASE)
# A name's first word: a capital, or an Arabic article before one ("al-Shaar", "el-Bab").
NAME_START = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?(?-i:[A-Z])[\w'’-]*"
_NAME = NAME_START
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,8}}"
# A list of people hit, not places: an item that opens with a common given name before a
# surname ("Omar Haddad and Khaled Mansour were also hit", "Ahmad Zoubi Mahmoud Hariri and
# Hassan Masri were also hit") or a noun of people before a name ("Residents Omar Haddad and
# ..."). Monitors list the wounded by name as they list the places struck; a village's name
# rarely opens with a man's name and a capitalised second word ("Sheikh Said", "Ali al-Gharbi"
# and "Abu Kamal" do not match: the name is not the item's first word, or "al-" follows it).
_GIVEN = (
    r"(?:Mu?hamm?[ae]d|Moh?amm?[ae]d|Ahm[ae]d|Ali|Omar|Umar|Khal[ei]d|Hass?an|Hus?s[ae]in|"
    r"Mahmoud|Mahmud|Mustafa|Moustafa|Ibrahim|Youss?ef|Yusuf|Abdul\w*|Abdel\w*|Abdull?ah|"
    r"Samir|Walid|Nabil|Fadi|Rami|Bassam|Jamal|Karim|Tar[ei]q|Ziad|Ammar|Anas|Bilal|Hamza|"
    r"Osama|Usama|Yasser|Yaser|Fatima|Fatma|Aisha|Maryam|Mariam|Zainab|Layla|Leila|Amina|"
    r"Residents|Civilians|Children|Brothers|Journalists|Activists|Medics|Paramedics|Rescuers|"
    r"Volunteers|Doctors|Nurses|Students|Farmers)"
)
_PERSON_ITEM = rf"(?:^|,\s*|\band\s+)(?-i:{_GIVEN})\s+(?-i:[A-Z])"
NAMES_PEOPLE = re.compile(_PERSON_ITEM, re.IGNORECASE)
# Names of places before a passive closing them: "Douma, Harasta and Arbin were also hit",
# "In Hama province, Kafr Zita and Latamneh were also targeted", "Douma Harasta and Zamalka
# were hit" (a list that lost its commas).
CLOSES_A_LIST = re.compile(
    rf"^(?:(?:elsewhere|meanwhile|in\s+addition|{WHERE})\s*,?\s+)?"
    rf"(?:the\s+(?:towns?|villages?|cities|districts?|neighbou?rhoods?|areas?)\s+of\s+)?"
    rf"(?P<names>{_NAMES}(?:\s*,\s*{_NAMES})*(?:\s*,?\s+and\s+{_NAMES})?)\s+"
    rf"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?P<participle>{PARTICIPLE})\b"
    rf"(?P<tail>.*)",
    re.IGNORECASE | re.DOTALL,
)
# What may follow the passive closing the list: the sentence's end or a clause after a comma,
# the fire's means ("by the raids"), its day, "as well". Not what hit it when that is no fire
# ("hit hard by the economic crisis", "struck by lightning", "hit by the floods"), a phrasal
# verb ("struck off the register", "hit back"), nor more of what befell people ("were also hit
# and taken to hospital").
FIRE_TAIL = (
    rf"(?=\s*(?:[.;:,]|$)|\s+(?i:(?:by|in|during|with|from)\s+(?:[\w'’-]+\s+){{0,4}}?{MEANS}\b|"
    rf"on\s|overnight|today|yesterday|as\s+well|too\b|again|early|late|last|this))"
)
_FIRE_TAIL = re.compile(FIRE_TAIL)


def closes_a_list(text: str) -> re.Match[str] | None:
    """The passive closing a list of names at the start of ``text`` (:data:`CLOSES_A_LIST`),
    when what follows it may follow fire (:data:`FIRE_TAIL`)."""
    closed = CLOSES_A_LIST.match(text)
    if closed is None or not _FIRE_TAIL.match(closed.group("tail")):
        return None
    if NAMES_PEOPLE.search(closed.group("names")):
        return None  # people hit, not places
    return closed


# The cheap test first: most sentences name none of the participles (review55: a long article
# of repeated acts, where the merge stage asks of every pair of events, spent a fifth more time
# in the two patterns above).
ANY_PARTICIPLE = re.compile(rf"\b{PARTICIPLE}\b", re.IGNORECASE)


@lru_cache(maxsize=512)  # bounded: asked again for each pair of events of one sentence
def lists_places_struck(text: str) -> bool:
    """Whether a sentence heads or closes a list of places struck (:data:`HEADS_A_LIST`,
    :func:`closes_a_list`)."""
    if ANY_PARTICIPLE.search(text) is None:
        return False
    return HEADS_A_LIST.search(text) is not None or closes_a_list(text) is not None


def told_by_a_struck_list(doc: Document, draft: EventDraft) -> bool:
    """Whether ``draft`` is told by a list of places struck ("Districts hit included A, B and
    C", "Saraqeb was also hit"): where the raid told before also fell, an event of its own."""
    return lists_places_struck(doc.sentences[draft.sentences[0]].text)


def struck_list_patterns(kind: str, names: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of :mod:`..names.localities` for the names of a list of places struck, given its
    nouns of places (``kind``) and its list of names (``names``, a group named "names"): the
    noun heading it ("Districts struck included al-Shaar, al-Sukkari and Karam al-Beik", "the
    villages hit on Sunday were A B and C" with no commas), the participle before the noun
    ("Among the worst-hit neighbourhoods were A and B"), and the list the sentence opens with
    and closes with the participle ("Kafr Nabl Hass and Kansafra were struck by the raids":
    towns, the empty group "kind")."""
    of_kind = rf"(?:the\s+(?i:{kind})\s+of\s+)?"
    return (
        re.compile(
            rf"\b(?P<kind>(?i:{kind}))\s+(?i:{PARTICIPLE}){QUALIFIERS}\s*(?i:{OPENS_LIST})"
            rf"{of_kind}{names}"
        ),
        re.compile(
            rf"\b(?i:worst|hardest|most)[- ](?i:{PARTICIPLE})\s+(?P<kind>(?i:{kind})){QUALIFIERS}"
            rf"\s*(?i:{OPENS_LIST}){of_kind}{names}"
        ),
        re.compile(
            rf"^(?:(?i:elsewhere|meanwhile|in\s+addition|{WHERE})\s*,?\s+)?{of_kind}"
            rf"(?!(?:(?!\s(?i:were|was|have|has|had)\s)[^.])*?{_PERSON_ITEM}){names}"
            rf"(?P<kind>)\s+(?i:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
            rf"(?i:{PARTICIPLE})\b{FIRE_TAIL}"
        ),
    )
