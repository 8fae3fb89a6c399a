"""The violent act a protest is about: its grievance, told as an event of the day only when the
crowd did it. Conflict monitors code such a report as the protest; the act it names was coded
when it happened.

- Near: after a protest word in the trigger's sentence, a word of grievance before the act
  ("protested against the arrest of ...", :func:`near_grievance`); what the crowd did "by"
  doing it, its stones and its fight with the police are its own acts.
- Its victims, named in a relative clause or by a participle before them ("relatives of a girl
  who had been abducted rallied", "a rally for the slain journalist",
  :func:`victims_of_a_protest`).
- Before the protest, as the occasion of the sentence ("Following the killing of a baker,
  residents protest", :func:`occasion_of_a_protest`), or named far inside the protest's
  grievance ("calling for a fair trial in connection with the assault", :func:`far_grievance`).
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ....prefilter import quick_search
from ..sides.parties import PROTESTERS_OR_CROWD

# What makes a clause a protest: its verb or its noun, including a work boycott ("bus
# drivers boycott their shifts after two drivers were killed"). "march" in lower case only and
# with no day number beside it (the month: "on 5 March", "March 5"); a rally of troops or
# reinforcements is none ("the army rallied reinforcements").
_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|"
    r"rall(?:y|ies|ied|ying)(?!\s+(?:(?:the|its|their|his|more|fresh|extra)\s+)?(?:reinforcements|"
    r"troops|forces|fighters|soldiers|men|units|militias?|tribes|allies)\b)|"
    r"(?<!\d\s)(?-i:march(?:ed|es|ing)?)(?!\s+\d)|sit-ins?|vigils?|"
    r"human chains?|dharnas?|hartals?|bandhs?|boycott\w*|procession\w*|agitat\w*)\b",
    re.IGNORECASE,
)
# The trigger inside an opening phrase of time or cause, with no comma before it: "Following the
# shooting of a baker in his shop, ...", "After a driver was gunned down by ...,",
# "Demanding the arrest of the suspects in the murder of a farmer, ...".
_OCCASION_OPENING = re.compile(
    r"(?:^|[,;:(]\s*|\b\d{4}\s+|\bOn\s+\w+\s+\w+\s+)(?:shortly\s+|(?:a\s+)?(?:days?|hours?|"
    r"weeks?)\s+)?(?:(?:following|after|in the wake of|in reaction to|in response to)\b|"
    # the crowd's anger at it: "Outraged by the murder of a trader, residents marched"
    r"(?:outraged|angered|incensed|enraged|angry)\s+(?:by|over|at)\b|"
    # or the protest's own participle: "Demanding the arrest of the suspects in the murder of a
    # farmer, party members held a demonstration"
    # (with its object: "protesting residents were beaten" names who was beaten)
    r"(?:demanding|protesting|condemning|denouncing|seeking)\s+(?:the|a|an|his|her|their|its|"
    r"against|over|justice|punishment)\b)[^,;:]*$",
    re.IGNORECASE,
)
# The main clause after that phrase: everything up to the sentence's next full stop.
_CLAUSE_AFTER = re.compile(r"^[^,;:]*[,;:]\s*(?P<clause>.*)$", re.DOTALL)


def occasion_of_a_protest(before: str, after: str) -> bool:
    """Whether a violent act told in an opening "Following ..." or "After ..." phrase is the
    occasion of the protest the sentence then tells: "Following the killing of a baker in
    his shop, the town's traders protest" (not "After the rally, police shot two
    men": no protest in the main clause)."""
    if not _OCCASION_OPENING.search(before[-200:]):
        return False
    rest = _CLAUSE_AFTER.match(after)
    return rest is not None and _PROTEST.search(rest.group("clause")[:120]) is not None


# What a protest is for or against, far before a violent act named by its noun: "over the pace
# of the inquiry into the murder", "calling for a fair trial in connection with the assault"
# (the words between name no clause of their own: no auxiliary, no relative pronoun). A
# clash is left out: protesters clashing is their own act.
_FAR_GRIEVANCE = re.compile(
    r"\b(?:against|over|demand\w*|justice for|in connection with|in relation to|condemn\w*|"
    r"denounc\w*|to deplore|deploring|into|following|seeking)\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been|when|while|who|whom|which|that|but)\b)"
    r"[\w'’()-]+\s+){0,12}$",
    re.IGNORECASE,
)
# An act named by its noun, not told by a verb: "the killing", "the attack", "the murder".
_ACT_NOUN = re.compile(
    r"(?:\w+ings?|\w+tions?|attacks?|murders?|rapes?|deaths?|assaults?|raids?|massacres?|"
    r"violence|torture|harassment|abuses?)\b",
    re.IGNORECASE,
)


