"""The type of a trigger refined by how its act is told (``refinement``): its means
(``means/``: from the air, its arms, materiel destroyed, a strike told before), crowds and their
harm (``crowds/``), who fights whom (``fights/``), acts told as executions or threats
(``told_acts``), and who acts and who is hit (``sides_of_act`` reads and settles them,
``type_of_sides`` types the act by them). Imports only ``sides``."""
