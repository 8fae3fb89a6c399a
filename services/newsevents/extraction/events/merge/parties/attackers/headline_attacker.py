"""The attacker the headline names: "Rebel Front kills five soldiers in border town" over a
body that tells "an attack by militants" or "gunmen ambushed a patrol" without naming them.

A headline names the author of its incident as the subject of a verb of attack ("X kills",
"X militants ambush", "X rebels capture"), with "by" ("soldiers killed by X") or as the
attack's owner ("in X attack"). When it names exactly one armed group so, the article's news
events of armed violence whose agent is unnamed (none, or a generic armed group: "militants",
"gunmen") take that group, unless their own sentences name the group otherwise (another
named group beside it, or the group as hit). A group the headline tells as hit ("Army kills 20 X
fighters") or as speaking ("X says ...") is no author; nor is it the author of an act told as
a separate incident, or of one whose sentences tell it denying it.
"""

from __future__ import annotations

import re

from .....actors.dictionary import named_actors
from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document, Span
from .....ontology import is_violent
from ....crowds import CROWD_TYPES
from ....draft import OCCURRED, EventDraft, actors_told
from ....story_cues import told_apart
from .denials import denies

# The group's own nouns for its fighters, after its name.
_FIGHTERS = r"militants?|fighters?|rebels?|insurgents?|gunmen|jihadists?"
# The group's own noun and a verb of attack after it: "X kills", "X militants attack",
# "X rebels capture", "X fighters storm".
_AUTHOR_VERB = re.compile(
    rf"^(?:'s?)?\s+(?:(?:{_FIGHTERS}|terrorists?|members?|militiamen|militias?|group)\s+)?"
    r"(?:kills?|attacks?|ambush(?:es)?|storms?|raids?|captures?|seizes?|overruns?|abducts?|"
    r"kidnaps?|bombs?|shells?|behead(?:s)?|massacres?|executes?|torch(?:es)?|burns?|"
    r"strikes?|launch(?:es)?|claims?)\b",
    re.IGNORECASE,
)
# A group told after a preposition of the target is hit, whatever follows it: "Strikes on X
# Targets", "raids against X positions".
_TARGET_BEFORE = re.compile(
    r"\b(?:on|against|at|targeting|into|over|from|with)\s+(?:suspected\s+)?$", re.IGNORECASE
)
# The attack's owner or agent before the group: "killed by X", "in X attack" (the attack
# noun follows the name), "X-claimed bombing".
_BY_BEFORE = re.compile(r"\b(?:by|claimed by)\s+(?:suspected\s+|alleged\s+)?$", re.IGNORECASE)
_ATTACK_AFTER = re.compile(
    rf"^(?:'s?)?\s+(?:(?:{_FIGHTERS})\s+)?"
    r"(?:attacks?|ambush(?:es)?|raids?|assault|bombings?|offensive)\b",
    re.IGNORECASE,
)


def headline_attacker(title: str) -> ActorMention | None:
    """The one armed group the headline names as the author of its incident, if any."""
    authors: dict[str, ActorMention] = {}
    groups: set[str] = set()
    for match, entry in named_actors(title):
        if entry.kind not in NON_STATE_ARMED_KINDS:
            continue
        groups.add(entry.name)
        start, end = match.span()
        after, before = title[end:], title[:start]
        if _TARGET_BEFORE.search(before):
            continue
        if _AUTHOR_VERB.match(after) or _ATTACK_AFTER.match(after) or _BY_BEFORE.search(before):
            authors[entry.name] = ActorMention(
                Span(start, end),
                match.group(),
                entry.name,
                entry.kind,
                entry.country_code,
                entry.affiliation,
            )
    if len(authors) != 1 or len(groups) != 1:
        return None
    return next(iter(authors.values()))


def name_headline_attackers(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each news event of armed violence told with no named agent takes the headline's author."""
    author = headline_attacker(doc.title) if doc.title else None
    if author is None:
        return drafts
    for draft in drafts:
        agent = draft.actor1
        unnamed = agent is None or (agent.generic and agent.kind in NON_STATE_ARMED_KINDS)
        if (
            unnamed
            and is_violent(draft.event_type)
            and draft.event_type not in CROWD_TYPES
            and draft.event_type != "airstrike"
            and draft.temporal_status == "current"
            and draft.modality in OCCURRED
            and not _names_others(doc, draft, author)
            and not told_apart(doc, draft)
            and not denies(doc, draft, author.name)
        ):
            draft.actor1 = author
    return drafts


def _names_others(doc: Document, draft: EventDraft, author: ActorMention) -> bool:
    """Whether the draft's own sentences name another non-state armed group (as agent, hit or
    aside), or it tells the author as hit: then the headline's author is not read into it."""
    if draft.actor2 is not None and draft.actor2.name == author.name:
        return True
    return any(
        not actor.generic and actor.kind in NON_STATE_ARMED_KINDS and actor.name != author.name
        for actor in actors_told(doc, draft)
    )