# What a protest blames someone for, told by a gerund: "staged a protest against an MP for
# threatening a member", "demonstrated outside a teacher's house for molesting a child".
_FOR_DOING = re.compile(r"\bfor\s+$", re.IGNORECASE)


def far_grievance(before: str, trigger: str) -> bool:
    """Whether a violent act named by its noun sits far inside a protest's grievance: "residents
    held a demonstration over the pace of investigations into the murder of their MP"."""
    if _FOR_DOING.search(before[-6:]) and trigger.lower().endswith("ing"):
        return _PROTEST.search(before) is not None
    if _ACT_NOUN.match(trigger) is None:
        return False
    grievance = _FAR_GRIEVANCE.search(before[-200:])
    if grievance is None:
        return False
    opening = before[: max(0, len(before) - 200) + grievance.start()]
    return _PROTEST.search(opening) is not None


# "march" in lower case only and with no day number beside it, as in _PROTEST: "On 5 April
# 2021, kin of three cousins slain over a vendetta held a protest" names no protest
# before "due to" (types44: it made the protest its own grievance).
_PROTEST_WORD = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|(?<!\d\s)(?-i:march)(?!\s+\d)|strike|sit-in|vigil|hartal|bandh|shutdown|"
    r"blockade|dharna|gherao|human chain|agitat|boycott",
    re.I,
)
# The means of a protest, told after its grievance: "by setting fire to", "by blocking roads and
# burning tyres".
_MEANS = re.compile(r"\bby\s+(?:\w+ing\b[^,.;:]{0,40}\s)?$", re.IGNORECASE)
# "alleged" before the people said to have done the act: the doers' qualifier, no
# wrong alleged by a protest ("alleged blockaders set alight five vehicles during the blockade",
# "alleged BNP activists vandalised a car"; issue 11, forty-second round).
_ALLEGED_DOERS = (
    r"(?!(?:\s+[\w'’-]+){0,2}?\s+(?:" + PROTESTERS_OR_CROWD.pattern + r"|blockader|picketer|"
    r"activists?|cadres?|men|miscreants?|militants?|assailants?|attackers?|hooligans?|thugs?)\b)"
)
_GRIEVANCE = re.compile(
    r"\b(?:against|condemn\w*|denounc\w*|over|demand\w*|in memory of|in memoriam|justice for|"
    r"following|after|about|regarding|because of|due to|in the wake of|in (?:reaction|response) to|"
    # what is protested as the verb's object: "ABVP members protested the rape of a girl"
    r"protest(?:ed|ing|s)? (?:the|a|an)|protest (?:of|at|to)|"
    # ... with a possessive: "colleagues marched in Nakuru, protesting his killing" (type70)
    r"protest(?:ed|ing|s)? (?:his|her|their|its)|"
    # ... and without a determiner, the terse transitive of notes and headlines: "thousands
    # protest police raids on media", "residents protest reoccurring attacks by bandits"
    r"(?<![\w-])protest(?:ed|s)?(?= (?!(?:against|over|in|at|on|outside|near|for|with|to|from|"
    r"after|and|as|while|when|by|during|march\w*|rall\w*|was|were|is|are|has|had|took|turned|"
    r"erupted|ended|broke|which|that|organi[sz]ed|held|led|staged|"
    # what the protest led to is its own outcome: "Protest leads to minor riots"
    r"leads?|leading|sparked|sparks|triggered|triggers|escalated|escalates|degenerated)\b))|"
    # the wrong a protest alleges: "farmers protested, alleging that an inspector assaulted ..."
    # (not "alleged" qualifying the doers: "as alleged blockaders hurled petrol bombs at a truck"
    # tells who did the act, :data:`_ALLEGED_DOERS`)
    r"alleging(?: that)?|alleged that|alleged" + _ALLEGED_DOERS + r"|claiming that|"
    # whom a protest accuses, and those it wants punished: "accusing a leader of beating up a
    # worker", "punishment for whoever carried out the killing", "the culprits of his murder"
    r"accus(?:ing|ed) (?:[\w'’()-]+ ){0,6}?of|(?:responsible|punished) for|involved in|"
    r"(?:accused|culprits|perpetrators|killers) (?:in|of|behind)|highlighting|"
    # the victims named in the demand: "demanding the arrest of killers who ... the murder"
    r"demand\w* (?:the )?(?:immediate )?(?:arrest|release|punishment|justice)\b[^.;:]{0,70}?)"
    r"\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


def near_grievance(
    before: str, trigger: str, after: str, event_type: EventTypeName | None = None
) -> bool:
    """Whether a trigger is the grievance a protest told before it in its sentence is about:
    "protested against the arrest of ...". A riot is the crowd's own act, never the wrong it
    protests: "protesters angry at a murder fight running battles with police", "a protest
    against a firm turns violent"."""
    # "protested against the arrest of ...": the grievance; but what the protest did "by"
    # doing it is its own act ("protested against the police by torching kiosks")
    own_act = (
        (event_type == "riot" and not trigger.lower().startswith("riot"))
        or (event_type == "mob_violence" and _THROWN_STONES.search(trigger) is not None)
        or (
            event_type in {"armed_clash", "mob_violence"}
            and _WITH_THE_FORCE.match(after) is not None
            and not _NOUN_BEFORE.search(before[-12:])  # "against the clash with police"
        )
        or _MEANS.search(before[-60:]) is not None
    )
    return not own_act and bool(
        quick_search(_PROTEST_WORD, before) and _GRIEVANCE.search(before[-140:])
    )


# Stones thrown are the crowd's own weapon, never the wrong it protests: "riders protesting the
# death of a colleague pelted police with stones", "protested over fees and stoned a building"
# (the grievance ends where the crowd's verb begins).
_THROWN_STONES = re.compile(r"\b(?:pelt|ston(?:es|ed|ing)|rocks|brickbats|bricks)", re.IGNORECASE)
# ... and so is a fight with the police told right after it: "students protesting a fee rise
# clashed with police".
# (a fight named as a noun after a determiner or a preposition is the grievance or the
# background: "following clashes with police during an earlier rally")
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|their|its|his|her|following|after|over|against|amid|of|in|during|for|"
    r"about|since|before)\s+$",
    re.IGNORECASE,
)
_WITH_THE_FORCE = re.compile(
    r"\s+with\s+(?:the\s+)?(?:anti-riot\s+)?(?:police|security|officers)", re.IGNORECASE
)


