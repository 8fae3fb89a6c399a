"""Wordings refused as events: a gated wording without its agent, object or aim (``gates``),
what is no event of the day (``non_events``) and the violent act a protest is about
(``grievances``). Imports only ``sides``."""
