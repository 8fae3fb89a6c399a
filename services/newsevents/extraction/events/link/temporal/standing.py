"""Acts told as a standing state of affairs, in the present or perfect: no occurrence of the day.

Around its news an article describes the situation the news happens in, with the same verbs
and nouns an occurrence takes but told in a tense or with a subject no single act has.
:mod:`.status` reads these after the lead, in a sentence that gives no act a fresh day, and
calls such events ``habitual`` background:
- a frequency right before the act ("often attack", "frequently clash", "sometimes kidnap"),
  or going on in the present ("continues to shell", "continue to target", "keep attacking");
  a campaign's noun told as going on ("pressed ahead with their offensive", "under pressure
  from a government offensive"; thirty-sixth round);
- the act's noun said to be common or to grow in number ("clashes ... are common in the
  city", "attacks on civilians have increased"; "have stepped up attacks");
- the act's noun as a kind: "such attacks", "in such ambushes" (plural), or as the class a
  group is blamed for ("blamed for a string of bombings", "responsible for many attacks"), or
  counted as it grows ("the number of attacks has risen sharply");
- a generic present: a plural subject with the act's bare verb ("militants attack villages",
  "bandits kidnap travellers", "they abduct residents") or with a light verb before the act's
  plural noun ("Israeli forces regularly conduct raids", "Muslims hold public rallies"), or
  in the singular ("the group still carries out hit-and-run attacks"); captives held in the
  present ("are believed to be holding 100 hostages"); not in a text that tells its news in
  the present (:func:`narrates_in_present`);
- a participle naming a state of places: "the liberated territories", "newly captured towns";
- a present passive, the state an act left or a habit ("troops are stationed in the town",
  "civilians are being targeted"; not a toll, "five soldiers are killed", which is news);
- a perfect whose object is a bare plural, no number and no article: acts of a stretch, not
  one ("the rebels have ambushed army convoys", "have attacked police posts"; not "have
  attacked a police post", nor a toll, "have killed civilians").
Words of repetition also tell one act done again and again ("a shopkeeper was repeatedly
stabbed", "gunmen continuously fired at the crowd"): before the past of an act of force, not
in a perfect and not with a bare plural object, they are blanked (:func:`without_one_act_repeats`)
and tell no habit; "has repeatedly targeted", "repeatedly shell", "repeatedly attacked army
posts", "a briefing was repeatedly interrupted by the explosions" still do.
(A place that "has seen clashes" was tried and dropped: it cost two FA-KES holdout occurrences.)
"""

from __future__ import annotations

import re

from ....document import Document, once_per_document
from ....prefilter import quick_finditer
from ....text.numbers import counting
from ....vocabulary import CAMPAIGN_NOUNS

_FREQUENCY = (
    r"often|sometimes|occasionally|periodically|commonly|generally|seldom|rarely|frequently|"
    r"regularly|routinely|usually|repeatedly|continually|continuously|habitually"
)
# Right before the trigger (one word between at most): "frequently clash", "often attack",
# "continues to shell", "continue to carry out attacks".
_BEFORE = re.compile(
    rf"\b(?:{_FREQUENCY})\s+(?:[\w-]+\s+)?$"
    r"|\bcontinues?\s+to\s+(?:[\w-]+\s+){0,2}$|\bkeeps?\s+(?:on\s+)?$"
    # a change of pace: "have stepped up attacks", "ramped up its raids"
    r"|\b(?:step(?:s|ped)?|ramp(?:s|ed)?)\s+up\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A campaign told as going on, right before its noun: "pressed ahead with their offensive",
# "is pushing on with an offensive", "are pressing an offensive", "continuing its campaign",
# "under pressure from a government offensive" (the setting the day's acts happen in).
_CAMPAIGN = re.compile(rf"(?:{CAMPAIGN_NOUNS})(?:e?s)?", re.IGNORECASE)
_GOING_ON = re.compile(
    r"\b(?:(?:press|push|forg|mov)\w*\s+(?:ahead|on|forward)\s+with"
    r"|continu(?:e|es|ed|ing)(?:\s+with)?|pursu(?:e|es|ed|ing)|wag(?:e|es|ed|ing)|pressing"
    r"|under\s+(?:(?:mounting|increasing|growing|heavy)\s+)?pressure\s+from)"
    r"\s+(?:(?:its|their|the|an?|his|her)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# Repetition within one act: the adverb before the past form of an act of force (a passive's
# participle or a simple past), not after a perfect's auxiliary ("has repeatedly targeted",
# "had been repeatedly shelled": a stretch of acts).
_ONE_ACT_REPEAT = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bbeen )\b(?:repeatedly|continuously|continually)"
    r"(?=\s+((?:fired|shot|struck|hit|beat|beaten|stabbed|hacked|slashed|kicked|clubbed|whipped|"
    r"punched|assaulted|attacked|shelled|bombed|pounded|targeted|raided|stormed|rammed|"
    r"tortured|raped|threw|thrown))\b)",
    re.IGNORECASE,
)

