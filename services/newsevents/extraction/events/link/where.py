"""Where an event happened: the places of its trigger's clause, most precise first.

Origins ("from Aleppo", but a crowd's when nothing else is named) and, for fire, firing posts
("troops located at X fired on ...") are not where it happened; a relative clause about someone
else ("who had trained in Lebanon") only when it alone names a town; a road named after towns
("on Peshawar road", "the Meru-Nairobi highway") only when nothing else is named; among equally
precise places, where it happened ("a protest in Okara") comes before whose it is ("residents
of Bahawalnagar") and where people want to go ("back to their villages in Odisha"). A sentence
with no place borrows those of the nearest earlier sentence of its paragraph.
"""

from __future__ import annotations

import re

from ...document import (
    LOCAL_PRECISIONS,
    Document,
    PlaceMention,
    Sentence,
    SourceMention,
    Span,
    Trigger,
)
from ...ontology import is_violent
from ..crowds import CROWD_TYPES
from ..geography.directed_provinces import province_by_direction
from ..geography.precision import most_precise_first
from ..geography.struck_names.struck_clauses import lists_struck_names
from .clauses import clause_of, heads_the_sentence
from .place_roles import (
    before_strikes,
    country_as_modifier,
    held_there,
    in_the_aim,
    in_the_grievance,
    is_destination,
    is_elsewhere,
    is_firing_post,
    is_locative,
    is_origin,
    is_tellers_place,
    names_a_war,
    stands_for_a_government,
    told_where,
    without_routes,
)
from .reference_points import without_reference_points


