"""The weapon told apart from the act it delivered: passes that fold a telling by a munition, a
blast or a device into the strike, shelling, bombing or chemical attack it belongs to. The
missile an aircraft fired is its air strike (``aircraft_missiles``), a rocket told after an air
strike that names it back is what the aircraft fired (``strike_munitions``), the explosions
heard after a strike are its blasts (``strike_blasts``), the shells that carried a toxic agent
are the chemical attack (``chemical_shells``) and the bomb that sprang an ambush is the bombing
(``ambush_blasts``). Each reads the words of fire in the munition's own sentence; the act it
folds into keeps its type."""