# A passive of the past right before the adverb: "was repeatedly stabbed", "were continuously
# beaten" (its "by" phrase is the agent, no object).
_PASSIVE_BE = re.compile(r"\b(?:was|were)\s+$", re.IGNORECASE)


def without_one_act_repeats(told: str) -> str:
    """``told`` with the words of repetition that tell an act of force as one act blanked (same
    length): "was repeatedly stabbed", "continuously fired at the crowd"; not before a bare
    plural object ("repeatedly attacked army posts": acts of a stretch), nor before a verb of
    no act ("a briefing was repeatedly interrupted by the explosions")."""
    spans = [
        (m.start(), m.end())
        for m in quick_finditer(_ONE_ACT_REPEAT, told)
        if (
            _PASSIVE_BE.search(told[: m.start()]) is not None
            or _BARE_PLURAL_OBJECT.match(told[m.end(1) :]) is None
        )
    ]
    for start, end in spans:
        told = told[:start] + " " * (end - start) + told[end:]
    return told


# A kind: "such attacks", "in such ambushes" (plural triggers only; "such" before a singular
# overrides the words above).
_SUCH = re.compile(r"\bsuch\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Right before a plural trigger: a group blamed for a class of acts ("has been blamed for a
# string of bombings", "responsible for many attacks against the army"; not "blamed for the
# attacks", "responsible for these killings": the news).
_BLAMED_FOR_MANY = re.compile(
    r"\b(?:blamed|responsible)\s+for\s+(?:(?:a (?:string|series|spate|wave|number) of|many|most|"
    r"numerous|several|all|thousands of|hundreds of|dozens of|scores of|previous|past|recent|"
    r"earlier|other)\s+)?(?!(?:the|these|this|those|that|its|their|his|her|a|an)\s)"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A tally of many acts in the perfect: "Washington has carried out dozens of drone strikes in
# Yemen", "the coalition has launched thousands of air raids" (a campaign's sum, not the day's
# act; a count in figures may be the day's: "said it has carried out 14 strikes on Tuesday";
# forty-seventh round, lead67).
_TALLY_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|now)\s+)?(?:carried\s+out|conducted|launched|staged|mounted|"
    r"waged|made)\s+(?:(?:dozens|hundreds|thousands|scores)\s+of|numerous|countless|many)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A count of the acts that grows or falls: "the number of attacks has risen sharply" (not a toll
# risen to a figure: "the number of people killed has risen to 20").
_NUMBER_OF = re.compile(r"\b(?:number|frequency|rate) of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_COUNT_GROWS = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?(?:has|have)\s+(?:\w+\s+)?(?:increased|risen|grown|"
    r"multiplied|surged|soared|declined|decreased|dropped|fallen|doubled|tripled)\b"
    r"(?!\s+(?:to|by)\b)",
    re.IGNORECASE,
)
# Right after the trigger, within its noun phrase: the acts said to be common, or (plural,
# "have") to grow in number: "clashes ... are common", "attacks on civilians have increased"
# (not a toll, singular: "the death toll from the attacks has risen to 13").
_AFTER = re.compile(
    r"^(?:\s+(?:(?!(?:but|while|although|though|which|who|when)\b)[\w'’-]+\s+){0,6}?)?\s*"
    r"(?:(?:are|is|remain|remains|have become|has become)\s+"
    r"(?:(?:very|quite|fairly|now|still|also|increasingly|relatively)\s+)?(?:not uncommon|common|"
    r"commonplace|frequent|rife|rampant|widespread|routine|a (?:common|regular|frequent|daily)"
    r"\s+(?:occurrence|sight|feature))"
    r"|have\s+(?:(?:also|steadily|sharply|dramatically)\s+)?(?:increased|risen|grown|"
    r"multiplied|surged|soared|declined|decreased|dropped|fallen|become (?:more|less) "
    r"(?:frequent|common))(?!\s+(?:to|by)\b))\b",
    re.IGNORECASE,
)
# A plural subject right before the trigger's bare verb: "militants attack", "they kidnap" (a
# lower-case word: "Homs attack" names one; not a word whose -s is no plural's; not the object
# of a preposition: "by terrorists rocket shells" in a text without apostrophes).
_SUBJECT = (
    r"(?:^|(?<=[\s,;:]))(?<!\bby )(?<!\bof )(?<!\bfrom )(?<!\bin )(?<!\bon )(?<!\bwith )"
    r"(?<!\bfollowing )(?<!\bafter )(?<!\bagainst )(?<!\bamid )(?<!\bduring )"
    r"(?:they|people|police|(?:gun|tribes|herds|clans)?men|women|children|"
    r"(?![a-z]*(?:ss|us|is|as|os)\s)[a-z]{3,}s)\s+"
)
_PLURAL_SUBJECT = re.compile(rf"{_SUBJECT}(?:(?:also|still|now|then)\s+)?$")
# ... or with a light verb before the act's plural noun: "Israeli forces regularly conduct
# raids", "fighters still carry out sporadic attacks", "Muslims hold public rallies".
_LIGHT_VERB = re.compile(
    rf"{_SUBJECT}(?:(?:also|still|now|often|regularly|sometimes|frequently|routinely)\s+)?"
    r"(?:hold|stage|carry out|launch|conduct|mount|organi[sz]e)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... or a light verb in the singular present, before the act's plural noun: "the group still
# carries out hit-and-run attacks", "the militia regularly stages raids" (what a side does, not
# what it did; forty-fifth round, bg65).
_LIGHT_VERB_SINGULAR = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    r"\b(?:(?:still|also|now|often|regularly|sometimes|frequently|routinely)\s+)?"
    r"(?:holds|stages|carries out|launches|conducts|mounts)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Captives held, in the present: "the militants are believed to be holding more than 100
# hostages", "the group has been holding 20 captives for years" (a state of captivity, not the
# day's seizure; forty-fifth round, bg65).
# (Not "gunmen are holding 30 hostages in the hotel": a siege's news as it goes on.)
_HELD = re.compile(
    r"\b(?:(?:believed|thought|said|estimated|understood)\s+to\s+(?:be\s+holding|(?:still\s+)?"
    r"hold)|(?:has|have)\s+been\s+holding)\s+(?:[\w,-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CAPTIVES = re.compile(r"hostages|captives|prisoners", re.IGNORECASE)
# The present of acts, as a plural subject's verb (the past of some is the same word, "beat",
# "hit", "cut", "set": left out).
_PRESENT_VERB = re.compile(
    r"(?:attack|kidnap|abduct|shell|bomb|raid|clash|fight|target|ambush|loot|burn|torch|storm|"
    r"shoot|kill|strike|fire|rob|extort|harass|assault|protest|demonstrate|rally|march|seize|"
    r"destroy|detain|arrest|rape|behead|execute|besiege|bombard|invade|occupy|block|riot|"
    r"terrorize|terrorise|intimidate|displace|recruit)",
    re.IGNORECASE,
)
# A present passive before the trigger, or its progressive: "are stationed", "is being shelled".
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are|remain|remains)\s+(?:(?:still|also|currently|now|reportedly|being)\s+){0,2}$",
    re.IGNORECASE,
)
# An active perfect right before the trigger: "have ambushed", "has also attacked".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|repeatedly|\w+ly)\s+)?$", re.IGNORECASE)
# ... with a bare plural as its object: "army convoys", "police posts" (no article, number or
# possessive before it).
_BARE_PLURAL_OBJECT = re.compile(
    r"^\s+(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|"
    rf"{counting(2, 10)}|dozens|hundreds|scores|several|some|at|in|on|near|more|over|nearly)\b)"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]{3,}(?<!ss)s\b(?!\s+(?:of|who|that)\b)"
)
# A participle that names a state of places: "the liberated territories", "the newly
# captured villages" (the act, if news, is told elsewhere).
_STATE_BEFORE = re.compile(r"\b(?:the|these|those|other|newly|recently)\s+(?:newly\s+)?$", re.I)
_CONTROL = re.compile(r"liberated|occupied|besieged|recaptured|captured|seized|annexed|retaken")
_STATE_PLACES = re.compile(
    r"^\s+(?:territories|areas|villages|towns|regions|lands|cities|districts|parts)\b", re.I
)
# Tolls are the day's news whatever the tense: "strikes have killed civilians".
_TOLL_VERB = re.compile(r"\b(?:kill|wound|injur|die|murder|slain|shot)", re.IGNORECASE)


