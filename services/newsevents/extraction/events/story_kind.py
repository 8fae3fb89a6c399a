"""Whether an article reports political violence, unrest or a security event at all.

One decision per article, read from the whole of it as a reader would, before any of its events
is published. The extractor was built for conflict reporting, where nearly every sentence with
a violence word tells violence; fed ordinary news it reads the sports desk's "the striker shot",
the business desk's "shares plunged after an attack on the budget", the court reporter's
"charged with assault" and the critic's "bombed at the box office" as events. Gates on each
wording fit the wordings they were written from; what tells those stories apart is the kind of
story they are, which every sentence shows.

The reading (:func:`reports_violence`) counts, over the headline and the body:
- the sentences of conflict: those that hold a word of armed conflict, unrest or security that
  keeps its sense on any desk (troops, militants, gunmen, air strikes, shelling, bombings,
  protesters, riots, tear gas, hostages, a ceasefire), or a harm word other desks use in their
  own senses (killed, injured, clashed, attacked, beaten, stones, a mob, a blockade, marched)
  in a sentence that names nothing of those desks. Words a match report, a market report or
  a review mostly use in another sense ("shot", "fired", "strike", "battle", "bombed",
  "rocket", "war") never count;
- the sentences of each other kind of story, by its broad vocabulary: a match report or a
  transfer, company results and markets, a trial, the crime desk, the weather, the roads or a
  disaster, a film, book or record, an obituary, legislation and elections, schools and
  health, technology. A sentence of conflict counts for no kind.

A story (five sentences or more) is read as "about something else" when it has no sentence of
conflict, or when its most frequent other kind fills three sentences or more and at least twice
as many as its sentences of conflict. A brief (fewer than five sentences: a wire flash, an
ACLED note) is about its incident whatever else it names, and is read as before.

An article read as "about something else" publishes only the events that stand on their own
(:func:`strong_alone`): a named armed group or militia, or a state's named forces other than
the police, told as a side of the act; a killing by armed men of any kind (the police included:
"officers fatally shot a man"); a protest, riot or crowd violence told with its crowd
("hundreds of protesters", "teachers marched").
"""

from __future__ import annotations

import re

from ..document import ARMED_KINDS, NON_STATE_ARMED_KINDS, ActorMention, Document
from ..prefilter import quick_search
from .crowds import CROWD_TYPES
from .draft import EventDraft, deaths_told

# Armed conflict, unrest and security: the words that keep that sense on any desk of a paper.
_VIOLENCE = re.compile(
    r"\b(?:troops?|soldiers?|servicem[ae]n|army|armies|militar(?:y|ies)|militants?|militias?|"
    r"militiam[ae]n|insurgen(?:ts?|cy)|rebels?|jihadis(?:ts?|m)?|terroris(?:ts?|m)|gunm[ae]n|"
    r"armed (?:men|group|groups|forces|attackers|assailants)|security forces|paramilitar\w*|"
    r"air ?strikes?|air ?raids?|drone strikes?|shell(?:ing|ed)(?! out)|bombard\w*|mortars?|"
    r"artillery|"
    r"missiles?|rocket (?:attacks?|fire)|bomb(?:s|ings?|ers?)?|car bomb|suicide (?:bomb|attack)\w*|"
    r"explosi(?:ons?|ves?)|blasts?|IEDs?|landmines?|grenades?|gunfire|gunshots?|gun ?battles?|"
    r"firefights?|clashes|ambush(?:ed|es)?|massacres?|casualties|death toll|"
    r"protest(?:s|ers?|ors?|ed|ing)?|demonstrat(?:ors?|ions?)|riot(?:s|ers?|ing)?|tear ?gas|"
    r"rubber bullets|water cannons?|curfew|unrest|sit-ins?|marchers|looting|looters|arson|"
    r"hunger strikes?|torched|crackdown|kidnap\w*|abduct\w*|hostages?|hijack\w*|cease-?fire|"
    r"truce|insurrection|uprising|displaced|warplanes?|fighter jets?|checkpoints?|"
    r"weapons|firearms?|gunpoint|opened fire|shot dead|(?:fatally|were|was) shot|stabbed|"
    r"military coup|coup attempt)\b",
    re.IGNORECASE,
)

