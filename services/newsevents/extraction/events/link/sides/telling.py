"""Who tells an event, and whose word it is: the speakers of a sentence are on neither side of
what they tell (:mod:`.roles`), unless they tell their own act; an author is one the report
names, not one someone accuses.

- Who speaks: an actor right before a statement verb ("the Houthi group said"), before a noun
  of who speaks and the verb ("a Kurdish police official announced", "police and medical
  sources told Reuters"), or named in a speaker's description ("Karwan Aziz, the deputy
  head of police in Erbil, told reporters").
- Its own act: "the army said it killed three militants" (a pronoun after the verb).
- A reported clause ("police told Anadolu Agency that terrorists detonated ...") starts after
  its frame: the clause's subject acts, not the frame's.
- The author: "X was behind", "X is believed to be responsible", "X claimed responsibility",
  "the attack was carried out by X", "blamed on X", "attributed to X", "the work of X",
  "X suspected.", "authorities suspect X", "police blame X", "X claimed to have killed";
  not inside an accusation someone reports ("the militants claimed the army was responsible").
"""

from __future__ import annotations

import re

from ....document import STATE_KINDS, ActorMention, Document, Trigger, per_document
from ....prefilter import folded, may_match
from ....text.numbers import counting
from ....vocabulary import STATEMENT_VERBS

# "Israel was behind the cross-border fire", "the group is believed to be behind the attack",
# "Al Shabaab is believed to be responsible", "The TTP has claimed responsibility", with the
# group's own noun between ("the al-Shabaab group claimed responsibility", "X militants have
# claimed responsibility").
_BEHIND = re.compile(
    r"(?:\s+(?:group|movement|militants?|fighters?|insurgents?|rebels?|militia))?"
    r"\s+(?:(?:(?:was|were|is|are)\s+(?:(?:believed|thought|suspected|said)\s+to\s+be\s+)?|"
    r"(?:has|have)\s+been\s+)(?:behind|responsible)\b"
    # (a note's clipped wording: "Al Shabaab believed responsible"; and the suspects named as
    # such: "Al Shabaab are the suspected perpetrators"; twenty-fourth round)
    r"|(?:believed|suspected|thought)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:behind|responsible)\b"
    r"|(?:was|were|is|are)\s+(?:the\s+)?(?:suspected|alleged|presumed|likely)\s+"
    r"(?:perpetrators?|culprits?|attackers?|authors?)\b"
    # (an adverb of time or report before the claim: "Al Shabaab later claimed responsibility",
    # "the group has also claimed responsibility"; forty-ninth round, actor69)
    r"|(?:has\s+|have\s+|had\s+)?(?:(?:later|also|subsequently|reportedly)\s+)?"
    r"(?:claimed|accepted|admitted)\s+(?:full\s+)?responsibility"
    # (thirty-ninth round, sides59: a note's suspect told bare after the act, "Al Shabaab
    # suspected.", "Al Shabaab are suspected", the clause ending there; and the group's claim
    # of the act, "Al Shabaab claimed to have killed two soldiers")
    r"|(?:(?:is|are|was|were)\s+)?suspected(?=\s*(?:[.;,]|$))"
    r"|(?:has\s+|have\s+)?claimed\s+to\s+have\s+(?:killed|attacked|carried\s+out|shot))",
    re.IGNORECASE,
)


# An accusation someone reports is not the report's word: "the militants claimed the Syrian
# army was responsible", "Syria accused Israel, saying it was behind the attack".
_ACCUSED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)


