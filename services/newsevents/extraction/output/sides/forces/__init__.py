"""The state's forces as ACLED names them: security forces fighting a battle, a force's post
hit by a bomb, the force a toll names, a rebel group's lone battle, organised crime and police
corps."""
