"""Merging passes that decide which drafts tell one incident, and its type: repeats and
elaborations (``repeats``), retellings (``occurrences``, ``story``, ``retold``), the acts an
incident is told in (``acts``, ``same_act``), what its mentions are about (``aboutness``: the
same toll, target and victims), a village told with its district (``wider_place``).

``identity`` holds the test every folding pass asks (are two tellings one act?) and its parts;
``kinds`` the passes that fold one kind of telling into the act it belongs to or retype the act
by it (``weapons``: a munition, a blast, a device; ``told_after``: a wound, an arrest, a retold
abduction or capture; ``retyped``: a killing, the means, a report of strikes)."""
