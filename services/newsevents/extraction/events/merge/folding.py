"""Folding one draft into another, as the merging passes share it: the loop that walks the
drafts in order and folds each into the nearest earlier kept event a predicate accepts, else
keeps it (:func:`fold_into_earlier`); and what the kept event takes from the one it folds in
(:func:`absorb`: the most specific type and every field; :func:`take_fields`: the fields
besides the type, each actor as the pass chooses)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...document import ARMED_KINDS, ActorMention, PlaceMention
from ...ontology import EventTypeName, is_violent
from ..draft import PAIRWISE_WINDOW, EventDraft, better_date, other_side, tells_a_toll
from ..generic_violence import counted_people, is_generic, means_unsaid
from ..geography.precision import most_precise_first
from ..geography.spellings import one_spelling

# Whether a later draft (second) tells the same incident as an earlier kept event (first).
Accepts = Callable[[EventDraft, EventDraft], bool]
# How a kept event (first) takes in a later draft (second) that tells it again.
Fold = Callable[[EventDraft, EventDraft], None]


def fold_into_earlier(
    drafts: Iterable[EventDraft], accepts: Accepts, fold: Fold
) -> list[EventDraft]:
    """Each draft, in the order given, folded (``fold(target, draft)``) into the nearest earlier
    kept event among the last PAIRWISE_WINDOW that ``accepts(target, draft)``, else kept; the
    kept events in that order."""
    kept: list[EventDraft] = []
    for draft in drafts:
        recent = reversed(kept[-PAIRWISE_WINDOW:])
        target = next((k for k in recent if accepts(k, draft)), None)
        if target is None:
            kept.append(draft)
        else:
            fold(target, draft)
    return kept


# A type and the more specific type it can turn out to be: "a blast" that "a suicide bomber"
# set off is one suicide bombing.
_REFINED: dict[EventTypeName, EventTypeName] = {"explosive_attack": "suicide_bombing"}


def refines(specific: EventDraft, general: EventDraft) -> bool:
    return _REFINED.get(general.event_type) == specific.event_type


def absorb(target: EventDraft, draft: EventDraft) -> None:
    """``draft`` retells ``target``: the best-supported of each field, every sentence."""
    # A violent act names the occurrence; the destruction it caused never does.
    specific = not is_generic(draft) and is_violent(draft.event_type)
    # A violent act over what is no violence ("destroying homes"): the attack names the event.
    violence = is_violent(draft.event_type) and not is_violent(target.event_type)
    # "bombardment" (read as shelling) retold as "raids by aircraft": the means told names it.
    means = means_unsaid(target, draft) and draft.event_type != target.event_type
    if (is_generic(target) and specific) or refines(draft, target) or violence or means:
        target.named_as(draft)
    elif toll_before_the_fight(target, draft):
        target.event_type = draft.event_type
    take_fields(target, draft)


def toll_before_the_fight(target: EventDraft, draft: EventDraft) -> bool:
    """ "Nine Killed as Nusra Attacks US-Backed Fighters", then "opened an offensive on the
    headquarters ... clashes broke out": a toll told first says nothing of who fought whom, the
    fight told later does (the toll's own words named an attack on civilians only because
    they name no armed side; twenty-fourth round). Not a toll that names civilians hit:
    "soldiers killed 12 villagers ... in revenge for an attack on a soldier"; nor a generic
    word with no armed side hit: "2 killed by bandits during an overnight raid"."""
    hit = target.actor2
    return (
        target.event_type == "attack_on_civilians"
        and draft.event_type == "armed_clash"
        and tells_a_toll(target.trigger)
        # not "killed 12 villagers": a side told ("eight people" tell none)
        and (hit is None or hit.kind in ARMED_KINDS or counted_people(hit))
        and (not is_generic(draft) or _armed(draft.actor2))  # not a bandits' "raid"
    )


def _armed(actor: ActorMention | None) -> bool:
    return actor is not None and actor.kind in ARMED_KINDS


# Which of two actors an event keeps when it takes another telling's fields.
ActorChoice = Callable[[ActorMention | None, ActorMention | None], ActorMention | None]


def keep_own(kept: ActorMention | None, _told: ActorMention | None) -> ActorMention | None:
    """The kept event's own actor: the other telling changes neither side."""
    return kept


def take_fields(
    target: EventDraft,
    draft: EventDraft,
    *,
    places: list[PlaceMention] | None = None,
    actors: ActorChoice | None = None,
) -> None:
    """``target`` takes what ``draft`` tells of it besides its type: every sentence and toll,
    the places it lacks (of ``places`` when given, else of ``draft``; most precise first; a
    place spelled two ways once, :func:`..geography.spellings.one_spelling`), the
    better date, each actor as ``actors`` chooses (:func:`_better` by default; :func:`keep_own`
    keeps the target's own), and a source when it had none or only a group's."""
    target.add_sentences(draft)
    target.add_quantities(draft)
    more = draft.places if places is None else places
    told = target.places + [p for p in more if p not in target.places]
    target.places = most_precise_first(one_spelling(told))
    target.date = better_date(target.date, draft.date)
    choose = actors or _better
    actor1 = choose(target.actor1, draft.actor1)
    # The side the event tells hit does not become its agent from another telling: "Gunmen
    # opened fire on an army checkpoint ... the soldiers shot back" keeps the gunmen.
    hit = target.actor2
    if actor1 is target.actor1 or hit is None or actor1 is None or actor1.name != hit.name:
        target.actor1 = actor1
    hit = actors(target.actor2, draft.actor2) if actors else _better_hit(target.actor2, draft)
    target.actor1, target.actor2 = other_side(target.actor1, target.actor2, hit, draft)
    if target.source is None or target.source.kind == "group":
        target.source = draft.source or target.source


def _better_hit(kept: ActorMention | None, draft: EventDraft) -> ActorMention | None:
    """The side hit: the civilians our own telling counts as hit ("an airstrike on the
    village killed 10 people", "a missile hit a residential area") stay over a side another
    telling names (the army whose base a later sentence tells struck, the group the
    background names): a named side is no better a victim than the people told killed. But
    a telling that counts that side's own dead ("warplanes killed 12 Hayat Tahrir al-Sham
    fighters in the raid") says who the dead were: the people were its fighters (review56).
    Otherwise as :func:`_better`."""
    new = draft.actor2
    civilians_kept = kept is not None and kept.kind == "civilians"
    if civilians_kept and new is not None and not (_armed(new) and _counted_dead(draft, new)):
        return kept
    return _better(kept, new)


def _counted_dead(draft: EventDraft, actor: ActorMention) -> bool:
    """Whether a toll of ``draft`` counts ``actor``: the actor inside its words ("12 Hamas
    fighters were killed") or right after them ("killed 12 Hamas fighters")."""
    return any(
        q.unit == "fatalities"
        and q.span.start <= actor.span.start
        and (actor.span.end <= q.span.end or actor.span.start - q.span.end <= 1)
        for q in draft.quantities
    )


def _better(kept: ActorMention | None, new: ActorMention | None) -> ActorMention | None:
    """A named actor over a generic one ("US forces" over "gunmen"), else the first told. A
    generic actor backed by the named one stays: "IRGC-aligned militias" acted, with the IRGC
    as their patron, where a summary says "the IRGC and its militias"."""
    if kept is None or (
        kept.generic and new is not None and not new.generic and new.name != kept.affiliation
    ):
        return new or kept
    return kept