# The author named after the act (eighteenth round): "the attack was carried out by X", "an
# attack blamed on X", "attacks attributed to X", "believed to be the work of X", "..., the
# monitor said, blaming X"; the group's members may stand between ("carried out by members of
# X", "blamed on guerrillas with the X", "the work of insurgents linked to the X group").
# Not a choice left open ("whether the raids were carried out by regime or Russian aircraft",
# "blaming kidnappings on either the government or the separatists").
_AUTHOR_BEFORE = re.compile(
    r"\b(?:(?:carried\s+out|perpetrated|committed|orchestrated|masterminded)\s+by|"
    r"blamed\s+on|attributed\s+to|the\s+work\s+of|blaming|"
    # the suspects named by those who tell it (thirty-ninth round, sides59): "authorities
    # suspect X", "police blame X", "the police suspect a link with X" (not "suspected X
    # militants": an adjective)
    r"(?<![Aa]\s)(?<!the\s)(?:suspects?|blames?)(?:\s+(?:a\s+)?links?\s+(?:with|to))?|"
    # and in the past, the wire's tense: "Activists blamed government forces", "residents
    # blamed the regime" (not "blamed on": read above; forty-seventh round, lead67)
    r"(?<![Aa]\s)(?<!the\s)blamed(?!\s+on\b)|"
    # the device's maker: "the bomb was thought to have been laid by X"
    r"(?:planted|placed|laid)\s+by|"
    # the unknown men named after the act: "The attackers are thought to be X", "the
    # gunmen are thought to belong to or be allied with X" (twenty-fourth round)
    # (or in a note's clipped wording, without the auxiliary: "perpetrators believed to be
    # linked to X"; thirty-ninth round)
    r"(?:perpetrators?|attackers?|assailants?|gunmen|killers?|culprits?)\s+"
    r"(?:(?:are|were|is|was)\s+)?(?:believed|suspected|thought|said)\s+to\s+(?:be|have\s+been)"
    r"(?:\s+(?:of\s+or\s+)?in\s+league\s+with|\s+(?:linked|affiliated|allied)\s+(?:to|with)|"
    r"\s+members\s+of|\s+from)?)\s+(?:the\s+)?"
    r"(?:(?:suspected\s+|alleged\s+)?(?:[A-Z][\w'’-]*\s+)?"
    r"(?:members?|militants?|fighters?|guerrillas?|rebels?|insurgents?|elements?|cells?|"
    r"gunmen|dissidents?)\s+(?:of|from|with|(?:linked|affiliated|loyal)\s+(?:to|with)|"
    r"belonging\s+to)\s+(?:the\s+)?)?$"
)
_OPEN_CHOICE_BEFORE = re.compile(r"\b(?:whether|if|either)\b[^.;]{0,80}$", re.IGNORECASE)
# Nor a tally of many acts ("a surge in attacks, most of them blamed on X", "most attacks in the
# former colony are attributed to X", "civilians killed in attacks attributed to X since 2019",
# "several deaths have been blamed on X", "a wave of summary killings and further abuses
# committed by X"): the group is told as the author of a campaign, not of this act.
_MANY_ACTS_BEFORE = re.compile(
    r"\b(?:attacks|killings|kidnappings|abductions|bombings|raids|incidents|deaths|violence|"
    r"atrocities|executions|massacres|crimes|operations|(?:most|many|some|all)\s+of\s+them)"
    r"\s+(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)
# ... but the news's own acts named back, definite and in the past, are this act's: "Police
# said the twin bombings were carried out by al-Shabaab", "Both attacks were blamed on X",
# "Sunday's attacks were claimed ..." (review, nineteenth round).
_THE_NEWS_ACTS = re.compile(
    r"\b(?:the|these|both|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
    rf"(?:(?:{counting(2, 5)}|twin|coordinated|simultaneous|deadly|latest|suicide|bomb)\s+)?"
    r"(?:attacks|killings|kidnappings|abductions|bombings|raids|blasts|explosions|massacres)\s+"
    r"(?:were|had\s+been)\s+$",
    re.IGNORECASE,
)
_A_STRETCH = re.compile(
    r"\b(?:since|recent(?:ly)?|(?:over|in|during|for) the (?:past|last)|months|years|weeks)\b",
    re.IGNORECASE,
)


def _news_acts(told: str) -> bool:
    """The news's acts named back before the author (``_THE_NEWS_ACTS``), in a clause that
    sets no stretch of time ("In recent months the attacks were attributed to X": a campaign)."""
    clause = re.split(r"[.;!?]", told)[-1]
    return _THE_NEWS_ACTS.search(clause) is not None and _A_STRETCH.search(clause) is None


_OPEN_CHOICE_AFTER = re.compile(r"(?:\s*\([\w-]+\))?\s+or\b")
# Nor blame for a failure ("residents said, blaming the police for failing to protect them",
# "the deaths were blamed on the government's negligence"): the side blamed let the act happen.
_FAILURE_AFTER = re.compile(
    r"(?:['’]s|\s+for)\s+(?:(?:its|their|the|a)\s+)?(?:\w+\s+)?"
    r"(?:fail\w*|not\b|negligence|lapses?|inaction|lack\b|inability|laxity|complacency)",
    re.IGNORECASE,
)


def _named_as_author(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor follows a phrase that names the author of the act told before it."""
    before = doc.text[max(0, actor.span.start - 100) : actor.span.start]
    author = _AUTHOR_BEFORE.search(before)
    if author is None or _OPEN_CHOICE_AFTER.match(doc.text, actor.span.end) is not None:
        return False
    if _FAILURE_AFTER.match(doc.text, actor.span.end) is not None:
        return False
    told = before[: author.start()]
    return (
        _OPEN_CHOICE_BEFORE.search(told) is None
        and (_MANY_ACTS_BEFORE.search(told) is None or _news_acts(told))
        and _ACCUSED.search(told[-100:]) is None
    )


@per_document
def is_behind(doc: Document, actor: ActorMention) -> bool:
    """Whether the text tells ``actor`` as the author: "Al Shabaab is believed to be
    responsible", "the TTP claimed responsibility", "the attack was carried out by the ADF";
    not as someone's accusation."""
    if _BEHIND.match(doc.text, actor.span.end) is not None:
        return not _accused(doc, actor)
    return _named_as_author(doc, actor)


@per_document
def is_accused(doc: Document, actor: ActorMention) -> bool:
    """Whether ``actor`` is told as the author only in someone's accusation: "the militants
    claimed the Syrian army was responsible" names no author of the blast."""
    return _BEHIND.match(doc.text, actor.span.end) is not None and _accused(doc, actor)


def _accused(doc: Document, actor: ActorMention) -> bool:
    return _ACCUSED.search(doc.text, max(0, actor.span.start - 100), actor.span.start) is not None


# An actor right before a statement verb speaks: "the Houthi group said", "the army announced";
# so does one that names the speaker's side before a noun of who speaks: "a Kurdish police
# official announced", "police and medical sources told Reuters", "an army spokesman said".
# ("the group claimed responsibility" names the author: that is no mere telling)
_SPEAKER_NOUN = (
    r"(?:[\w-]+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|sources?|commanders?|"
    r"officers?|chief|statement|media\s+office)\s+(?:[\w-]+\s+){0,2}?"
)
# (an acronym in brackets may follow the name: "the Northern Front (NF) said"; where it serves
# and the day it spoke may stand before the verb: "Police in Kaduna state said", "Nigerian
# police on Wednesday confirmed")
# (twenty-seventh round: the past perfect's auxiliary may stand before the verb, "the
# governor had also reported the blasts", not the present perfect's, which as often tells the
# speaker's own act, "the rebel army has announced a truce", "the battalion has claimed to have
# killed its cadres"; and a verb of stance tells the one who judges an act, not its author:
# "the governor condemned the attack", "X called on the U.N. to investigate")
_STANCE_VERBS = r"condemned|condemns|denounced|deplored|urged|called\s+(?:on|for)|demanded"
_SPEAKS = re.compile(
    rf"(?:\s*\([\w-]+\))?\s+(?:group\s+|movement\s+|forces\s+|{_SPEAKER_NOUN})?"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\s+)?"
    rf"(?:(?:on|late|early)\s+\w+\s+)?(?:had\s+)?(?:also\s+)?"
    rf"(?:{STATEMENT_VERBS}|{_STANCE_VERBS})\b"
    r"(?!\s+(?:full\s+|the\s+)?(?:responsibility|credit))"
    # ("the group claimed the firing of three rockets": the author claims its act)
    r"(?!(?<=claimed)\s+(?:the|an?)\s)"
)


# The speaker's own act: "the army said it killed", "the ministry said on Sunday that its forces
# had destroyed", "Israel said they had killed", "the group said in a statement that it had
# hit an army truck near the border with guided missiles" (where and when it was told may
# stand between the verb and the clause, and the clause may run on to the weapon).
_OWN_ACT = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{STATEMENT_VERBS}|saying)\b"
    r"(?:\s+(?:on|late|early|in|via|through)\s+(?:(?:a|an|its|their)\s+)?\w+){0,2}"
    r"(?:\s+that)?\s+(?:it|they|its|their)\b[^.;]{0,120}$",
    re.IGNORECASE,
)


