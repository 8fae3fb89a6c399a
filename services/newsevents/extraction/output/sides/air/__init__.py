"""Air power and states as actors: an unattributed air strike is the article's air power's, a
ground force beside an air arm is its ally, an interception's two sides, a country told as
the subject of a strike acts with its armed forces."""