def told_as_standing(told: str, trigger_at: int, trigger: str, *, in_present: bool = False) -> bool:
    """Whether the sentence (``told``: its asides blanked) tells the act at ``trigger_at`` as a
    standing state of affairs rather than one occurrence. ``in_present``: the text tells its
    news in the present (:func:`narrates_in_present`), so a present tense tells no state."""
    told = without_one_act_repeats(told)
    before, after = told[:trigger_at], told[trigger_at + len(trigger) :]
    word = trigger.lower()
    such = _SUCH.search(before) is not None
    if (such and word.endswith("s")) or (not such and _BEFORE.search(before)):
        return True
    if _AFTER.match(after) or (_CAMPAIGN.fullmatch(word) and _GOING_ON.search(before)):
        return True
    if word.endswith("s") and (
        _BLAMED_FOR_MANY.search(before)
        or _TALLY_PERFECT.search(before)
        or (_NUMBER_OF.search(before) and _COUNT_GROWS.match(after))
    ):
        return True
    if _CONTROL.fullmatch(word) and _STATE_BEFORE.search(before) and _STATE_PLACES.match(after):
        return True
    if not in_present and (
        _generic_present(before, trigger, after)
        or (word.endswith("s") and _LIGHT_VERB_SINGULAR.search(before) is not None)
        or (_CAPTIVES.fullmatch(word) is not None and _HELD.search(before) is not None)
        or (word.endswith("ed") and not _TOLL_VERB.search(word) and _PRESENT_PASSIVE.search(before))
    ):
        return True
    return (
        word.endswith("ed")
        and _PERFECT.search(before) is not None
        and not _TOLL_VERB.search(word)
        and _BARE_PLURAL_OBJECT.match(after) is not None
        and not re.search(r"\d", told)
    )


