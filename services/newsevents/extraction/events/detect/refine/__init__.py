"""The type of a trigger refined by how its act is told (``refinement``): its means
(``means/``: from the air, its arms, materiel destroyed, a strike told before), crowds and their
harm (``crowds/``), who fights whom (``fights/``), and acts told as executions or threats
(``told_acts``). Imports only ``sides``."""
