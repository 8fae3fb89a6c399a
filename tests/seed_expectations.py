"""What the seed article (seeds/irgc-deir-ezzor-almashareq.json) must yield, by content.

Shared by the extraction unit test and the end-to-end test over the real broker. Each
expectation names the event type, a key actor, the place with its province, and who says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from newsevents.contracts import EventMessage

SEED_ARTICLE_ID = "almashareq-irgc-deir-ezzor-recruitment"
IRGC = "Islamic Revolutionary Guard Corps"
SOHR = "Syrian Observatory for Human Rights"
SALEH = "Ammar Saleh"
JAMMAL = "Noureddine al-Jammal"


@dataclass(frozen=True)
class Expected:
    what: str
    event_type: str
    actor: str | None = None  # canonical name of an actor in any role
    actor_affiliation: str | None = None  # ... or any actor with this patron
    place: str | None = None
    admin1: str | None = None
    attribution: str | None = None
    evidence: str | None = None  # words of the evidence sentence
    extra: Callable[[EventMessage], bool] = field(default=lambda _: True)

    def matches(self, event: EventMessage) -> bool:
        actors = event.actors
        places = {(p.name, p.admin1) for p in event.locations}
        return (
            event.event_type == self.event_type
            and (self.actor is None or any(a.name == self.actor for a in actors))
            and (
                self.actor_affiliation is None
                or any(a.affiliation == self.actor_affiliation for a in actors)
            )
            and (self.place is None or any(name == self.place for name, _ in places))
            and (self.admin1 is None or (self.place, self.admin1) in places)
            and (
                self.attribution is None
                or (event.attribution is not None and event.attribution.name == self.attribution)
            )
            and (self.evidence is None or self.evidence in event.evidence.text)
            and self.extra(event)
        )


def _pay(event: EventMessage) -> bool:
    return any(
        q.kind == "money"
        and q.unit == "SYP"
        and q.value == 200_000
        and q.usd_value == 390
        and q.upper_bound
        for q in event.quantities
    )


def _arrival(event: EventMessage) -> bool:
    names = {p.name for p in event.locations}
    return {"al-Sikka", "Albu Kamal"} <= names and event.time.date == dt.date(2021, 2, 9)


EXPECTED: tuple[Expected, ...] = (
    Expected("militias recruit near al-Hana hospital, pay 200,000 SYP ($390)", "recruitment",
             actor_affiliation=IRGC, place="Albu Kamal", admin1="Deir ez-Zor",
             attribution=SALEH, extra=_pay),
    Expected("hospital taken over and renamed al-Shifa", "property_seized",
             actor_affiliation=IRGC, place="Albu Kamal", evidence="al-Shifa"),
    Expected("Soleimani Regiment arrives from Aleppo, stationed in al-Sikka", "deployment",
             actor="Al-Haj Qassem Soleimani Regiment", place="al-Sikka", admin1="Deir ez-Zor",
             extra=_arrival),
    Expected("Soleimani Regiment occupies a facility in Albu Kamal", "base_established",
             actor="Al-Haj Qassem Soleimani Regiment", place="Albu Kamal",
             attribution="Sada al-Sharqiya"),
    Expected("two new detachments formed", "group_formed",
             actor="Hashemiyoun Forces", evidence="Two new detachments"),
    Expected("Al-Sheikh Brigade seeks tribal proxy forces", "recruitment",
             actor="Al-Sheikh Brigade", attribution=SOHR),
    Expected("militiamen in training camps under the Zainabiyoun", "training",
             actor="Zainabiyoun Brigade", place="Albu Kamal", admin1="Deir ez-Zor",
             attribution=SALEH),
    Expected("Fatemiyoun and Kataib Hizbullah present", "presence",
             actor="Fatemiyoun Division", attribution=SOHR,
             extra=lambda e: any(a.name == "Kataib Hezbollah" for a in e.actors)),
    Expected("arms shipments from Iraq on produce trucks", "arms_transfer",
             attribution=SOHR, evidence="trucks transporting vegetables"),
    Expected("47th Regiment spotted in al-Mayadeen", "presence",
             actor="47th Regiment", actor_affiliation=IRGC, place="Al Mayadin",
             admin1="Deir ez-Zor", attribution=SALEH),
    Expected("redeployment into residential areas (reported)", "deployment",
             place="Al Mayadin", admin1="Deir ez-Zor",
             extra=lambda e: e.modality == "claimed"
             and any(p.name == "Albu Kamal" for p in e.locations)),
    Expected("ambulances used to move militiamen", "deployment",
             attribution=SALEH, evidence="ambulances"),
    Expected("orders to replace Soleimani photos with Syrian flags", "order_issued",
             actor="Qassem Soleimani", attribution=SALEH),
    Expected("Jabal al-Bashari reinforced", "deployment",
             place="Jabal al-Bishri", admin1="Raqqa", attribution=SALEH),
    Expected("roads to Jabal al-Bashari closed", "movement_restricted",
             place="Jabal al-Bishri", admin1="Raqqa", attribution=SALEH),
    Expected("militia families moved to al-Dibsi", "relocation",
             actor="Fatemiyoun Division", place="al-Dibsi", admin1="Raqqa"),
    Expected("houses confiscated in al-Dibsi", "property_seized",
             place="al-Dibsi", admin1="Raqqa", evidence="confiscated"),
    Expected("Iranian Cultural Centre funds park and al-Nour Mosque", "funding",
             actor="Iranian Cultural Centre", place="Deir ez-Zor", attribution=JAMMAL,
             evidence="al-Nour Mosque"),
    Expected("Amer al-Hussein recruits", "recruitment",
             actor="Amer al-Hussein", attribution=JAMMAL),
)  # fmt: skip


def missing_expectations(events: list[EventMessage]) -> list[str]:
    """The expectations no event meets (empty when the seed is fully right)."""
    return [e.what for e in EXPECTED if not any(e.matches(event) for event in events)]