# A state's forces or government telling of aircraft no one else's words own, before the
# trigger: "Russia's military said four bombers flying from home carried out strikes": its own
# aircraft (only states field them in these wars; twenty-seventh round). Aircraft that open
# the trigger ("the ministry said jets struck 40 targets") are not read: the rule reads the
# words before the trigger. A word before the aircraft that makes them another side's ("the air
# force said enemy bombers carried out strikes", "rebel drones") tells no own act (review48).
_OTHER_SIDES = (
    r"(?:enemy|hostile|rebel|insurgent|militant|terrorist|jihadist|foreign|unidentified|"
    r"unknown|opposition|kamikaze|suicide)"
)
_OWN_AIRCRAFT = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{STATEMENT_VERBS})\b"
    r"(?:\s+(?:on|late|early|in|via|through)\s+(?:(?:a|an|its|their)\s+)?\w+){0,2}"
    rf"(?:\s+that)?\s+(?:(?:the|a|an|\d+|{counting(2, 10)}|several)\s+)?"
    rf"(?:(?!{_OTHER_SIDES}\b)[a-z][\w-]*\s+|Tu-\w+\s+|Su-\w+\s+|MiG-\w+\s+|F-\w+\s+){{0,3}}?"
    r"(?:jets|warplanes|war\s+planes|bombers|aircraft|planes|helicopters|drones)\b[^.;]{0,120}$"
)
# ... and the speaker's description between commas ("Hezbollah, the Iran-backed group, said it
# fired rockets": its own act).
_APPOSITIVE = re.compile(r"^,\s+(?:a|an|the)\s+[^,.;\"“”]{3,80},(?=\s)")
# The office the possessor speaks through, read as the possessor ("Israel's military said it
# struck": Israel's own act).
_THROUGH_OFFICE = re.compile(
    r"^['’]s\s+(?:[\w.-]+\s+){0,2}?(?=[\w-]+\s+(?:" + STATEMENT_VERBS + r")\b)"
)


