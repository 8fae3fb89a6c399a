"""How surely a trigger's clause tells its act (:func:`modality`): "denied" is denied,
"would"/"will"/"plans to" is planned, "reportedly" is claimed, anything else asserted.
"""

from __future__ import annotations

import re

from ....document import Modality
from ....prefilter import quick_search
from ....vocabulary import CAMPAIGN_NOUNS

# A group that claims responsibility asserts the act and names its author: "IS claimed
# responsibility for the attack" is an asserted attack by IS, not a rumour of one.
_CLAIMED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|claimed|claims?|rumou?red|"
    r"(?:said|reported|believed|thought|feared|understood|suspected|assumed|presumed|alleged|"
    r"purported|rumou?red|known) to (?:be|have))\b"
    r"(?!\s+(?:full\s+|the\s+)?(?:responsibility|credit))",
    re.I,
)
# A word between a call and the act that opens another phrase: the act is then what the call
# answers or follows, not what it asks for.
_NOT_ANOTHER_PHRASE = (
    r"(?!(?:after|following|since|when|while|as|because|amid|despite|over|about|against|on|of|"
    r"in|at|into|from|by|during)\b)"
)
# What may yet happen: "will launch an offensive", "threatened to strike", "preparations for an
# attack", "where American missiles might strike" (but "said to be killed" is claimed).
_PLANNED = re.compile(
    # "would-be" names who tried ("a would-be bomber was shot"), no modal (_WOULD_BE)
    r"\b(?:would(?!-be\b)|will|plans? to|planning to|intends? to|"
    r"(?<!said )(?<!reported )(?<!believed )(?<!thought )(?<!feared )(?<!understood )"
    # who the actors are taken to be is no plan: "gunmen suspected to be members of a militia
    # seized a trader", "bandits presumed to come from across the border raided"
    r"(?<!suspected )(?<!assumed )(?<!presumed )(?<!alleged )(?<!purported )(?<!rumoured )"
    r"(?<!rumored )(?<!known )"
    # what became of them, told as a sequel: "blocked the road, later to be dispersed by
    # police", "marched to the palace, only to be arrested" (types44)
    r"(?<!later )(?<!only )to be|"
    # (a pledge of allegiance names whose side a group is on, no plan: "militants who have
    # pledged allegiance to the Islamic State carried out an attack")
    r"(?:promised|pledged|vowed)(?!\s+(?:(?:their|its|his|her|full)\s+)?"
    r"(?:allegiance|loyalty|fealty|bay'?ah))|"
    r"(?:is|are) expected to|might|(?-i:may)(?! have)|could(?! not)|"
    r"should(?! have)|"
    r"threat\w* to|prepar\w+ (?:\w+ ){0,3}(?:for|to)|poised to|set to|about to|ready to|"
    r"plott?\w* to|warn\w* of)\b"
    # what is feared or threatened, right before the act's noun: "bracing for a possible US
    # attack" (not "a possible suicide bomber", a suspicion), "the threat of their
    # violence", "on high alert for attacks", "threatened further
    # attacks", "ahead of an expected assault", "the upcoming offensive" (one word between at
    # most)
    r"|\b(?:(?:for|of|against|prevent|avert|thwart)\s+(?:an?\s+|any\s+)?(?:possible|potential)|"
    r"future|imminent|anticipated|expected|upcoming|impending|looming|forthcoming|"
    r"(?:threat|fears?|risk|danger) of|fear(?:s|ed)?|"
    r"(?:alert|braced?|bracing) for|threaten(?:s|ed|ing)?\s+(?:more|further|new|fresh|renewed)|"
    # "warned residents of more attacks": whom warned between, the act right after "of" (not
    # "had warned the residents of Anka", a place: review)
    r"warn\w*\s+(?:[\w-]+\s+){1,4}?of|"
    # what is foretold: "predicted a tough battle for the city", "forecast more clashes"
    r"(?:predict(?:s|ed|ing)?|forecasts?|foresee(?:s|ing)?|foresaw)(?:\s+(?:an?|the|more|further))?)"
    r"\s+(?:[\w-]+\s+)?$"
    # a purpose: "deployed a squad to ensure the arrest of the others", "an offensive aimed at
    # halting rocket fire", "in a bid to free the hostages", a campaign's aim ("launched an
    # offensive to retake the town", "as the army pushes to recapture it")
    # (the act within two words of it: not "to ensure the rescue of the abducted pupils")
    r"|\b(?:to ensure|in order to|so as to|in (?:a|an) (?:bid|attempt|effort) to|efforts to|"
    r"aim(?:ed|ing|s)? at \w+ing|seeking to|"
    rf"(?:(?:{CAMPAIGN_NOUNS})(?:e?s)?|pushing) to)\s+(?:[\w-]+\s+){{0,2}}$"
    # what is yet to be done: "to prepare attacks", "discussing an agreement", "negotiating a
    # truce", "is planning an offensive" (right before the act's noun)
    r"|\b(?:prepar(?:e|es|ing)|discuss(?:es|ing)?|negotiat(?:e|es|ing))\s+"
    r"(?:(?:a|an|the|new|more|further|possible)\s+)?(?:[\w-]+\s+)?$"
    # ... a plan, its article required ("is planning an offensive"; not "the Planning is shot",
    # "plan stage protest")
    r"|\b(?:plan(?:s|ning)?)\s+(?:a|an|the|new|more|further)\s+(?:[\w-]+\s+)?$"
    # an act among the options weighed: "options ranging from air strikes to a no-fly zone",
    # "military options including strikes on air bases" (forty-fifth round, bg65)
    r"|\boptions?\s+(?:(?:that|which)\s+)?(?:rang(?:e|es|ing)\s+from|includ(?:e|es|ing)|"
    r"such\s+as|like)\s+(?:(?:a|an|the|limited|possible|targeted)\s+)?(?:[\w-]+\s+)?$"
    # what someone calls for or urges others to do: "called for protests outside the
    # embassies", "calls once again on everyone to picket the embassy", "urged the government
    # to allow the inspectors" (the act within three words of the call's "to"); not an act
    # told after a word that opens another phrase ("called for calm after airstrikes killed",
    # "urged residents to stay indoors after the shelling": the act happened)
    rf"|\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:once\s+)?(?:again\s+)?for\s+"
    rf"(?:{_NOT_ANOTHER_PHRASE}[\w-]+\s+){{0,2}}[\"“'‘]?$"
    r"|\b(?:(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:once\s+)?(?:again\s+)?(?:on|upon)"
    r"|urg(?:e|es|ed|ing)|asks?|asking)\s+(?:[\w.'’-]+\s+){1,12}?to\s+"
    rf"(?:{_NOT_ANOTHER_PHRASE}[\w.-]+\s+){{0,3}}[\"“'‘]?$",
    re.IGNORECASE,
)
# What a deal or talks are about, right before the act's noun (a determiner and one word between
# at most): "the deal provides for the release of detainees", "talks on the release of
# prisoners" (not "a protest over the arrest of", what happened; not a demand: a note's
# "organizations demanded the release of prisoners" is ACLED's protest, its only event). Only
# an act a deal can provide for (a release, an exchange, a withdrawal): talks over a violent
# act are held about what happened ("talks over the killing of six herders", "negotiations on
# the abduction of 300 schoolboys"; review64).
_ABOUT_A_DEAL = re.compile(
    r"\b(?:provides?\s+for|provided\s+for|"
    r"stipulat(?:e|es|ed|ing)|(?:talks|negotiations|deal|agreement|accord)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:on|over|about|for))\s+"
    r"(?:(?:a|an|the|their|its|his|her|more|further|immediate)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# What did not happen: "denied carrying out the attack" anywhere in the clause; a negation
# close before the trigger: "has not conducted air strikes", "did not target civilians", "no
# strikes took place" (but "no fewer than 10 killed", "it was not clear if the raids ...").
_DENIED = re.compile(
    # (not a good or a right refused to someone, which tells no act undone: "nurses denied their
    # wages marched", "an imam denied a visa, which set off riots"; kenya67)
    r"\b(?:(?:denied|denies|deny|denying)(?!\s+(?:(?:them|him|her|their|the|a|an)\s+)?"
    r"(?:admissions?|entry|access|bail|permission|permits?|visas?|jobs?|employment|salar(?:y|ies)|"
    r"wages|pay|payment|passage|treatment|medical|food|water|land|licen[cs]es?|registration|"
    r"tickets?|rights?|compensation|services|promotion|leave|justice)\b)|"
    r"refuted|rejected (?:the )?(?:claims?|reports?|accusations?)|"
    # a charge waved away: "dismissing reports that police had beaten a student"
    r"dismiss(?:ed|es|ing)? (?:the )?(?:[\w-]+ )?(?:claims?|reports?|accusations?|allegations?)|"
    r"never|no evidence)\b"
    r"|\b(?:(?:has|have|had|was|were|is|are|did|does|do) not|hasn't|haven't|hadn't|wasn't|"
    r"weren't|didn't|doesn't|don't|no|not|nobody)\s+"
    r"(?!(?:fewer|less|more|later|sooner|only|least|immediately|clear|known|yet)\b)"
    r"(?:[\w-]+\s+){0,2}$"
    # "did not carry out this attack", "have not conducted any strikes"
    r"|\b(?:did|does|do|has|have|had) not\s+(?:carr(?:y|ied) out|conduct(?:ed)?|launch(?:ed)?|"
    r"stage[d]?)\s+(?:[\w-]+\s+)?$"
    # what a gathering was free of: "the march was devoid of clashes", "passed without violence"
    r"|\b(?:devoid of|free (?:of|from))\s+(?:[\w-]+\s+){0,5}$|\bwithout\s+(?:[\w-]+\s+){0,2}$"
    # the second of a negated pair (issue 11, thirtieth round): "no reports of violence or
    # clashes with police", "without injuries or arrests", "no looting or arson was reported"
    # (not where "no" opens a subject whose verb names the pair: "no group claimed the bombing
    # or kidnapping", "no one knows the motive for the killing or abduction" tell acts that
    # happened)
    r"|\b(?:no|without)\s+(?!(?:fewer|less|more|later|sooner|longer)\b)"
    r"(?:(?!(?:claim(?:s|ed)?|responsibility|blamed|kn(?:ows|ew)|explained|said)\b)[\w-]+\s+){1,4}"
    r"(?:or|nor)\s+(?:any\s+)?$"
    # what a speaker does not know of: "was unaware of any killings or arson", "had no
    # knowledge of the raid"
    r"|\b(?:unaware of|no knowledge of|no information (?:on|about|of))\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# An act named right after "would-be" was only tried: "a would-be suicide bomber", "would-be
# kidnappers" (what was done to them happened: "a would-be attacker was shot and killed").
_WOULD_BE = re.compile(r"\bwould-be\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# Right after the act's noun, a modal of what may be: the act is the subject of a hypothesis
# ("strikes by the coalition would not end the threat", "where the missiles might strike
# next", "a gas attack could wreck the talks"); not of a perfect or of a state ("the blast
# could be heard", "the attack may have been revenge", "the bomber could not be named", "the
# attack would later be claimed by the group": review46b).
_SUBJECT_OF_A_MODAL = re.compile(
    # ... the act's place or target between them: "an offensive on Idlib would displace
    # hundreds of thousands", "an assault against the city could cause a catastrophe" (wire51;
    # no clause word between: "clashes in the town and could" is another verb's)
    r"^\s+(?:(?:on|against|in|into|of)\s+(?:the\s+)?"
    r"(?:(?!(?:and|but|or|who|which|that|as|after|before|when|while|since)\b)[\w'’-]+\s+){1,3}?)?"
    r"(?:would|could|might|(?-i:may))\s+"
    r"(?!(?:(?:not|also|only|still|later|soon|eventually|then)\s+)?(?:have|be)\b)[a-z]",
    re.IGNORECASE,
)


# Right after the act's noun, told as coming: "an offensive to retake the city was imminent",
# "an assault on the town is expected within days" (its aim or target between them).
_TOLD_AS_COMING = re.compile(
    r"^\s+(?:(?:on|against|in|into|of|to)\s+(?:the\s+)?"
    r"(?:(?!(?:and|but|or|who|which|that|as|after|before|when|while|since)\b)[\w'’-]+\s+){1,3}?)?"
    r"(?:is|was|are|were|seems|seemed|appears|appeared)\s+(?:(?:now|still|also)\s+)?"
    r"(?:imminent|expected|looming|in the offing)\b",
    re.IGNORECASE,
)


# The act told as begun or done by its own verb, right after its noun (its object or place
# between, no comma): "the long-expected offensive on Mosul began on Monday", "an expected
# attack on the camp killed 12 soldiers" (not "would have killed", nor another clause's verb:
# "calling for the arrest of an officer who killed two men"; review57).
_TOLD_DONE = re.compile(
    r"^(?:\s+(?:(?!\b(?:after|before|when|who|whom|which|that|as|while|because|since|if|he|she|"
    r"they|it|we)\b)[^,;:.]){0,80}?)?\s+(?<!have\s)(?<!would\s)(?<!could\s)"
    r"(?:began|begun|started|got under way|killed|wounded|injured|left \w+ (?:dead|injured))\b",
    re.IGNORECASE,
)


# A campaign's aim told after what launched it, its place, day or doers between (forty-seventh
# round, clash67): "launched an operation on Monday to retake the town", "a major operation by
# Iraqi and Kurdish forces backed by the coalition to retake the city" (the campaign is the
# fight; the ground is not yet taken). Read for a change of ground only: other words may stand
# between a campaign and an act that happened ("the offensive in Idlib has forced thousands to
# flee"); no clause opens between ("the offensive that led to the capture of the town").
_CAMPAIGN_AIM = re.compile(
    rf"\b(?:{CAMPAIGN_NOUNS})(?:e?s)?\s+"
    r"(?:(?!(?:that|which|who|after|before|when|while|as|but|led|leading|leads|lead|due|close|"
    r"next|according|prior|up|has|have|had|was|were|is|are|forced|caused|prompted|allowed)\b)"
    r"[\w.'’-]+\s+){1,12}?to\s+(?:(?:fully|finally|completely|quickly)\s+)?$",
    re.IGNORECASE,
)
_GROUND: frozenset[str] = frozenset({"territory_taken", "territory_regained"})


def modality(before: str, after: str = "", *, violent: bool = False, kind: str = "") -> Modality:
    """The modality of a trigger told after ``before`` (its sentence up to the trigger): read
    in the clause it ends, after the last comma, semicolon or colon, its last 80 characters;
    ``after`` (the sentence after it) tells whether it is the subject of a modal; ``violent``
    (the act's type is) whether a deal can provide for it; ``kind`` (the act's type) whether
    a campaign's aim told apart from its noun can name it (:data:`_CAMPAIGN_AIM`)."""
    clause = re.split(r"[,;:]\s", before)[-1][-80:]
    if _DENIED.search(clause):
        return "denied"
    if (
        (
            quick_search(_PLANNED, clause)
            or (kind in _GROUND and _CAMPAIGN_AIM.search(clause) is not None)
            or (not violent and _ABOUT_A_DEAL.search(clause))
            or _TOLD_AS_COMING.match(after)
        )
        and not _TOLD_DONE.match(after)
    ) or (_WOULD_BE.search(clause) or _SUBJECT_OF_A_MODAL.match(after)):
        return "planned"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"
