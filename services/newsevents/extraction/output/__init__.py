"""Output: an event draft as the published message (``message``) and its ACLED block (``acled``).

The ACLED block's parts, in three groups: the actors' ACLED names (``names``: ``actor_names``,
with the regime periods of ``regimes``), the two sides and their order (``sides``: ``sides``,
with ``victims``, ``security_forces``, a state told as the subject ``state_agent``, a force's
post hit ``targeted_forces``), the deaths (``tolls``: ``tolls``, and ``toll_folds`` for an event
folded into its tolled sibling); the day from sibling events (``siblings``) and the confidence
of an event (``confidence``).
"""
