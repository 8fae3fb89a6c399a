"""A group that denies an act is not its author: "The Taliban denied involvement in the
Helmand blast", "Al Shabaab denied carrying out the attack", "the group rejected
responsibility" (forty-second round). Read by the passes that name an act's agent from outside
its own words (the headline's author, the article's one claimant).
"""

from __future__ import annotations

import re

from .....document import Document
from ....draft import EventDraft, actors_told

_DENIES = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:denied|denies|deny|rejected|rejects)\s+"
    r"(?:any\s+)?(?:involvement|responsibility|role|links?|carrying\s+out|being\s+behind|"
    r"(?:that\s+)?(?:it|they)\s+(?:was|were|had))",
    re.IGNORECASE,
)


def denies(doc: Document, draft: EventDraft, name: str) -> bool:
    """Whether the draft's sentences tell the actor ``name`` denying an act."""
    return any(
        actor.name == name and _DENIES.match(doc.text, actor.span.end) is not None
        for actor in actors_told(doc, draft)
    )
