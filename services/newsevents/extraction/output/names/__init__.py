"""Actor names as ACLED writes them (``actor_names``), with the regime periods of state forces
(``regimes``). The first group of output/: it imports no other."""
