"""An act told again after it, by what came of it or in another word: passes that fold a later
telling into the earlier act of the article. The arrests told with no one doing them
(``arrest_followups``), the gunshots told as what wounded or was heard (``gunshot_wounds``), an
abduction told again further down (``captives_retold``) and a place told seized, the capture
retold (``seized_places``). Each asks that the later telling is not told as a new incident and
that its day, place and attackers fit the act it folds into."""