# The sides and weapons of armed conflict and unrest, which no desk uses in another sense: named
# in the headline or the lead, they make the story one of conflict whatever its frame ("Shares
# fell after rebels bombed a pipeline", "Militants attacked a stadium during a match"). Not the
# crime desk's acts ("was shot", "stabbed") nor the critic's "blast", nor "an army of
# volunteers" or "shelling out" for tickets.
_CONFLICT_LEAD = re.compile(
    r"\b(?:troops|soldiers?|army(?! of)|military|militants?|militias?|militiam[ae]n|insurgents?|"
    r"rebels?|jihadis(?:ts?)?|terrorists?|gunm[ae]n|armed (?:men|groups?)|security forces|"
    r"paramilitar\w*|air ?strikes?|drone strikes?|shelling(?! out)|missiles?|mortars?|artillery|"
    r"car bomb|suicide bomb\w*|massacred?|protesters|protestors|demonstrators|rioters|riots|"
    r"tear ?gas|hostages|warplanes)\b",
    re.IGNORECASE,
)

# Harm, fights and the street: words of violence and unrest that other desks use in their own
# senses ("the striker shot", "an attack on the budget", "charged with assault", "killed in a
# crash"). They count where the sentence names nothing of a desk that uses them so
# (:data:`_OTHER_SENSES`).
_HARM = re.compile(
    r"\b(?:kill(?:ed|ing|ings)?|injur(?:ed|ies|y)|wounded|clash(?:ed)?|attack(?:ed|ers?|s)?|"
    r"assault(?:ed|s)?|beat(?:en|ing)?|fighting|fought|vandali[sz]\w*|stones|pelted|mobs?|"
    r"lynch\w*|bullets?|blockade|hartal|bandh|shutdown|rall(?:y|ies)|march(?:ed)?|picket\w*|"
    r"dispers\w*|batons?|lathi\w*|set (?:on )?fire|burn(?:ed|t)|found dead|bodies)\b",
    re.IGNORECASE,
)

# The broad vocabulary of the other kinds of story a general paper prints, one pattern a kind.
_OTHER_KINDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    for kind, words in {
        "sport": (
            r"match(?:es)?|games?|season|league|cup|championships?|tournament|striker|"
            r"goals?|goalkeeper|scored|scorer|coach|manager|squad|teams?|team-?mates?|players?|"
            r"fans|stadium|kick-?off|half-?time|innings|wickets?|quarterback|touchdowns?|"
            r"NBA|NFL|NHL|FIFA|UEFA|Premier League|Olympics?|medals?|lap|podium|Grand Prix|"
            r"defender|midfielder|transfer|club|playoffs?|semi-?finals?|quarter-?finals?|"
            r"title|race|racing|drivers?|rugby|football|soccer|tennis|cricket|golf|boxing|"
            r"basketball|baseball|hockey|athletes?|sprint\w*|referee|penalty|fixture"
        ),
        "business": (
            r"shares?|stocks?|investors?|markets?|earnings|revenues?|profits?|quarterly|"
            r"fiscal|per ?cent|percent|compan(?:y|ies)|firms?|CEO|chief executive|billion|"
            r"acquisition|merger|sales|prices?|inflation|econom(?:y|ic|ists?)|Nasdaq|Dow|"
            r"dividends?|banks?|interest rates?|customers|retail\w*|brands?|products?|"
            r"start-?ups?|IPO|analysts?|tariffs?|exports?|imports?|consumers?|industry|"
            r"investment|shareholders?|trading|traders|oil prices|jobs|employees|factory"
        ),
        "courts": (
            r"court|judge|jury|jurors|trial|sentenced|sentencing|pleaded|plea|guilty|"
            r"convicted|conviction|prosecut\w*|defendants?|attorneys?|lawyers?|lawsuits?|sued|"
            r"testi(?:fied|mony)|appeal|verdict|bail|prison|jail(?:ed)?|acquitted|magistrates?|"
            r"indict\w*|hearing"
        ),
        "crime": (
            r"burglar\w*|theft|thie(?:f|ves)|stolen|stole|robber(?:y|ies)|fraud|drugs?|"
            r"suspect(?:s|ed)?|detectives?|murder\w*|homicides?|charged with|investigators?|crime|"
            r"criminal|custody|victims?|shootings?|no arrests?"
        ),
        "weather": (
            r"weather|storms?|rain(?:fall)?|(?<!set )(?<!on )fires?|snow\w*|winds?|"
            r"temperatures?|forecast\w*|floods?|flooding|hurricanes?|tornado(?:es)?|"
            r"earthquakes?|wildfires?|firefighters|"
            r"fire crews|blaze|traffic|motorway|highway|crash(?:ed|es)?|collision|motorists?|"
            r"accident|landslides?|drought|heatwave"
        ),
        "culture": (
            r"films?|movies?|box office|albums?|songs?|singers?|actors?|actress(?:es)?|"
            r"directors?|novels?|books?|authors?|reviews?|series|episodes?|starr(?:ed|ing)|"
            r"festival|concerts?|theat(?:re|er)|music|bands?|Netflix|Hollywood|premiere|"
            r"audiences?|stage|art|artists?|gallery|museum|exhibition|fashion|celebrit\w*"
        ),
        "obituary": (
            r"died (?:aged|at the age)|survived by|funeral|passed away|obituary|his career|"
            r"her career|is survived|was born|late husband|late wife|memorial service"
        ),
        "politics": (
            r"bill|legislation|lawmakers|legislat\w*|senate|senators?|congress\w*|parliament\w*|"
            r"MPs?|votes?|voted|voters|elections?|campaign\w*|candidates?|polls?|budget|"
            r"tax(?:es)?|polic(?:y|ies)|minister|committee|spending|governor|mayor|council|"
            r"Democrats?|Republicans?|referendum"
        ),
        "society": (
            r"schools?|students?|teachers?|universit(?:y|ies)|pupils|patients|doctors?|nurses|"
            r"disease|cancer|study|research(?:ers)?|scientists?|climate|environment\w*|housing|"
            r"church|families|children|health"
        ),
        "technology": (
            r"software|computers?|smartphones?|phones?|technology|internet|online|users|apps?|"
            r"hack(?:ers?|ed|ing)|ransomware|cyber\w*|data|websites?|networks?|laptops?|"
            r"devices?|digital"
        ),
    }.items()
}

