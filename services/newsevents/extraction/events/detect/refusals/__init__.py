"""Wordings refused as events: a gated wording without its agent, object or aim (``gates``),
what is no event of the day (``non_events``), the violent act a protest is about
(``grievances``) and a private person's act (``who_acts``). Imports only ``sides``."""
