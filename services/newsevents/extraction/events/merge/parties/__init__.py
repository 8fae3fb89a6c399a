"""Merging passes that decide who took part: civilian victims, the attackers "the terrorists"
stand for, and attacks fought back that are battles."""
