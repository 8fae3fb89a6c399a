"""How many places an act went on at: one event per place of a counted or listed act, and one
occurrence told at a wide place and at a place inside it."""
