"""The force a crowd faced, and whether what happened to a demonstration was the forces'
doing."""
