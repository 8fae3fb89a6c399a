"""Whether two tellings in two sentences are two acts: the one test every folding pass asks
(twenty-eighth round, fold48; thirtieth round, fold50).

The folding passes (``merge_repeats``, ``fold_elaborations``, ``merge_occurrences``,
``fold_into_lead`` and, for what an attack did, ``fold_consequences``) each had their own cues
of another act, and a later act one pass kept apart was folded by the next. All of them ask
:func:`told_as_two`. A reader keeps a later sentence's act apart from the one told before it
when the sentence opens on another act ("Elsewhere, ...", "In a separate attack, ...",
"Meanwhile in X, ..."), whatever the two share, unless it gives the earlier's toll again (a
retelling). The cue is the sentence's opening, not a word before the trigger: "In another
incident, two men were shot dead" is linked on "shot dead", and the words before it ("another
incident") are not the trigger's own. A later act told as new ("also", "later", "meanwhile",
a frame) at a place of its own that the earlier does not hold
(:func:`...story_cues.told_new_elsewhere`) is another act too: "Later ... militants targeted
the X neighbourhood" after a shelling of a village. And so is one whose place or sides are not
the earlier's, told as no retelling (:func:`.act_identity.another_act`: "A barrel bomb killed
four people in Maarat al-Numan" after air strikes on Saraqib).

Measured and left out (docs/rounds/28.md, fold48): a toll of its own at a locality the earlier
telling does not name, for other victims, or at another target. Each kept about one occurrence
apart on the rule parts for five to seven duplicates more: the gold codes a city-level
telling and its neighbourhood's toll as one act more often than as two (fold50 keeps a quarter
of the earlier's town as its place told finer).
"""

from __future__ import annotations

from .....document import Document
from ....draft import EventDraft
from ....link.clauses import in_other_listed_act
from ....story_cues import OPENS_APART, told_new_elsewhere
from ..aboutness import about, shared_about
from .act_identity import another_act
from .clause_places import clauses_at_two_places
from .summary_lead import sums_up


def told_as_two(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether ``later``'s sentence opens on another act than ``earlier`` ("Elsewhere",
    "In a separate attack", "Meanwhile in X") and does not give the earlier's toll again, or
    tells its act as new at a place of its own (:func:`told_new_elsewhere`), or at another
    place or by the side the earlier hit (:func:`.act_identity.another_act`)."""
    index = later.sentences[0]
    if in_other_listed_act(doc, earlier.trigger, later.trigger.span):
        return True  # a roundup's clause of its own act (:mod:`...link.clauses`)
    if clauses_at_two_places(doc, earlier, later):
        return True  # "struck Saraqib; in nearby Binnish, strikes killed two" (.clause_places)
    if index in earlier.sentences:
        return False
    if sums_up(doc, earlier, later):
        return True  # one of the acts a lead's total over days or a province is made of
    if not OPENS_APART.match(doc.sentences[index].text):
        return told_new_elsewhere(doc, earlier, later) or another_act(doc, earlier, later)
    return not shared_about(about(doc, earlier), about(doc, later)).toll
