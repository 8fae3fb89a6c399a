"""Passes that fold one kind of telling into the act it belongs to: the missile an aircraft fired,
the blasts after a strike, the bomb that sprang an ambush, the shells of a chemical attack, the
wounds and gunshots after an incident, the arrests after it, an abduction told again or one that
killed, a place told seized, the deaths told bare in a report of strikes."""
