"""The two sides of an event as ACLED codes them (``sides``): the side hit (``victims``), the
forces that fight or arrest (``security_forces``), a state striking with its forces
(``state_agent``), the force whose post a bomb hits (``targeted_forces``). Reads ``names``."""
