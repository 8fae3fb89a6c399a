"""Passes that decide by one kind of telling which act a draft belongs to, or what type the act
is: ``weapons`` folds the munition, blast or device told apart into the strike, shelling,
bombing or chemical attack it delivered; ``told_after`` folds what is told after an act (its
arrests, its gunshot wounds, the abduction told again, the place told seized) into that act;
``retyped`` changes an occurrence's type by what its other sentences tell (an abduction that
killed, the means told after a generic toll, the deaths told bare in a report of strikes)."""
