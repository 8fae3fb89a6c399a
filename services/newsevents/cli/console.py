"""Human-readable rendering of events for the terminal (the demo's output)."""

from __future__ import annotations

import textwrap

from ..contracts import EventMessage, TimeRef

# Printed once above the events: the marks below would otherwise be guesswork for a newcomer.
LEGEND = """\
How to read an event:
  ● TYPE [modality, confidence]   then a one-line summary and the fields
  ← “…”                           the words of the article the value on its left was read from
  (vague: publication date)       the text gives no day, week, month or year for the event,
                                  so it is dated by the article's publication date
  evidence [start:end]            the sentence it was read from, offsets in the body
"""


def render_event(event: EventMessage) -> str:
    lines = [f"● {event.event_type.upper()} [{event.modality}, confidence {event.confidence}]"]
    lines.append(f"  {event.summary}")
    for actor in event.actors:
        extra = f", affiliated with {actor.affiliation}" if actor.affiliation else ""
        lines.append(f"  {actor.role}: {actor.name} ({actor.kind}{extra}) ← “{actor.text}”")
    for place in event.locations:
        lines.append(
            f"  where: {place.name}, {place.admin1 or '-'}, {place.country_code} "
            f"({place.latitude:.4f}, {place.longitude:.4f}; {place.precision}) ← “{place.text}”"
        )
    lines.append(f"  when: {_when(event.time)}")
    for quantity in event.quantities:
        usd = f" ≈ {quantity.usd_value:g} USD (per the text)" if quantity.usd_value else ""
        lines.append(f"  quantity: {quantity.value:g} {quantity.unit}{usd} ← “{quantity.text}”")
    if event.attribution:
        who = event.attribution.name
        if event.attribution.description:
            who += f", {event.attribution.description}"
        lines.append(f"  according to: {who}")
    evidence = textwrap.shorten(event.evidence.text, width=160, placeholder=" …")
    lines.append(f"  evidence [{event.evidence.start}:{event.evidence.end}]: {evidence}")
    lines.append(
        f"  codes: PLOVER {event.codes.plover}, CAMEO {event.codes.cameo}, "
        f"ACLED {event.codes.acled_event_type} / {event.codes.acled_sub_event_type}"
    )
    return "\n".join(lines)


def _when(time: TimeRef) -> str:
    """``2021-02-09 (day) ← “February 9”``; a vague date says where it came from:
    ``2021-02-23 (vague: publication date; the text says “previously”)``."""
    date = time.date.isoformat()
    if time.precision != "vague":
        return f"{date} ({time.precision})" + (f" ← “{time.text}”" if time.text else "")
    said = f"; the text says “{time.text}”" if time.text else ""
    return f"{date} (vague: publication date{said})"