def tells_own_act(doc: Document, actor: ActorMention, trigger: Trigger) -> bool:
    """Whether a speaker tells the trigger as its own act, by a pronoun after the statement
    verb, or (a state) by aircraft no other side's word owns."""
    if actor.span.end > trigger.span.start:
        return False
    told = doc.text[actor.span.end : trigger.span.start]
    told = _APPOSITIVE.sub("", _THROUGH_OFFICE.sub(" ", told, count=1), count=1)
    if _OWN_ACT.match(told) is not None:
        return True
    return actor.kind in STATE_KINDS and _OWN_AIRCRAFT.match(told) is not None


# The side named in a speaker's description speaks with them: "Karwan Aziz, the deputy
# head of [police] in Erbil, told reporters", "Ali Said, a spokesman for [the army], said".
_DESCRIBES_SPEAKER_BEFORE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:of|at|for|in|with)\s+(?:the\s+)?$"
)
_DESCRIBES_SPEAKER_AFTER = re.compile(
    rf"(?:\s*\([\w-]+\))?(?:\s+(?:in|at|of|for)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s*,?\s+(?:also\s+)?"
    rf"(?:{STATEMENT_VERBS})\b"
)


# An attribution phrase names a teller, not a side: "According to a police statement, unknown
# terrorists opened fire ...", "... killing three, according to army officials." The actor
# sits in the phrase (up to three words after "according to", up to three nouns of who speaks
# after it) and the phrase ends at a comma or the sentence's end.
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?$")
_ACCORDING_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*(?:[,.;:]|$)")


def _attributes(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is named in an "according to" phrase."""
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    return (
        _ACCORDING_BEFORE.search(before) is not None
        and _ACCORDING_AFTER.match(doc.text, actor.span.end) is not None
    )


# The speaker named after the verb that ends a quote or a clause: '"... at the school," said
# monitor chief Samir Khoury.', "..., said the army spokesman." (up to four words of
# the speaker's title between; the name ends the clause).
_SPOKEN_BY_BEFORE = re.compile(
    rf"[,\"”’']\s*(?:{STATEMENT_VERBS})\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,4}}?$"
)
_SPOKEN_BY_AFTER = re.compile(r"(?:\s*\([\w-]+\))?\s*(?:[,.;:\"”]|$)")


def _spoken_by(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is named as the speaker right after a statement verb."""
    before = doc.text[max(0, actor.span.start - 80) : actor.span.start]
    return (
        _SPOKEN_BY_BEFORE.search(before) is not None
        and _SPOKEN_BY_AFTER.match(doc.text, actor.span.end) is not None
    )


# The side whose office or officer speaks (forty-fifth round): "The U.S. military's Central
# Command said the missiles missed", "Israel's army said", "the ministry's spokesman told AFP":
# the possessor speaks through it (up to three words of the office between).
_SPEAKS_THROUGH = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+){1,3}?"
    rf"(?:(?:on|late|early)\s+\w+\s+)?(?:had\s+)?(?:also\s+)?(?:{STATEMENT_VERBS})\b"
    r"(?!\s+(?:full\s+|the\s+)?(?:responsibility|credit))"
)


