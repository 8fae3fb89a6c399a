"""The story model: the violence an article goes on to tell is its lead's incident, unless it
is told as another.

A news story opens with its main incident (the headline and the lead paragraph: "A suicide
bomber killed 11 people in Iraq on Wednesday") and then elaborates it, often paragraphs later
and after context: "The bomber got through a checkpoint before setting off his charge",
"a Turkish army drone targeted their vehicle on Mount Sinjar", "killed in the airstrike". A
writer who moves on to another incident says so with a structural cue, whatever the outlet:

- a new-incident word before the act: "another", "a separate", "meanwhile", "elsewhere",
  "earlier", "later", "also" ("In the capital, meanwhile, two gunmen opened fire ...");
- a frame that opens the sentence on a place or a day: "In Aleppo, ...", "On Sunday, ...",
  the way roundups are told;
- an explicit day other than the lead's ("on Tuesday" / "on Sunday");
- a place outside the lead's: a town other than the lead's towns (Ariha after Saraqib, though
  both lie in the Idlib province the lead names); a quarter of the lead's town, or any place
  in the lead's region, province or country when the lead names no town, is where the lead's
  incident happened, told more precisely;
- a locality the lead's sentences do not name (:mod:`....geography.names.localities`);
- an attacker on another side than the lead's.

Until the first violent event told with such a cue, every later violent event of a kind the
lead's can include (``_INCLUDES`` of :mod:`.fold`: a bombing and the fire that met the bomber;
generic words unless one side is a demonstration) folds into the lead's event
(:func:`.fold.fold_into_lead`); from then on the article is a roundup and the pairwise passes
before this one decide alone. A lead that names two places outside each other ("in Aleppo and
Quneitra"), or names no town while the violence after it names several, is a roundup's lead:
the model does not apply.

The model is three modules: where the story opens and whether it is a roundup's (:mod:`.lead`),
where a later mention tells its act happened (:mod:`.sites`), and the two passes with the kinds
of violence a lead's incident takes in (:mod:`.fold`).
"""
