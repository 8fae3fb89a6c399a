"""Fourteenth round, places: a town told bare by the head of its province's name yields to that
region named beside it; an event no place locates takes the nearest place of the article's
country; an unknown locality placed at a country takes the province the event or the article
names."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.document import Document, PlaceMention, Span, Trigger
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.places.inside_country import place_inside_country
from tests.unit.extraction.events.articles import events_of, place_mention
from tests.unit.helpers import document


def _where(event: EventMessage) -> tuple[str, str | None]:
    place = event.locations[0]
    return place.name, place.admin1


def test_the_strip_told_in_the_lead_is_not_its_city_named_bare_later() -> None:
    body = (
        "An Israeli airstrike killed two militants in the Gaza Strip on Thursday, medics said.\n\n"
        "The militant group Hamas, which rules Gaza, did not comment."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert _where(event) == ("Gaza Strip", "Gaza Strip")


def test_the_city_told_as_a_city_keeps_its_place() -> None:
    body = (
        "An Israeli airstrike killed two militants east of Gaza City on Thursday, medics said.\n\n"
        "Fighting went on across the Gaza Strip through the night."
    )
    events = events_of(body)
    assert events[0].event_type == "airstrike"
    assert _where(events[0]) == ("Gaza", "Gaza Strip")


def test_an_event_told_without_a_place_takes_the_nearest_of_the_articles_country() -> None:
    body = (
        "Gunmen raided the town on Tuesday night and seized the market, residents said.\n\n"
        "Officials in North Kivu province said the army would send reinforcements to Goma."
    )
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    assert _where(event) == ("North Kivu", "North Kivu")


def test_an_event_in_an_article_with_no_place_stays_unplaced() -> None:
    (event,) = events_of("Gunmen raided the town on Tuesday night and seized the market.")
    assert event.locations == []


def _place(doc: Document, name: str, **fields: object) -> PlaceMention:
    return place_mention(name, doc.text.index(name), **fields)


def _draft(doc: Document, places: list[PlaceMention]) -> EventDraft:
    sentence = doc.sentences[0]
    return EventDraft(
        event_type="attack_on_civilians",
        trigger=Trigger(Span(0, 5), sentence.text[:5], "attack_on_civilians"),
        sentence_span=sentence.span,
        actor1=None,
        actor2=None,
        places=places,
        date=None,
        quantities=[],
        source=None,
        modality="asserted",
        sentences=[0],
    )


_VILLAGES = (
    "Raiders burned the villages of Tamsoro and Kelbi on Sunday, residents said. "
    "Traders in Alpha town reported the raid. "
    "Beta Aid Omega calls for an inquiry into the killings."
)


def _villages_at_a_country_named_elsewhere() -> tuple[Document, EventDraft]:
    """A locality placed at a country the event's sentence does not name ("Omega", read from
    an outlet's name), in an article whose places lie in another country."""
    doc = document(_VILLAGES)
    omega = _place(doc, "Omega", country_code="XB", admin1=None, precision="country")
    alpha = _place(doc, "Alpha")
    doc.places = [alpha, omega]
    village = _place(doc, "Tamsoro", country_code="XB", admin1=None, latitude=50.0, resolved=False)
    return doc, _draft(doc, [village, omega])


def test_an_unknown_locality_at_a_foreign_country_lies_in_the_articles_province() -> None:
    doc, draft = _villages_at_a_country_named_elsewhere()
    place_inside_country(doc, [draft])
    (village,) = draft.places
    assert (village.name, village.country_code, village.admin1) == (
        "Tamsoro",
        "XA",
        "North Province",
    )
    assert village.latitude == 10.0


def test_an_unknown_locality_in_the_country_its_sentence_names_stays_there() -> None:
    doc, draft = _villages_at_a_country_named_elsewhere()
    # the country named in the event's own sentence: the locality is there
    start = doc.text.index("Sunday")
    here = PlaceMention(
        Span(start, start + 6), "Sunday", "Omega", "XB", None, 0.0, 0.0, "country", "country"
    )
    doc.places = [here, *doc.places]
    place_inside_country(doc, [draft])
    assert (draft.places[0].country_code, draft.places[0].admin1) == ("XB", None)