# The speaker described between commas before its verb (forty-fifth round): "The People's
# Defence Force, an armed group opposed to the junta, said the strikes hit a school".
_SPEAKS_AFTER_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+[^,.;\"“”]{3,80},\s+(?:(?:on|late|early)\s+\w+\s+)?(?:also\s+)?"
    rf"(?:{STATEMENT_VERBS})\b"
    r"(?!\s+(?:full\s+|the\s+)?(?:responsibility|credit))"
)


@per_document
def speaks(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is told as the one speaking: "the Houthi group said", "the army
    announced", "according to a police statement", "Israel's military said", or as the side of
    the one speaking ("X, a spokesman for the army, said")."""
    if _SPEAKS.match(doc.text, actor.span.end) is not None or _attributes(doc, actor):
        return True
    if _SPEAKS_THROUGH.match(doc.text, actor.span.end) is not None:
        return True
    if _SPEAKS_AFTER_APPOSITIVE.match(doc.text, actor.span.end) is not None:
        return True
    if _spoken_by(doc, actor):
        return True
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    return (
        _DESCRIBES_SPEAKER_BEFORE.search(before) is not None
        and _DESCRIBES_SPEAKER_AFTER.match(doc.text, actor.span.end) is not None
    )


# A reported clause opens after its reporting verb and "that" ("police told Anadolu that
# terrorists detonated ..."): who reports it is not in the clause that tells the act. (The
# statement verbs hold "told".)
_CLAUSE_OPENER = re.compile(
    rf"\b(?:{STATEMENT_VERBS})\b[^.;]{{0,60}}?\bthat\b(?![\s\S]*\b(?:{STATEMENT_VERBS})\b)",
    re.IGNORECASE,
)


def clause_start(doc: Document, trigger: Trigger) -> int:
    """Where the reported clause holding the trigger starts: after the last reporting frame
    ("said that", "told Anadolu Agency that") in the 250 characters before it (0 when there
    is none: the whole sentence)."""
    start = max(0, trigger.span.start - 250)
    # (most stretches before a trigger hold no "that" or no verb of saying: ruled out first)
    if not may_match(_CLAUSE_OPENER, folded(doc.text[start : trigger.span.start])):
        return 0
    opener = _CLAUSE_OPENER.search(doc.text, start, trigger.span.start)
    return opener.end() if opener else 0


# "unidentified gunmen", "unknown armed men", "was assassinated by unidentified gunmen": the
# text says it does not know who acted, so no group the article names elsewhere, its one
# author, nor a country's insurgents as a whole are read into it (ACLED: an unidentified armed
# group).
_UNIDENTIFIED = re.compile(r"\b(?:unidentified|unknown|unnamed)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_UNIDENTIFIED_WORD = re.compile(r"\b(?:unidentified|unknown|unnamed)\b", re.IGNORECASE)


def told_unidentified(doc: Document, actor: ActorMention) -> bool:
    """Whether an actor is told as of unknown identity, in its words or right before."""
    before = doc.text[max(0, actor.span.start - 30) : actor.span.start]
    return (
        _UNIDENTIFIED_WORD.search(actor.text) is not None
        or _UNIDENTIFIED.search(before) is not None
    )


# A group told only as the parent another group broke from: "claimed by Tehreek-e-Jihad
# Pakistan, believed to be an offshoot of the Pakistani Taliban", "a splinter faction of
# al-Shabaab", "a group that broke away from the ELN" (forty-third round). The offshoot acted,
# not its parent (an armed "wing of" a group is the group itself, and stays).
_OFFSHOOT_OF = re.compile(
    r"\b(?:offshoots?|splinter(?:\s+(?:groups?|factions?|cells?|wings?))?|"
    r"breakaway\s+(?:groups?|factions?|wings?)|dissident\s+factions?)\s+of\s+(?:the\s+)?$"
    r"|\b(?:broke|breaking|split|splintered)\s+(?:away\s+|off\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@per_document
def parent_of_an_offshoot(doc: Document, actor: ActorMention) -> bool:
    """Whether ``actor`` is told only as the group another broke from: "an offshoot of the
    Pakistani Taliban", "a splinter faction of al-Shabaab"."""
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    return _OFFSHOOT_OF.search(before) is not None