# The kinds of story whose own senses of the harm words a sentence of theirs takes them in.
_OTHER_SENSES = (
    "sport",
    "business",
    "courts",
    "crime",
    "weather",
    "culture",
    "obituary",
    "technology",
)

# At fewer sentences of another kind than this, an article is read as before whatever it names.
_OTHER_KIND_FLOOR = 3
# A story of this many sentences or more that names no act or side of a conflict is about
# something else; a shorter note is read by its kinds (a brief of a killing names no other).
_NO_BRIEF = 5

# A crowd told with a protest: "hundreds of", "a crowd", "protesters", "marched", or the people
# of a trade or a place in the plural ("teachers and students protested", "villagers blocked").
_CROWD = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|crowds?|protesters|protestors|demonstrators|"
    r"marchers|rioters|mob|marched|gathered|students|teachers|workers|residents|villagers|"
    r"traders|farmers|supporters|activists|doctors|nurses|employees|drivers|lawyers|women|"
    r"youths|locals|miners|parents)\b",
    re.IGNORECASE,
)


def reports_violence(doc: Document) -> bool:
    """Whether the article, read whole (its headline and every sentence), reports political
    violence, unrest or a security event: see the module's docstring."""
    texts = [doc.title, *(s.text for s in doc.sentences)]
    if len(doc.sentences) < _NO_BRIEF:
        return True
    calm = [text for text in texts if not _violent(text)]
    violent = len(texts) - len(calm)
    if not violent:
        return False
    if violent * 2 > len(calm):  # no kind can fill more sentences than the calm ones
        return True
    if any(_CONFLICT_LEAD.search(text) for text in texts[:2]):
        return True  # the headline or the lead names a side or a weapon of a conflict
    other = max(
        sum(1 for text in calm if pattern.search(text)) for pattern in _OTHER_KINDS.values()
    )
    return other < _OTHER_KIND_FLOOR or violent * 2 > other


def _violent(sentence: str) -> bool:
    """A sentence of violence, unrest or security: a word of them that keeps its sense on any
    desk, or a harm word in a sentence of no desk that uses it in another sense."""
    if quick_search(_VIOLENCE, sentence):  # (most sentences hold none of its words)
        return True
    return quick_search(_HARM, sentence) is not None and not any(
        quick_search(_OTHER_KINDS[kind], sentence) for kind in _OTHER_SENSES
    )


def strong_alone(doc: Document, draft: EventDraft) -> bool:
    """Whether the event stands on its own in an article about something else: a named armed
    side, a killing by armed men, or a protest told with its crowd."""
    if any(_named_armed(actor) for actor in (draft.actor1, draft.actor2) if actor is not None):
        return True
    agent = draft.actor1
    if agent is not None and agent.kind in ARMED_KINDS and deaths_told(draft):
        return True
    if draft.event_type in CROWD_TYPES:
        if agent is not None and agent.kind in ("protesters", "rioters"):
            return True
        return any(_CROWD.search(doc.sentences[i].text) for i in draft.sentences)
    return False


def _named_armed(actor: ActorMention) -> bool:
    """A named armed group or militia, or a state's named forces other than the police."""
    if actor.generic or actor.pronoun or actor.kind not in ARMED_KINDS:
        return False
    return actor.kind in NON_STATE_ARMED_KINDS or "police" not in actor.name.lower()