# A violent act in a relative clause that names who the protest is for: "relatives of a girl
# who had been abducted rallied", "the families of three men who were killed by police held a
# demonstration" (but "protesters who were shot" were shot at the protest).
# The clause may follow a comma ("the murder of a classmate, who was found bearing
# knife wounds") or tell the act the victims died in ("a spate of killings in which they were
# targeted"; not "during which", the protest's own time: "demonstrations, during which
# students pelted motorists"); the victims may be told as suspects of an earlier act ("the
# freeing of two men thought to have murdered a trader").
_RELATIVE_VICTIM = re.compile(
    r"\b(?P<who>[\w-]+),?\s+(?:who|whom|whose|that|in which\s+(?:[\w'’-]+\s+){0,3}?|"
    # the victims by what of theirs was found or hit: "two boys whose bodies were found
    # murdered", "a colleague whose house was fired upon"
    r"whose\s+(?:[\w-]+\s+){1,2}?(?:was|were|had been|has been)\s+(?:found\s+|discovered\s+)?)"
    r"\s*"
    r"(?:had\s+|has\s+|have\s+)?(?:been\s+|was\s+|were\s+)?"
    # any adverb of manner: "allegedly", "brutally", "accidentally"
    r"(?:\w+ly\s+){0,2}$|"
    r"\b(?P<suspect>[\w-]+)\s+(?:suspected|accused|alleged)\s+(?:to\s+have|of)\s+$",
    re.IGNORECASE,
)
_OF_THE_PROTEST = re.compile(
    r"protest|demonstrat|rall(?:y|ies|ied)|(?<!\d\s)(?-i:march)(?!\s+\d)|sit-in|vigil|human chain|"
    r"dharna|hartal|bandh|"
    r"procession|(?:demand\w*|seek\w*|call\w* for) justice",
    re.IGNORECASE,
)
# A victim named by a noun, the act by its participle right after it: "a protest by relatives of
# the man beaten to death by police", "demanding justice for the boy shot by officers".
_VICTIM_NOUN_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|child|children|men|women|boys|girls|youth|student|students|"
    r"colleague|colleagues|teacher|driver|trader|farmer|worker|journalist|victims?|people|"
    r"persons?|residents?|relatives?|son|daughter|husband|wife)\s+$",
    re.IGNORECASE,
)
_VICTIM_PARTICIPLE = re.compile(
    r"(?:beaten|killed|murdered|slain|shot|stabbed|abducted|kidnapped|assaulted|tortured|"
    r"hacked|lynched|gunned down|shot dead)\b",
    re.IGNORECASE,
)


