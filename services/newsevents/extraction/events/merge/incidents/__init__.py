"""Merging passes that decide which drafts tell one incident, and its type: repeats and
elaborations (``repeats``), retellings (``occurrences``, ``story``, ``retold``), the acts and
consequences an incident is told in (``acts``, ``consequences``, ``demonstrations``), what its
mentions are about (``aboutness``: the same toll, target and victims), its toll (``tolls``)."""