# The bare word is the act's noun, not a verb, when a preposition of its target or the clause's
# own verb follows: "Israeli forces raid on the town killed two" ("forces' raid", its apostrophe
# lost), "the militants attack on a checkpoint was repelled", "condemns attack on a school".
# (Not for "fire on" and "march on", verbs of a target.)
_NOUN_AFTER = re.compile(
    r"^\s+(?:on|was|were|has|had|that|which|killed|left|wounded|injured)\b", re.IGNORECASE
)
_VERBS_ON = frozenset({"fire", "march"})


def _a_noun_after(trigger: str, after: str) -> bool:
    """Whether the bare word is the act's noun: a preposition of its target or the clause's own
    verb follows ("a suicide car bomb attack on buses", not "fire on")."""
    noun = _NOUN_AFTER.match(after)
    return noun is not None and not (
        trigger.lower() in _VERBS_ON and noun.group().strip().lower() == "on"
    )


def _generic_present(before: str, trigger: str, after: str) -> bool:
    """A plural subject with the act's bare verb, or with a light verb before the act's plural
    noun; the subject may open the sentence."""
    before = before[:1].lower() + before[1:]
    if _PRESENT_VERB.fullmatch(trigger):
        if _a_noun_after(trigger, after):
            return False
        return _PLURAL_SUBJECT.search(before) is not None
    return trigger.lower().endswith("s") and _LIGHT_VERB.search(before) is not None


# The present of the news itself, right around a trigger: a subject and the act's verb in the
# present ("Youths protest over", "a group protests the arrest", "police arrest six"; not a noun
# before a past, "protests erupted") or a present passive ("a suspected rapist is lynched",
# "are attacked and injured", tolls too).
_PRESENT_FORM = re.compile(rf"(?:{_PRESENT_VERB.pattern})(?:s|es)?", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:the|a|an|of|in|on|at|by|for|to|with|from|and|or|its|their|his|her)\s)"
    r"[\w'’-]+\s+$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(
    r"^\s+(?:\w+ed|was|were|had|have|has|is|are|broke|began|took|left|spread|came|went|"
    r"rocked|hit)\b",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:[\w-]+ly\s+)?$", re.IGNORECASE)


@once_per_document
def narrates_in_present(doc: Document) -> bool:
    """Whether the text tells its news in the present, as summaries and some outlets do ("28
    March. Youths protest over the deportation of a leader."): read on the first sentence
    that is no heading and holds a trigger. Its present tells the occurrence, and so do the
    present tenses after it."""
    for sentence in doc.sentences:
        triggers = [] if sentence.heading else doc.in_sentence(doc.triggers, sentence)
        if not triggers:
            continue
        for trigger in triggers:
            at = trigger.span.start - sentence.span.start
            before = sentence.text[:at]
            after = sentence.text[at + len(trigger.text) :]
            if _PASSIVE_BEFORE.search(before) or (
                _PRESENT_FORM.fullmatch(trigger.text)
                and _SUBJECT_BEFORE.search(before)
                and not _PAST_AFTER.match(after)
                and not _a_noun_after(trigger.text, after)
                and re.match(r",?\s+\w", after)
            ):
                return True
        return False
    return False
