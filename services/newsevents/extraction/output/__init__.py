"""Output: an event draft as the published message (``message``) and its ACLED block (``acled``).

The ACLED block's parts: the actors' ACLED names (``actor_names``, with the regime periods of
``regimes``), the two sides and their order (``sides``, with ``victims``, ``security_forces``),
a state told as the subject (``state_agent``), a force's post hit (``targeted_forces``), the
deaths (``tolls``); the confidence of an event (``confidence``).
"""
