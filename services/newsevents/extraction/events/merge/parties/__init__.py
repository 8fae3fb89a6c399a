"""Merging passes that decide who took part: ``attackers/`` (who did it: the group "the
terrorists" stand for, the headline's attacker, who started a battle, the article's one air
force, the state's forces of an act's kind) and ``targets/`` (who it was done to: civilian
victims, a state's forces hit by a bomb or told hit, a gang's members, the side a battle was
fought with, and attacks fought back that are battles)."""