def event_places(doc: Document, sentence: Sentence, trigger: Trigger) -> list[PlaceMention]:
    """The places of the trigger's clause, most precise first; origins ("from X") excluded."""
    source = doc.sources.get(sentence.index)
    told = [
        p
        for p in doc.in_sentence(doc.places, sentence)
        if not _describes_source(p, source) and not stands_for_a_government(doc.text, p)
    ]
    told = _list_mentions_first(doc.text, told)
    clause = clause_of(doc, sentence, trigger.span)
    if clause is not None:
        # a roundup's clause of its own act (", while in Idlib warplanes hit Saraqeb") is
        # where that act was, not the other clause's places (:mod:`.clauses`)
        # (a clause that names no known place keeps the sentence's: nothing says where else)
        own = [p for p in told if clause.contains(p.span)]
        if not own and lists_struck_names(doc.text, clause):
            # ("..., while helicopters dropped barrel bombs on A, B and C": villages the
            # gazetteer lacks are the clause's places, read after merging; the other clause's
            # towns are not, only the province they share: forty-eighth round, list68)
            told = [p for p in told if p.precision not in LOCAL_PRECISIONS]
        else:
            told = own or told
    # a country before strikes names whose they are ("US airstrikes in northern Syria"), or,
    # when the sentence names no other place, where they fell ("Fresh Syria airstrikes killed
    # 20 civilians": review)
    named = [p for p in told if not country_as_modifier(doc.text, p)] or [
        p for p in told if before_strikes(doc.text, p)
    ]
    places = [p for p in named if not is_origin(doc.text, p)]
    # "since the Gaza war began", "which triggered the war in the Gaza Strip": where a war is
    # fought names the war, not where this act happened, unless nothing else is named.
    places = [p for p in places if not names_a_war(doc.text, p)] or places
    if is_violent(trigger.event_type):
        # Where the wounded were taken is no place of the attack; a relocation's destination is.
        places = [p for p in places if not is_destination(doc.text, p)]
    # "..., a government official in Marib told Xinhua": where the teller is, not the event.
    places = [p for p in places if not is_tellers_place(doc.text, p)] or places
    if trigger.event_type in CROWD_TYPES and not _specific(places):
        # "Youths and women of Anantnag rallied over the detentions": a crowd from a town
        # that no other town sends elsewhere protests at home.
        places = named
    if trigger.event_type in CROWD_TYPES:
        # A demonstration's aim abroad is not where it is held: "staged a protest rally in
        # Dhaka, condemning Israel's aggression on Gaza and expressing solidarity with
        # Palestine" (twenty-third round). An aim in the country of the demonstration's own
        # place may be where it is: "protested against Modi in Jalandhar".
        # The place of the act a demonstration answers, told after it, is no place of the
        # demonstration when it is held somewhere else, in any country: "Lawyers struck in
        # Agra to protest the shooting of a lawyer in Allahabad" (forty-first round).
        answered = [p for p in places if in_the_grievance(doc.text, p, trigger)]
        held = [p for p in places if not in_the_aim(doc.text, p, trigger) and p not in answered]
        if any(p.precision != "country" and held_there(doc.text, p) for p in held):
            places = [p for p in places if p not in answered]
        at_home = {p.country_code for p in held}
        # (with nothing else held, a country in the aim is what is protested, no place of the
        # demonstration: "a march against the US", thirty-ninth round, crowds59; the note's own
        # words or its feed's country place it, actors/country/article.py)
        places = (
            [p for p in places if p in held or p.country_code in at_home]
            if held
            else [p for p in places if p.precision != "country"]
        )
    # A relative clause about someone else ("who has trained in Lebanon") is not where the rest
    # happened, unless it alone says where: "police charged mill workers, who had stopped
    # trains at Kosamba (Valsad, Gujarat)".
    main = [p for p in places if not _in_other_relative_clause(doc, sentence, p, trigger)]
    if _specific(main) or not _specific(places):
        places = main
    # "Troops located at X fired on positions near Y": the act lands at Y.
    # (only fire has firing posts: :func:`.place_roles.is_firing_post`)
    aimed = [p for p in places if not is_firing_post(doc.text, p, trigger)]
    places = aimed or places
    # A road named after the towns it joins ("blocked the Meru-Nairobi highway", "on the
    # Dhaka-Sylhet highway") names no place of the act when the sentence names another, however
    # coarse: "traders of Tharaka-Nithi County closed the Meru-Nairobi highway" happened in
    # Tharaka-Nithi, "a bus set alight on the Dhaka-Sylhet highway near Narsingdi" at Narsingdi.
    places = without_routes(doc.text, places)
    # "suburbs of eastern Ghouta near Damascus": the place another lies near is no act's place.
    places = without_reference_points(doc.text, places, lambda p: is_locative(doc.text, p))
    # Among equally precise places: where it happened ("a protest in Okara") before whose it
    # is ("residents of Bahawalnagar"), and both before where people want to go ("to travel
    # back to their villages in Odisha").
    # A roundup's heading of its province ("In Hama, regime forces shelled Kafr Zita") comes
    # after the town the act hit, however the gazetteer ranks the province's capital.
    told_places = list(places)  # (a list being sorted reads as empty)
    places.sort(
        key=lambda p: (
            is_elsewhere(doc.text, p),
            heads_the_sentence(doc.text, sentence, p, told_places),
            not told_where(doc.text, p),
        )
    )
    return most_precise_first(_consistent_with_regions(places, doc.text))


# A name told inside a list of names: a comma or "and" before it and another capitalised name
# before that, or a comma or "and" after it and another name after that.
_IN_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*\s*(?:,|,?\s+and)\s+$")
_IN_LIST_AFTER = re.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:al|el|Al|El)-)?[A-Z]")


# The town told again with its dead: "..., killing a woman in Hish", "two were killed in Hish".
_WITH_ITS_DEAD = re.compile(
    r"\b(?:killing|killed|died|dead|wounding|wounded|injuring|injured)\b[^.;]{0,50}?"
    r"\b(?:in|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$"
)


