"""Whether an event is news of the day: earlier incidents, kinds, habits, standing situations
and periods told beside it are background."""
