"""Merging passes that decide which drafts tell one incident, and its type: repeats and
elaborations (``repeats``), retellings (``occurrences``, ``story``, ``retold``), the acts and
consequences an incident is told in (``acts``, ``consequences``, ``demonstrations``), its toll
(``tolls``)."""
