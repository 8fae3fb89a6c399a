"""Human-readable rendering of events for the terminal (the demo's output)."""

from __future__ import annotations

import textwrap

from .contracts import EventMessage


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
    when = f"  when: {event.time.date.isoformat()} ({event.time.precision}"
    lines.append(when + (f", “{event.time.text}”)" if event.time.text else ")"))
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
