"""The event stages, in the order they run over one article's document.

1. ``detect``: trigger words and the rules that keep or refine them (the ``triggers``
   component of the pipeline, :mod:`.detect.words.triggers`), run with the other components;
2. ``link``: one draft per sentence and event type, with its actors, places, date and
   temporal status (:mod:`.link.linking`);
3. ``merge``: the merging passes fold the drafts of one occurrence into one event, news and
   background apart (:mod:`.merge.merging`: ``MERGING_PASSES``, in order);
4. ``background``: merged news that turns out to be context (:mod:`.background`): the story's
   closing paragraph, a paragraph that turns back to earlier days, an act retold on an earlier
   day in a text of one block, an incident only referred to, an act named for its effect or a
   judgement of it, the news named again in its frame,
   a recalled incident told on.

A stage imports only the stages before it and the shared modules beside this one (``draft``,
``crowds``, ``geography``, ``story_cues``, ``generic_violence``), which import no stage;
tests/unit/extraction/events/test_layers.py checks it.

Outside events/ only these modules and this one are read: the output stage's readings of who
was hit (``is_hit``), of a member off duty (``is_off_duty``) and of an actor told as of unknown
identity (``told_unidentified``), and of the crime by which the one a crowd punishes is named
(``crime_of_the_punished``, ``tells_a_crowd_punishing``), and of a bulletin's foe
(``may_be_foe``, ``state_ally``) are re-exported here.
"""

from __future__ import annotations

from ..document import Document
from .background.closing import close_the_story
from .background.continued import tell_on_recalled
from .background.framed import frame_the_news
from .background.recalled import recall_earlier_days
from .background.referred import refer_to_known_incidents
from .background.remarked import remark_on_known_acts
from .background.retold_days import retell_earlier_days
from .background.struck_before import recall_the_quarter_struck_before
from .detect.refusals.punished import crime_of_the_punished, tells_a_crowd_punishing
from .detect.sides.parties import is_off_duty
from .draft import EventDraft
from .link.linking import link_drafts
from .link.sides.hit import is_hit
from .link.sides.telling import told_unidentified
from .link.temporal.status import EARLIER_INCIDENT, background_reason
from .link.when import date_the_undated
from .merge.merging import merge_drafts
from .merge.parties.attackers.interceptors import name_interceptors
from .merge.parties.targets.blast_victims import forces_among_blast_victims
from .merge.parties.targets.bulletin_foe import may_be_foe, state_ally
from .merge.places.bodies import place_at_bodies
from .merge.places.capital import place_around_capitals
from .merge.places.inside_country import place_inside_country, place_the_unplaced
from .merge.places.localities.placing.borrowed_places import place_borrowed_at_localities
from .merge.places.retold_site import place_at_retold_site

__all__ = [
    "crime_of_the_punished",
    "draft_events",
    "is_hit",
    "is_off_duty",
    "may_be_foe",
    "state_ally",
    "tells_a_crowd_punishing",
    "told_unidentified",
]


def draft_events(doc: Document) -> list[EventDraft]:
    """The article's events as drafts, in the order their triggers are told."""
    drafts = link_drafts(doc)
    # A sentence recalling an earlier incident tells no place of the news (merge/places/).
    doc.background_sentences = frozenset(
        index
        for d in drafts
        if d.temporal_status == "background" and background_reason(doc, d) in EARLIER_INCIDENT
        for index in d.sentences
    )
    # News and background never merge: a toll recalled from 2015 is not today's (link/status.py).
    background = merge_drafts(doc, [d for d in drafts if d.temporal_status == "background"])
    news = merge_drafts(doc, [d for d in drafts if d.temporal_status == "current"])
    # The closing paragraph of a story is its context (background/closing.py), unless what it
    # tells was merged into an incident told before it: the lead's bombing elaborated at the
    # end. (Its events were merged as news already: they are not merged again.)
    closed = close_the_story(doc, news)
    # A paragraph opening on a day before the lead's recalls an earlier incident (recalled.py).
    closed += recall_earlier_days(doc, [d for d in news if d.temporal_status == "current"])
    # In a text of one block, an act told inside its sentence on a day before the news day
    # retells an earlier incident (retold_days.py).
    closed += retell_earlier_days(doc, [d for d in news if d.temporal_status == "current"])
    # An attack on a quarter the news told as hit on a later day is the earlier attack
    # recalled (struck_before.py).
    closed += recall_the_quarter_struck_before(
        doc, [d for d in news if d.temporal_status == "current"]
    )
    # An incident named only as what is blamed, denied or admitted is known (referred.py).
    closed += refer_to_known_incidents(doc, [d for d in news if d.temporal_status == "current"])
    # An act named only for its effect or a judgement of it is the setting (remarked.py).
    closed += remark_on_known_acts(doc, [d for d in news if d.temporal_status == "current"])
    # The news named again as the subject of its frame ("The attack comes as ...", framed.py).
    closed += frame_the_news(doc, [d for d in news if d.temporal_status == "current"])
    # A recalled incident told on, at its town, is still the earlier incident (continued.py).
    current = [d for d in news if d.temporal_status == "current"]
    incidents = [d for d in background if background_reason(doc, d) in EARLIER_INCIDENT]
    closed += tell_on_recalled(doc, current, incidents + closed)
    news = [d for d in news if d.temporal_status == "current"]
    # An event no sentence of its own dates takes the story's day (link/when.py).
    date_the_undated(doc, news + background + closed)
    # An event placed at its country only takes the article's nearest place inside it
    # (merge/places/inside_country.py), after merging: it joins or splits no incident.
    place_inside_country(doc, news + background + closed)
    # An event no place locates takes the nearest place of the article's country (likewise).
    unplaced = [d for d in news + background + closed if not d.places]
    place_the_unplaced(doc, news + background + closed)
    # ... and one that had none while merging, or is still at a province or wider, is at the
    # village its own sentences name (merge/places/localities/placing/borrowed_places.py).
    for group in (news, background, closed):
        group += place_borrowed_at_localities(doc, group, unplaced)
    # An event that had no place while merging ("briefly captured a military base southwest of
    # the capital") and now has its province is placed at the site retold by name ("the
    # Warmahan base"), as one placed there while merging is (merge/places/retold_site.py).
    place_at_retold_site(doc, news + background + closed)
    # An event still placed nowhere, or at a country only, is where the local body it names
    # stands ("the Larkana Press Club"; merge/places/bodies.py).
    place_at_bodies(doc, news + background + closed)
    # An event ending at a capital of its own province told as what it happened near ("near
    # Damascus") is in the province around it (merge/places/capital.py).
    place_around_capitals(doc, news + background + closed)
    # A blast whose dead include a state force hit the force
    # (merge/parties/targets/blast_victims.py).
    forces_among_blast_victims(doc, news + background + closed)
    # Fire told brought down in the passive, in a sentence a state's forces tell, was brought
    # down by them (merge/parties/attackers/interceptors.py).
    name_interceptors(doc, news + background + closed)
    return sorted(news + background + closed, key=lambda d: d.trigger.span.start)
