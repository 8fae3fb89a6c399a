"""Aircraft told as the support of a ground force, not as the doer of a strike (read by the
trigger gates and by :mod:`..refine.means`)."""

from __future__ import annotations

import re

# Aircraft told as the support of a ground force: "army units supported by the air force killed
# 70 terrorists", "troops, backed by Russian warplanes, advanced", "with the support of
# helicopter gunships". State media and wires tell a ground fight so; ACLED codes it one armed
# clash (the air support is part of the battle: ``refine.means.by_aircraft`` reads the
# generic word so), not an air strike beside it (type52).
AIR_SUPPORT_BEFORE = re.compile(
    r"(?:\b(?:supported|backed|covered|assisted|aided|helped|escorted|accompanied)\s+by|"
    r"\b(?:with|under|amid)\s+(?:the\s+)?(?:support|help|cover|backing|assistance)\s+(?:of|from))"
    r"\s+(?:[\w'’-]+\s+){0,3}$"
    # ... or told after the fight, as its second arm: "killed in clashes with the army and
    # bombings of the Syrian warplanes" (the dead of one battle with air support)
    r"|\b(?:clash(?:es)?|fighting|battles?|confrontations?)\s+(?:with|between|against)\s+"
    r"[^,;:.()]{1,50}?\s+and\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
