"""Who did it: the attacker an event's mentions name or the article tells once merged."""
