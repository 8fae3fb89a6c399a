"""One count of the dead, one event's toll, across an article's events: a count told once is
carried once (``one_owner``), a lead's figure retold at the act it counts stays with that act
(``lead_retold``), the dead "among those killed" are no toll of their own (``among_dead``), and
a stretch's running total is no act's toll (``period_tallies``)."""