# The harm a protest may be about ("members who were protesting" is the protest itself).
HARM: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "abduction", "sexual_violence", "armed_clash", "mob_violence"}
)


# A violent act named by its participle before the victim: "parents of a murdered girl staged a
# protest", "a rally for the slain journalist".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|of)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ed|slain|stabbed|shot", re.IGNORECASE)


# The victim's body a protest carries or sets down: "protested with the bodies of the dead",
# "staged a protest in front of the factory along with the body of a farmer".
_BODY_CARRIED = re.compile(
    r"\b(?:with|carrying|carried|along with|placing|placed|keeping|kept|holding)\s+"
    r"(?:the|a|his|her|their)\s+$",
    re.IGNORECASE,
)


def victims_of_a_protest(before: str, sentence: str, trigger: str = "") -> bool:
    """Whether a trigger names the victims a protest told in its sentence is for: by a relative
    clause before it or by its participle before them (see the patterns above)."""
    if (
        _PARTICIPLE.fullmatch(trigger)
        and _DETERMINER_BEFORE.search(before[-8:])
        and _OF_THE_PROTEST.search(sentence)
    ):
        return True
    if (
        _VICTIM_PARTICIPLE.match(trigger)
        and _VICTIM_NOUN_BEFORE.search(before[-60:])
        and _OF_THE_PROTEST.search(before)
    ):
        return True
    if (
        trigger.lower().startswith(("bod", "dead bod"))
        and _BODY_CARRIED.search(before[-30:])
        and _OF_THE_PROTEST.search(sentence)
    ):
        return True
    relative = _RELATIVE_VICTIM.search(before[-60:])
    if relative is None or PROTESTERS_OR_CROWD.match(relative.group("who") or ""):
        return False
    return _OF_THE_PROTEST.search(sentence) is not None


# The victims named inside the subject of a protest told after them: "kin and friends of
# the people shot in a raid rallied in front of the clinic", "the family members of a
# journalist killed by a policeman staged a protest", "thousands, led by the daughter of an MP
# killed abroad, formed a human chain". The kin's noun, then its "of" phrase up to the trigger
# (no full stop, no protest word between: "relatives of a man protested, and police opened fire"
# is the day's fire), and a protest word in the clause after the trigger.
_KIN_OF = re.compile(
    r"\b(?:famil(?:y|ies)|relatives|parents|mothers?|fathers?|widows?|sons?|daughters?|"
    r"brothers?|sisters?|kin|kinsmen|colleagues|classmates|friends|fellow\s+[\w-]+|"
    # the victims and survivors themselves: "survivors of the cattle raids rallied in Lodwar"
    # (issue 11, fiftieth round, type70)
    r"victims|survivors)"
    r"(?:\s+members)?\s+of\s+(?P<between>[^.;:!?]{0,100})$",
    re.IGNORECASE,
)


# The kin may be of victims of any violence: "relatives of petrol bomb attack victims
# demonstrated", "families of those killed in an air strike protested".
KIN_HARM: frozenset[EventTypeName] = HARM | frozenset(
    {"explosive_attack", "grenade", "suicide_bombing", "airstrike", "shelling", "chemical_attack"}
)


# The kin as the subject of the harm, not kin of its victims: "two sons of a commander were
# killed in an air strike, sparking protests" (the passive's auxiliary right before the trigger;
# review44).
_KIN_HIT = re.compile(r"\b(?:were|was|are|is|been|being|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def kin_of_the_victims(before: str, after: str) -> bool:
    """Whether a trigger names the victims that the kin who protest after it are kin of."""
    kin = _KIN_OF.search(before[-140:])
    if (
        kin is None
        or _PROTEST.search(kin.group("between"))
        or _KIN_HIT.search(kin.group("between"))
    ):
        return False
    return _PROTEST.search(after[:160]) is not None


# A break between the grievance and a side named after it: the clause that follows tells the
# day's own act ("marched against the new law before police fired tear gas").
_OWN_CLAUSE = re.compile(r"[,;:]|\b(?:before|until|after|as|then|when|while)\b", re.IGNORECASE)


def inside_the_grievance(between: str) -> bool:
    """Whether a side named after a protest's trigger, ``between`` the two, is what the protest
    is against and not who faced it: "protested in London against police killings in Nairobi",
    "demanding justice for protesters killed by police" (ordinary60: the police of the grievance
    were read as the force of the protest's place)."""
    grievance = _FAR_GRIEVANCE.search(between)
    return grievance is not None and _OWN_CLAUSE.search(between, grievance.start()) is None
