"""Who did it to whom: the agent and the one hit of an event, who defends, and who tells it."""