def _list_mentions_first(text: str, told: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places, a town named in a list of names and told again with its dead
    only where the list names it: "shelled the towns of A, Hish and B, killing a woman in Hish"
    is an act at the list's Hish, one of its places, not at a Hish of its own (forty-eighth
    round, list68)."""
    first: dict[str, PlaceMention] = {}
    for place in sorted(told, key=lambda p: p.span.start):
        first.setdefault(place.name, place)
    listed = {
        name
        for name, place in first.items()
        if _IN_LIST_BEFORE.search(text, max(0, place.span.start - 40), place.span.start)
        or _IN_LIST_AFTER.match(text, place.span.end)
    }
    return [
        p
        for p in told
        if p.name not in listed
        or first[p.name] is p
        or not _WITH_ITS_DEAD.search(text, max(0, p.span.start - 60), p.span.start)
    ]


def _specific(places: list[PlaceMention]) -> bool:
    return any(p.precision not in ("admin1", "country") for p in places)


def origin_places(doc: Document, sentence: Sentence, trigger: Trigger) -> list[PlaceMention]:
    """The origins of the sentence ("fighters from the city of Zawiyah attacked army posts"),
    when nothing else tells where: the act is then most likely near where they come from; not
    a relative clause about someone ("Governor X, who is from Maradun, ordered ...")."""
    source = doc.sources.get(sentence.index)
    places = [
        p
        for p in doc.in_sentence(doc.places, sentence)
        if is_origin(doc.text, p)
        and not _describes_source(p, source)
        and not _in_other_relative_clause(doc, sentence, p, trigger)
    ]
    return most_precise_first(_consistent_with_regions(places))


def earlier_places(doc: Document, sentence: Sentence) -> list[PlaceMention]:
    """The places of the nearest earlier sentence of the paragraph that names any (at most
    three back): "In X, police raided a house. A shoot-out broke out." happened in X."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        earlier = doc.sentences[back]
        if earlier.paragraph != sentence.paragraph or earlier.heading:
            break
        places = [p for p in doc.in_sentence(doc.places, earlier) if not is_origin(doc.text, p)]
        if places:
            return most_precise_first(_consistent_with_regions(places))
    return []


def _consistent_with_regions(places: list[PlaceMention], text: str = "") -> list[PlaceMention]:
    """Drop places of another country than the provinces the sentence names ("Kanpura village
    (Dhar, Madhya Pradesh)" is not a Kanpura of another country). A province told by its bare
    name after a direction names it too ("Qaryatayn in eastern Homs and six outside
    Salamiyah in eastern Hama province": :mod:`..geography.directed_provinces`)."""
    regions = {p.country_code for p in places if _names_a_province(p, text)}
    if not regions:
        return places
    kept = [p for p in places if p.country_code in regions or p.precision == "country"]
    places = kept or places
    # Within the country too: "Kosamba (Valsad, Gujarat)" is not a Kosamba of another state,
    # nor, "in the eastern countryside of Homs province", al-Buseiri one of Deir ez-Zor.
    provinces = {(p.country_code, p.province) for p in places if _names_a_province(p, text)}
    inside = [
        p
        for p in places
        if p.precision in ("admin1", "country") or (p.country_code, p.province) in provinces
    ]
    return inside if _specific([p for p in inside if not _names_a_province(p, text)]) else places


def _names_a_province(place: PlaceMention, text: str = "") -> bool:
    """A province, or its countryside ("the western countryside of Hama province"), or its
    bare name after a direction ("in eastern Homs")."""
    return (
        place.precision == "admin1"
        or place.feature == "admin1"
        or (bool(text) and province_by_direction(text, place))
    )


def _describes_source(place: PlaceMention, source: SourceMention | None) -> bool:
    """ "Deir Ezzor media activist Ammar Saleh": where the source is from, not the event."""
    if source is None or not source.description or place.text not in source.description:
        return False
    return abs(place.span.start - source.span.start) < 80


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|where)\b(?:[^,(]|\([^)]*\))*,?")


def _in_other_relative_clause(
    doc: Document, sentence: Sentence, place: PlaceMention, trigger: Trigger
) -> bool:
    """ ", who has received training from Hizbullah in Lebanon," is not where the rest happened;
    a clause about the act itself tells where it happened ("in the fighting, which was going on
    near the town of Zuwara"), not what it is said of ("a strike, which they attribute to
    Turkey")."""
    for clause in _RELATIVE_CLAUSE.finditer(sentence.text):
        span = Span(sentence.span.start + clause.start(), sentence.span.start + clause.end())
        if span.contains(place.span) and not span.contains(trigger.span):
            return not (_about_the_act(doc.text, trigger, span) and is_locative(doc.text, place))
    return False


def _about_the_act(text: str, trigger: Trigger, clause: Span) -> bool:
    """Whether the relative clause opens right after the act's own word ("the clashes, which
    were happening around X"): it tells the act. After any other word ("killed Ahmed, who had
    fled X") it is about someone or something else."""
    return trigger.span.end <= clause.start and not text[trigger.span.end : clause.start].strip()
