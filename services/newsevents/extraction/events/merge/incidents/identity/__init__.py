"""Whether two tellings are one act, the test every folding pass asks (``two_acts.told_as_two``):
what identifies an act (its place, the side that acted, its victims, its day), a lead that sums
up the body's acts, a reply to another act, an act by other means, the page's day against the
act's, and who did it compared across mentions."""
