"""Merging passes that decide which drafts tell one incident, and its type: repeats and
elaborations (``repeats``), retellings (``occurrences``, ``story``, ``retold``), the acts an
incident is told in (``acts``, ``same_act``), what its mentions are about (``aboutness``: the
same toll, target and victims)."""
