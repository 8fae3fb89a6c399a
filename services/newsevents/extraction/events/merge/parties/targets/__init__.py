"""Who it was done to: the victims and the side hit once an event's mentions are merged, and
attacks their targets fight back against, which are battles."""
